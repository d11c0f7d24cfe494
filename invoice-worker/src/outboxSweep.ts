import { enqueueOrder, enqueueRefund, forOrder, type Logger, type OrderQueue, type OrderStore, type RefundStore } from '@checkout/aws-adapters';

export interface OutboxSweepDeps {
  store: OrderStore;
  refunds: Pick<RefundStore, 'findAwaitingQueue' | 'getRefund' | 'markEnqueued'>;
  queue: OrderQueue;
  logger: Logger;
  now: () => Date;
}

/**
 * Re-sends orders and refunds whose queue send was never confirmed (the ingress wrote the record,
 * then the send failed or the function died). Several workers may sweep at once: a duplicate
 * message is harmless. Returns how many were re-sent.
 */
export async function sweepOutbox(deps: OutboxSweepDeps, staleAfterSeconds: number): Promise<number> {
  const cutoff = new Date(deps.now().getTime() - staleAfterSeconds * 1000);
  const orderIds = await deps.store.findAwaitingQueue(cutoff);
  let sent = 0;
  for (const orderId of orderIds) {
    const log = forOrder(deps.logger, orderId);
    log.warn('order was never queued; re-sending from the outbox');
    if (await enqueueOrder(deps, orderId, log)) sent++;
  }
  for (const refundId of await deps.refunds.findAwaitingQueue(cutoff)) {
    const refund = await deps.refunds.getRefund(refundId);
    if (!refund) continue;
    const log = forOrder(deps.logger, refund.orderId);
    log.warn('refund was never queued; re-sending from the outbox', { refundId });
    if (await enqueueRefund(deps, refund, log)) sent++;
  }
  return sent;
}
