import type { OrderStatus, RefundStatus } from '@checkout/domain';

/** Base of every error the notifier raises on purpose. */
export class NotifierError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The invoice PDF exists but its order is not INVOICED yet: the S3 event overtook the worker's
 * status write, which follows the upload. Retrying succeeds once the worker has written it.
 */
export class InvoiceNotReadyError extends NotifierError {
  constructor(readonly orderId: string, readonly status: OrderStatus, options?: ErrorOptions) {
    super(`order ${orderId} is ${status}, not INVOICED yet; retry later`, options);
  }
}

/**
 * The credit note PDF exists but its refund is not CREDITED yet (the S3 event overtook the
 * worker's write, or the object was put by hand). Retrying succeeds once the worker has written it.
 */
export class CreditNoteNotReadyError extends NotifierError {
  constructor(readonly orderId: string, readonly refundId: string, readonly status: RefundStatus, options?: ErrorOptions) {
    super(`refund ${refundId} of order ${orderId} is ${status}, not CREDITED yet; retry later`, options);
  }
}

/** The email could not be built or sent. The attempt is recorded on the order; retrying may succeed. */
export class InvoiceEmailNotSentError extends NotifierError {
  constructor(readonly orderId: string, readonly key: string, reason: string, options?: ErrorOptions) {
    super(`invoice email for order ${orderId} (${key}) was not sent: ${reason}`, options);
  }
}

/** The email went out but NOTIFIED could not be recorded; a retry may send it a second time. */
export class NotificationNotRecordedError extends NotifierError {
  constructor(readonly orderId: string, readonly messageId: string, options?: ErrorOptions) {
    super(`invoice email for order ${orderId} was sent as ${messageId} but NOTIFIED was not recorded`, options);
  }
}

/**
 * Some objects of an S3 event were not notified. Thrown after every record was tried, so one bad
 * record does not hold back the others; Lambda then retries the whole event, and records already
 * done are skipped as NOTIFIED.
 */
export class NotificationsFailedError extends AggregateError {
  override readonly name = 'NotificationsFailedError';
  constructor(readonly failures: { key: string; error: unknown }[], total: number) {
    super(
      failures.map((f) => f.error),
      `invoice email not sent for ${failures.length} of ${total} objects: ${failures
        .map((f) => `${f.key} (${f.error instanceof Error ? f.error.message : String(f.error)})`)
        .join('; ')}`,
    );
  }

  get keys(): string[] {
    return this.failures.map((f) => f.key);
  }
}
