import { describeError, forOrder, type Logger, type OrderLogger } from '@checkout/aws-adapters';
import { parseInvoiceObjectKey, type OrderStatus } from '@checkout/domain';
import type { S3Event } from 'aws-lambda';
import { CreditNoteNotReadyError, InvoiceEmailNotSentError, InvoiceNotReadyError, NotificationNotRecordedError, NotificationsFailedError } from './errors';
import { creditNoteEmail } from './creditNoteEmail';
import { documentLinkFor } from './documentLinkFor';
import { invoiceEmail } from './invoiceEmail';
import { observedNotification } from './observedNotification';
import type { NotifierPorts } from './ports';

/**
 * How long a sender holds the claim on an order's email by default. It must outlast one
 * invocation (so a live sender is never doubled) and should end before Lambda's first async
 * retry (about a minute later), so that the retry of a crashed sender can claim it. The Lambda
 * handler uses the invocation's remaining time instead when it has it.
 */
export const DEFAULT_LEASE_MS = 120_000;

/** An object the S3 event reports; `key` already URL-decoded. */
export interface CreatedObject {
  bucket: string;
  key: string;
  /** `ObjectCreated:Put` and the like; other events are skipped. Absent: treated as created. */
  eventName?: string;
}

export type SkipReason =
  | 'not-object-created'
  | 'other-bucket'
  | 'not-an-invoice'
  | 'invoice-mismatch'
  | 'unknown-credit-note'
  | 'order-closed'
  | 'already-notified'
  | 'in-progress';

export type NotificationOutcome =
  | { outcome: 'sent'; key: string; orderId: string; messageId: string; /** Sent again on an operator's request. */ resent: boolean }
  | { outcome: 'skipped'; key: string; reason: SkipReason; orderId?: string };

export interface NotifyOptions {
  /** How long this attempt holds the claim on an order's email; default DEFAULT_LEASE_MS. */
  leaseMs?: number;
}

/** The notifier: `handle` for whole S3 events, `notify` for one object. */
export interface Notifier {
  handle(event: S3Event, options?: NotifyOptions): Promise<NotificationOutcome[]>;
  notify(object: CreatedObject, options?: NotifyOptions): Promise<NotificationOutcome>;
}

/** Binds the core to its ports. Metrics and spans leave when each call settles (a Lambda may be frozen after it returns). */
export function createNotifier(ports: NotifierPorts): Notifier {
  const flushed = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      ports.metrics.flush();
      await ports.tracing.flush();
    }
  };
  return {
    handle: (event, options) => flushed(notifyCustomers(ports, event, options)),
    notify: (object, options) => flushed(observedNotification(ports, object, options)),
  };
}

/**
 * Emails the customer for every new invoice PDF in an S3 event. Every record is tried; if any
 * failed, throws NotificationsFailedError (an AggregateError naming the keys) afterwards, so
 * Lambda retries the event and then hands it to the on-failure destination. Records already
 * done are skipped on the retry, so this is safe to repeat.
 */
export async function notifyCustomers(ports: NotifierPorts, event: S3Event, options: NotifyOptions = {}): Promise<NotificationOutcome[]> {
  // S3 sends `{ "Event": "s3:TestEvent" }` without Records when a notification is configured.
  const records = event.Records ?? [];
  const outcomes: NotificationOutcome[] = [];
  const failures: { key: string; error: unknown }[] = [];
  for (const record of records) {
    const object = { bucket: record.s3.bucket.name, key: decodeS3Key(record.s3.object.key), eventName: record.eventName };
    try {
      outcomes.push(await observedNotification(ports, object, options));
    } catch (error) {
      failures.push({ key: object.key, error });
    }
  }
  if (failures.length > 0) throw new NotificationsFailedError(failures, records.length);
  return outcomes;
}

/**
 * Emails the customer a link to one new invoice PDF, at most once per order (barring a crash
 * between send and record: delivery is at-least-once), and once more for each resend an operator
 * requested on the order (OrderOperations.requestResend). Skips what is not an invoice of this
 * stage and orders already notified or being notified. Throws (to be retried) when the order is
 * missing or not INVOICED yet, or when sending fails; a failed send is recorded on the order
 * (`notification.lastError`, `failedAttempts`) and releases the claim.
 */
