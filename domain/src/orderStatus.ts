/** Every status an order can have; one enum shared by every component. */
export const ORDER_STATUSES = ['RECEIVED', 'PROCESSING', 'INVOICED', 'NOTIFIED', 'CANCELLED', 'FAILED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The allowed moves. PROCESSING → PROCESSING is allowed on purpose: SQS delivers at least once,
 * and a redelivered order resumes where the crashed attempt stopped.
 */
const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  RECEIVED: ['PROCESSING', 'CANCELLED', 'FAILED'],
  PROCESSING: ['PROCESSING', 'INVOICED', 'FAILED'],
  INVOICED: ['NOTIFIED'],
  NOTIFIED: [],
  CANCELLED: [],
  FAILED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses from which `to` may be reached: the condition of a conditional status write. */
export function statusesAllowedBefore(to: OrderStatus): OrderStatus[] {
  return ORDER_STATUSES.filter((from) => canTransition(from, to));
}

/** Only an order nobody has started on can be cancelled. */
export const isCancellable = (status: OrderStatus): boolean => canTransition(status, 'CANCELLED');

/** Statuses after which the invoice worker has nothing left to do. */
export const isInvoicingSettled = (status: OrderStatus): boolean =>
  status === 'INVOICED' || status === 'NOTIFIED' || status === 'CANCELLED' || status === 'FAILED';

/**
 * Where an operator's redrive reopens a FAILED order: at the step it failed in. An order that got
 * as far as PROCESSING resumes there (with its invoice number, if it has one: numbers have no
 * gaps, so a number handed out must be issued); one that failed before resumes from RECEIVED.
 * Kept apart from TRANSITIONS on purpose: the pipeline itself never leaves FAILED, and its
 * conditional writes (derived from the table) must not start to.
 */
export function redriveStatusOf(order: { status: OrderStatus; statusTimestamps: Partial<Record<OrderStatus, string>>; invoice?: unknown }): 'RECEIVED' | 'PROCESSING' {
  return order.invoice || order.statusTimestamps.PROCESSING ? 'PROCESSING' : 'RECEIVED';
}

/** The only status an operator's redrive reopens. */
export const REDRIVABLE_STATUS = 'FAILED' satisfies OrderStatus;
