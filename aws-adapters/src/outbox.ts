import { describeError, type OrderLogger } from './logger';
import type { OrderQueue } from './orderQueue';
import type { OrderStore } from './orderStore';
import type { RefundStore } from './refunds/refundStore';

/**
 * Sends an order id to the queue and takes the order out of the outbox. A failure is logged and
 * left to the next replay or outbox sweep; it never loses the order. Returns whether it was sent.
 */
export async function enqueueOrder(
  deps: { store: OrderStore; queue: OrderQueue },
  orderId: string,
  log: OrderLogger,
): Promise<boolean> {
  try {
    const messageId = await deps.queue.send(orderId);
    await deps.store.markEnqueued(orderId);
    log.info('order queued', { messageId });
    return true;
  } catch (error) {
    log.warn('queue send failed; the outbox sweep will retry', { error: describeError(error) });
    return false;
  }
}

/** Sends a refund to the queue and takes it out of the outbox; like `enqueueOrder`, never throws. */
export async function enqueueRefund(
  deps: { refunds: Pick<RefundStore, 'markEnqueued'>; queue: OrderQueue },
  refund: { orderId: string; refundId: string },
  log: OrderLogger,
): Promise<boolean> {
  try {
    const messageId = await deps.queue.sendRefund(refund.orderId, refund.refundId);
    await deps.refunds.markEnqueued(refund.refundId);
    log.info('refund queued', { refundId: refund.refundId, messageId });
    return true;
  } catch (error) {
    log.warn('refund queue send failed; the outbox sweep will retry', { refundId: refund.refundId, error: describeError(error) });
    return false;
  }
}
