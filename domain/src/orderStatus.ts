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