export async function notifyCustomer(ports: NotifierPorts, object: CreatedObject, options: NotifyOptions = {}): Promise<NotificationOutcome> {
  const { logger, config } = ports;
  const { key } = object;
  const skip = (reason: SkipReason, orderId?: string): NotificationOutcome => ({ outcome: 'skipped', key, reason, ...(orderId ? { orderId } : {}) });

  if (object.eventName !== undefined && !/^(s3:)?ObjectCreated:/.test(object.eventName)) {
    logger.debug('ignoring an event that is not ObjectCreated', { key, eventName: object.eventName });
    return skip('not-object-created');
  }
  if (object.bucket !== config.INVOICES_BUCKET) {
    logger.info('ignoring an object in another bucket', { key, bucket: object.bucket });
    return skip('other-bucket');
  }
  const invoice = parseInvoiceObjectKey(key);
  if (!invoice) {
    logger.debug('ignoring an object that is not an invoice or credit note PDF', { key });
    return skip('not-an-invoice');
  }
  const log = forOrder(logger, invoice.orderId);
  try {
    const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    return invoice.kind === 'invoice'
      ? await notifyOrder({ ...ports, logger: log }, key, invoice, leaseMs, skip)
      : await notifyCreditNote({ ...ports, logger: log }, key, invoice, leaseMs, skip);
  } catch (error) {
    const level = error instanceof InvoiceNotReadyError || error instanceof CreditNoteNotReadyError ? 'warn' : 'error';
    log[level](invoice.kind === 'invoice' ? 'invoice email not sent' : 'credit note email not sent', { key, error: describeError(error) });
    throw error;
  }
}

async function notifyOrder(
  ports: Omit<NotifierPorts, 'logger'> & { logger: OrderLogger },
  key: string,
  invoice: { orderId: string; invoiceNumber: string },
  leaseMs: number,
  skip: (reason: SkipReason, orderId?: string) => NotificationOutcome,
): Promise<NotificationOutcome> {
  const { store, mailer, clock, logger: log } = ports;
  const { orderId } = invoice;
  // The claim decides, in one conditional write; only when it fails is the order read, to say why.
  const claim = await store.claimNotification(orderId, invoice.invoiceNumber, clock(), leaseMs);
  if (!claim.claimed) {
    if (claim.reason === 'invoice-mismatch') {
      log.warn('ignoring an invoice PDF whose number is not the order\'s', { key, orderInvoiceNumber: claim.order.invoice?.invoiceNumber });
      return skip('invoice-mismatch', orderId);
    }
    if (claim.reason === 'not-invoiced') return notInvoiced(claim.order.status);
    log.info(claim.reason === 'already-notified' ? 'invoice email already sent' : 'another invocation is sending the invoice email', { key });
    return skip(claim.reason, orderId);
  }

  let messageId: string;
  let linkId: string;
  try {
    // A new link for every email sent, a resend included: its own token, its own expiry.
    const link = await documentLinkFor(ports, orderId, key, clock());
    linkId = link.linkId;
    const email = invoiceEmail({ order: claim.order, downloadUrl: link.url, linkExpiresAt: link.expiresAt });
    ({ messageId } = await mailer.send(email));
  } catch (error) {
    // Server replies may quote the recipient; neither it nor a link goes to the order or the logs.
    const reason = redact(describeError(error), claim.order.customer.email);
    await store.recordNotificationFailure(orderId, reason, clock()).catch((recordError: unknown) => {
      // The claim then lapses after leaseMs instead of now; the retry still sends.
      log.error('could not record the failed email attempt', { key, error: describeError(recordError) });
    });
    throw new InvoiceEmailNotSentError(orderId, key, reason, { cause: error });
  }

  // A NOTIFIED order can only have been claimed for an operator's resend request.
  const resent = claim.order.status === 'NOTIFIED';
  try {
    await (resent ? store.markResent(orderId, messageId, clock()) : store.markNotified(orderId, messageId, clock()));
  } catch (error) {
    // The claim is kept: it lapses after leaseMs and a retry sends again (at-least-once).
    throw new NotificationNotRecordedError(orderId, messageId, { cause: error });
  }
  log.info(resent ? 'invoice email sent again on request' : 'invoice email sent', { key, messageId, linkId });
  return { outcome: 'sent', key, orderId, messageId, resent };

  function notInvoiced(status: OrderStatus): NotificationOutcome {
    if (status === 'CANCELLED' || status === 'FAILED') {
      log.warn('ignoring an invoice PDF of an order that will never be invoiced', { key, status });
      return skip('order-closed', orderId);
    }
    throw new InvoiceNotReadyError(orderId, status);
  }
}

