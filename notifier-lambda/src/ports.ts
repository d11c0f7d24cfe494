import type { DocumentLinkGenerations, DocumentLinkKeySource, InvoiceFiles, Logger, OrderStore, PipelineMetrics, RefundStore, Tracing } from '@checkout/aws-adapters';
import type { Mailbox, NotifierConfig } from './config';

/** One email, already rendered. The sender (MAIL_FROM) is the mailer's business. */
export interface OutgoingEmail {
  to: Mailbox;
  subject: string;
  text: string;
  html: string;
}

/** Sends email over SMTP or SES (see `createMailer`). */
export interface Mailer {
  /** Resolves once the server accepted the message; `messageId` is its Message-ID header (SES: its id). */
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  /** Closes open connections and the clients the mailer created. */
  close(): void;
}

/** What the core needs, passed in: tests hand in the real adapters with their own config. */
export interface NotifierPorts {
  store: Pick<OrderStore, 'claimNotification' | 'markNotified' | 'markResent' | 'recordNotificationFailure' | 'requireOrder'>;
  /** Credit notes: the refund's own notification lease and status. */
  refunds: Pick<RefundStore, 'claimNotification' | 'markNotified' | 'recordNotificationFailure'>;
  /** The order's document link generation, signed into each link (an operator raises it to revoke links). */
  links: Pick<DocumentLinkGenerations, 'generationOf'>;
  /** The keys that sign document links. */
  linkKeys: Pick<DocumentLinkKeySource, 'get'>;
  mailer: Mailer;
  clock: () => Date;
  logger: Logger;
  /** Reads the trace context the worker stored in the PDF's metadata (one HEAD, only when tracing is on). */
  files: Pick<InvoiceFiles, 'traceContextOf'>;
  /** EmailsSent and Failures, flushed once per invocation. */
  metrics: PipelineMetrics;
  /** One span per object, continuing the worker's trace from the PDF's metadata; flushed once per invocation. */
  tracing: Tracing;
  config: Pick<NotifierConfig, 'INVOICES_BUCKET' | 'EMAIL_LINK_EXPIRY_SECONDS' | 'DOCUMENT_LINK_BASE_URL'>;
}
