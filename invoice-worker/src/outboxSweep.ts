import { enqueueOrder, forOrder, type Logger, type OrderQueue, type OrderStore } from '@checkout/aws-adapters';

export interface OutboxSweepDeps {
  store: OrderStore;
  queue: OrderQueue;
  logger: Logger;
  now: () => Date;
}

/**
 * Re-sends orders whose queue send was never confirmed (the ingress wrote the order, then the
 * send failed or the function died). Several workers may sweep at once: a duplicate message is
 * harmless. Returns how many orders were re-sent.
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
  return sent;
}
