import { describeError, type QueueDepth } from '@checkout/aws-adapters';
import type { OrderStatus } from '@checkout/domain';
import { listOrders } from '../listOrders';
import type { OpsPorts } from '../ports';
import { orderView, type OrderView } from './orderView';

/** What the console hears as it happens. */
export type FeedEvent =
  /** An order is new or changed; `change` when its status moved (`from` absent for a new order). */
  | { type: 'order'; order: OrderView; change?: { from?: OrderStatus; to: OrderStatus } }
  | { type: 'dead-letters'; depth: QueueDepth };

/**
 * The one source of the console's live updates. Today `pollingOrderFeed` reads the orders; when
 * order events (a topic fed by the table's stream) exist, a feed that subscribes to them takes
 * its place behind this interface and nothing else in the console changes.
 */
export interface OrderFeed {
  /** `listener` hears every event from now on; call the returned function to stop. */
  subscribe(listener: (event: FeedEvent) => void): () => void;
  stop(): void;
}

/**
 * Polls the newest `limit` orders (the status index, then one BatchGetItem) and the dead-letter
 * queue's depth every `intervalMs`, while anyone listens, and reports what changed since the last
 * poll (`updatedAt` moves on every write the pipeline makes to an order).
 */
export function pollingOrderFeed(ops: Pick<OpsPorts, 'orders' | 'deadLetters' | 'logger'>, options: { intervalMs: number; limit: number }): OrderFeed {
  const listeners = new Set<(event: FeedEvent) => void>();
  const seen = new Map<string, { updatedAt: string; status: OrderStatus }>();
  let depth: QueueDepth | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // The first poll only learns what is there: a page gets the orders as they are when it connects.
  let primed = false;

  const emit = (event: FeedEvent) => listeners.forEach((listener) => listener(event));

  const poll = async () => {
    const [{ orders }, latestDepth] = await Promise.all([listOrders(ops, { limit: options.limit }), ops.deadLetters.depth()]);
    // Oldest first, so a page that appends events shows them in the order they happened.
    for (const order of [...orders].reverse()) {
      const before = seen.get(order.orderId);
      if (before && before.updatedAt === order.updatedAt) continue;
      seen.set(order.orderId, { updatedAt: order.updatedAt, status: order.status });
      if (!primed) continue;
      const change = !before ? { to: order.status } : before.status !== order.status ? { from: before.status, to: order.status } : undefined;
      emit({ type: 'order', order: orderView(order), ...(change ? { change } : {}) });
    }
    primed = true;
    if (!depth || depth.waiting !== latestDepth.waiting || depth.inFlight !== latestDepth.inFlight) {
      depth = latestDepth;
      emit({ type: 'dead-letters', depth });
    }
  };

  const schedule = (delayMs = options.intervalMs) => {
    if (stopped || listeners.size === 0) return;
    timer = setTimeout(() => {
      poll()
        .catch((error: unknown) => ops.logger.warn('console feed poll failed', { error: describeError(error) }))
        .finally(() => schedule());
    }, delayMs);
  };

  return {
    subscribe(listener) {
      const first = listeners.size === 0;
      listeners.add(listener);
      if (first) schedule(0);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) clearTimeout(timer);
      };
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      listeners.clear();
    },
  };
}