/**
 * Emails the customer a credit note, at most once per credit note, as `notifyOrder` does for an
 * invoice: a lease on the refund, then send, then NOTIFIED. The credit note's PDF is stored after
 * its refund became CREDITED, so an event that finds it REQUESTED is early and is retried.
 */
async function notifyCreditNote(
  ports: Omit<NotifierPorts, 'logger'> & { logger: OrderLogger },
  key: string,
  creditNote: { orderId: string; creditNoteNumber: string },
  leaseMs: number,
  skip: (reason: SkipReason, orderId?: string) => NotificationOutcome,
): Promise<NotificationOutcome> {
  const { store, refunds, mailer, clock, logger: log } = ports;
  const { orderId, creditNoteNumber } = creditNote;
  const claim = await refunds.claimNotification(creditNoteNumber, clock(), leaseMs);
  if (!claim.claimed) {
    if (claim.reason === 'unknown-credit-note' || (claim.refund && claim.refund.orderId !== orderId)) {
      log.warn('ignoring a credit note PDF that no refund of this order has', { key, creditNoteNumber });
      return skip('unknown-credit-note', orderId);
    }
    if (claim.reason === 'not-credited') {
      if (claim.refund?.status === 'FAILED') return skip('order-closed', orderId);
      throw new CreditNoteNotReadyError(orderId, claim.refund!.refundId, claim.refund!.status);
    }
    log.info(claim.reason === 'already-notified' ? 'credit note email already sent' : 'another invocation is sending the credit note email', {
      key,
      refundId: claim.refund?.refundId,
    });
    return skip(claim.reason, orderId);
  }

  const { refund } = claim;
  let messageId: string;
  let linkId: string;
  let recipient = '';
  try {
    const order = await store.requireOrder(orderId);
    recipient = order.customer.email;
    const link = await documentLinkFor(ports, orderId, key, clock());
    linkId = link.linkId;
    const email = creditNoteEmail({ order, refund, downloadUrl: link.url, linkExpiresAt: link.expiresAt });
    ({ messageId } = await mailer.send(email));
  } catch (error) {
    const reason = redact(describeError(error), recipient);
    await refunds.recordNotificationFailure(refund.refundId, reason, clock()).catch((recordError: unknown) => {
      log.error('could not record the failed credit note email attempt', { key, refundId: refund.refundId, error: describeError(recordError) });
    });
    throw new InvoiceEmailNotSentError(orderId, key, reason, { cause: error });
  }

  try {
    await refunds.markNotified(refund.refundId, messageId, clock());
  } catch (error) {
    throw new NotificationNotRecordedError(orderId, messageId, { cause: error });
  }
  log.info('credit note email sent', { key, refundId: refund.refundId, creditNoteNumber, messageId, linkId });
  return { outcome: 'sent', key, orderId, messageId, resent: false };
}

/**
 * The object key as written: S3 event keys are URL-encoded with `+` for spaces. A key that does
 * not decode is returned as it came (it cannot be an invoice key, so it is skipped).
 */
export function decodeS3Key(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/** Removes an email address and the query (signature) of any URL from an error text. */
export function redact(text: string, address: string): string {
  const withoutAddress = address ? text.replace(new RegExp(escapeRegExp(address), 'gi'), '<recipient>') : text;
  return withoutAddress.replace(/(https?:\/\/[^\s"'<>?]+)\?[^\s"'<>]*/g, '$1?<redacted>');
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
