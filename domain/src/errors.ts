import type { FieldError } from './orderRequest';
import type { OrderStatus } from './orderStatus';
import type { RefundStatus } from './refund';

/** Base of every error the domain raises on purpose. */
export class CheckoutError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class OrderValidationError extends CheckoutError {
  constructor(readonly errors: FieldError[], options?: ErrorOptions) {
    super(`order is invalid: ${errors.map((e) => `${e.path || '(body)'} ${e.message}`).join('; ')}`, options);
  }
}

export class OrderNotFoundError extends CheckoutError {
  constructor(readonly orderId: string, options?: ErrorOptions) {
    super(`order ${orderId} does not exist`, options);
  }
}

/** The order is not in a status that allows the requested change. Carries the status it is in. */
export class OrderStatusConflictError extends CheckoutError {
  constructor(readonly orderId: string, readonly status: OrderStatus, readonly wanted: OrderStatus, options?: ErrorOptions) {
    super(`order ${orderId} is ${status} and cannot become ${wanted}`, options);
  }
}

/** The Idempotency-Key was used before with a different request body. */
export class IdempotencyKeyReusedError extends CheckoutError {
  constructor(readonly key: string, readonly orderId: string, options?: ErrorOptions) {
    // The message goes to the client: it names neither the key's first order nor the key.
    super('This Idempotency-Key was already used with a different request body; send a new key for a new order.', options);
  }
}

/**
 * A refund request the order cannot grant as it is now: unknown lines, quantities above what is
 * still refundable, or nothing left to refund. Each error names the field and the rule.
 */
export class RefundRejectedError extends CheckoutError {
  constructor(readonly orderId: string, readonly errors: FieldError[], options?: ErrorOptions) {
    super(`refund of order ${orderId} refused: ${errors.map((e) => `${e.path || '(body)'} ${e.message}`).join('; ')}`, options);
  }
}

/** Only an invoiced order is refunded; one without an invoice is cancelled instead. Carries its status. */
export class OrderNotInvoicedError extends CheckoutError {
  constructor(readonly orderId: string, readonly status: OrderStatus, options?: ErrorOptions) {
    super(`order ${orderId} is ${status}: only an invoiced order can be refunded${status === 'RECEIVED' ? '; cancel it instead' : ''}`, options);
  }
}

/** An invoiced order is never cancelled: its invoice stands, and a refund credits it. */
export class OrderInvoicedError extends CheckoutError {
  constructor(readonly orderId: string, readonly status: OrderStatus, options?: ErrorOptions) {
    super(`order ${orderId} is ${status}: its invoice cannot be cancelled; refund it with POST /orders/${orderId}/refunds`, options);
  }
}

export class RefundNotFoundError extends CheckoutError {
  constructor(readonly refundId: string, readonly orderId?: string, options?: ErrorOptions) {
    super(`refund ${refundId}${orderId ? ` of order ${orderId}` : ''} does not exist`, options);
  }
}

/** The refund is not in a status that allows the requested change. Carries the status it is in. */
export class RefundStatusConflictError extends CheckoutError {
  constructor(readonly refundId: string, readonly status: RefundStatus, readonly wanted: RefundStatus, options?: ErrorOptions) {
    super(`refund ${refundId} is ${status} and cannot become ${wanted}`, options);
  }
}

/** The Idempotency-Key of a refund was used before with a different request body. */
export class RefundIdempotencyKeyReusedError extends CheckoutError {
  constructor(readonly key: string, readonly refundId: string, options?: ErrorOptions) {
    super('This Idempotency-Key was already used for another refund request of this order; send a new key for a new refund.', options);
  }
}

/** A stored order lacks what its status-change event must carry (e.g. INVOICED without the PDF's key). */
export class OrderEventDataError extends CheckoutError {
  constructor(readonly orderId: string, readonly problem: string, options?: ErrorOptions) {
    super(`cannot build the event of order ${orderId}: ${problem}`, options);
  }
}

export class ProductNotFoundError extends CheckoutError {
  constructor(readonly sku: string, options?: ErrorOptions) {
    super(`product ${sku} is not in the catalog`, options);
  }
}

/**
 * An order that the catalog cannot price as sent: a SKU it does not list, a currency other than
 * the product's, or a description, price or VAT that differs from the catalog's. Each error names
 * the field and what the catalog has.
 */
export class CatalogMismatchError extends CheckoutError {
  constructor(readonly errors: FieldError[], options?: ErrorOptions) {
    super(`order does not match the catalog: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, options);
  }
}
