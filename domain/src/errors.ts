import type { FieldError } from './orderRequest';
import type { OrderStatus } from './orderStatus';

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
    super(`Idempotency-Key ${key} was already used for order ${orderId} with a different request body`, options);
  }
}

/** A stored order lacks what its status-change event must carry (e.g. INVOICED without the PDF's key). */
export class OrderEventDataError extends CheckoutError {
  constructor(readonly orderId: string, readonly problem: string, options?: ErrorOptions) {
    super(`cannot build the event of order ${orderId}: ${problem}`, options);
  }
}
