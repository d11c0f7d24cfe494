import type { OrderStatus } from '@checkout/domain';

/** Base of every error operations raise on purpose. */
export class OpsError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The order has no invoice yet (or will never have one), so there is no invoice email to send. */
export class InvoiceNotIssuedError extends OpsError {
  constructor(readonly orderId: string, readonly status: OrderStatus, options?: ErrorOptions) {
    super(`order ${orderId} is ${status}: it has no invoice to email${status === 'FAILED' ? ' (redrive it first)' : ''}`, options);
  }
}

/** The resend did not produce a new email within the time the caller waited. */
export class ResendTimeoutError extends OpsError {
  constructor(readonly orderId: string, readonly waitedMs: number, readonly lastError: string | undefined, options?: ErrorOptions) {
    super(
      `no new invoice email for order ${orderId} within ${Math.round(waitedMs / 1000)} s${lastError ? `; last error: ${lastError}` : ''} (the request stays on the order; the notifier may still send it)`,
      options,
    );
  }
}
