import { describeError, type QueueDepth } from '@checkout/aws-adapters';
import type { OrderEvent, OrderStatus } from '@checkout/domain';
import type { EventSubscription } from '@checkout/order-events';
import { setTimeout as sleep } from 'node:timers/promises';
import { listOrders } from '../listOrders';
import type { OpsPorts } from '../ports';
import { orderView, type OrderView } from './orderView';

/** What the console hears as it happens. */
export type FeedEvent =
  /** An order is new or changed; `change` when its status moved (`from` absent for a new order). */
  | { type: 'order'; order: OrderView; change?: { from?: OrderStatus; to: OrderStatus } }
  | { type: 'dead-letters'; depth: QueueDepth }
  /** An order event as a subscriber of the order-events topic received it. */
  | { type: 'event'; event: OrderEvent };

/**
 * The one source of the console's live updates: `eventTopicFeed` under `npm start` (the order
 * events topic), `pollingOrderFeed` where there is no topic to subscribe to.
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

/**
 * Hears the order-events topic through `subscription` (an SQS FIFO queue subscribed to it): every
 * event is passed on as it arrives, followed by the order it is about, read again, with the status
 * change it announced. The dead-letter queue's depth has no event and is polled every
 * `depthIntervalMs`. Events that arrive while nobody listens are read and dropped: a page that
 * connects gets a snapshot first.
 */
export function eventTopicFeed(
  ops: Pick<OpsPorts, 'orders' | 'deadLetters' | 'logger'>,
  subscription: Pick<EventSubscription, 'receive'>,
  options: { depthIntervalMs: number },
): OrderFeed {
  const listeners = new Set<(event: FeedEvent) => void>();
  let depth: QueueDepth | undefined;
  const stop = new AbortController();
  const emit = (event: FeedEvent) => listeners.forEach((listener) => listener(event));
  /** Resolves after `ms`, or at once when the feed stops. */
  const pause = (ms: number) => sleep(ms, undefined, { signal: stop.signal }).catch(() => {});

  const hearEvents = async () => {
    while (!stop.signal.aborted) {
      try {
        const events = await subscription.receive(1);
        if (listeners.size === 0) continue;
        for (const event of events) {
          emit({ type: 'event', event });
          const [order] = await ops.orders.getOrders([event.orderId]);
          if (!order) continue;
          const isOrderChange = !('refundId' in event);
          const change = isOrderChange ? { ...('previousStatus' in event.data ? { from: event.data.previousStatus as OrderStatus } : {}), to: event.status as OrderStatus } : undefined;
          emit({ type: 'order', order: orderView(order), ...(change ? { change } : {}) });
        }
      } catch (error) {
        if (stop.signal.aborted) return;
        ops.logger.warn('console event feed: receiving failed; trying again', { error: describeError(error) });
        await pause(1000);
      }
    }
  };

  const watchDepth = async () => {
    while (!stop.signal.aborted) {
      try {
        const latest = await ops.deadLetters.depth();
        if (listeners.size > 0 && (!depth || depth.waiting !== latest.waiting || depth.inFlight !== latest.inFlight)) emit({ type: 'dead-letters', depth: latest });
        if (listeners.size > 0) depth = latest;
      } catch (error) {
        ops.logger.warn('console feed: reading the dead-letter queue failed', { error: describeError(error) });
      }
      await pause(options.depthIntervalMs);
    }
  };

  const running = Promise.all([hearEvents(), watchDepth()]);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stop.abort();
      listeners.clear();
      void running;
    },
  };
}
