import type { OrderEvent } from '@checkout/domain';

export { subscribeToOrderEvents, type EventSubscription } from '../../src/eventSubscription';

/** `eventType` (and for OrderStatusChanged, `:status`) of each event of `orderId`, in order. */
export const lifecycleOf = (events: readonly OrderEvent[], orderId: string): string[] =>
  events.filter((e) => e.orderId === orderId).map((e) => (e.eventType === 'OrderStatusChanged' ? `${e.eventType}:${e.status}` : e.eventType));
