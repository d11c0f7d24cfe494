/**
 * The notifier: S3 ObjectCreated of an invoice PDF → an email to the customer with a presigned
 * download link → order NOTIFIED. `handler` is the Lambda entry; the local runtime builds the
 * same thing with `notifierFromEnv` and calls `handle(event)`.
 */
export { handler } from './handler';
export { notifierFromEnv, SERVICE_NAME, type RunningNotifier } from './notifierFromEnv';
export {
  createNotifier,
  decodeS3Key,
  DEFAULT_LEASE_MS,
  notifyCustomer,
  notifyCustomers,
  type CreatedObject,
  type NotificationOutcome,
  type Notifier,
  type NotifyOptions,
  type SkipReason,
} from './notifyCustomer';
export { loadNotifierConfig, MAX_LINK_EXPIRY_SECONDS, NotifierEnvSchema, parseMailbox, type Mailbox, type NotifierConfig } from './config';
export { createMailer, type MailerConfig } from './adapters/mailer';
export { invoiceEmail, escapeHtml, type InvoiceEmailInput } from './invoiceEmail';
export { creditNoteEmail, type CreditNoteEmailInput } from './creditNoteEmail';
export * from './errors';
export type { Mailer, NotifierPorts, OutgoingEmail } from './ports';
