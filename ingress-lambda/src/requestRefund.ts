import { callerIdempotencyKey, enqueueRefund, forOrder, type IdempotencyClaim, type StoredRefund } from '@checkout/aws-adapters';
import {
  isRefundable,
  newRefund,
  OrderNotInvoicedError,
  refundedQuantitiesAfter,
  refundLinesFor,
  requestFingerprint,
  type RefundRequest,
} from '@checkout/domain';
import type { OrdersApiDeps } from './acceptOrder';
import { type Caller, idempotencyScopeOf } from './auth';

export interface RequestedRefund {
  refund: StoredRefund;
  replayed: boolean;
}

/**
 * Records a refund of an invoiced order (REQUESTED) and queues its credit note.
 *
 * The Idempotency-Key is looked up first: a retry gets the refund its first attempt made, even
 * when nothing is left to refund by now. Then the lines are checked against what the order has
 * left to refund, and the refund, the key and the order's refunded quantities are written in one
 * transaction conditional on the order's refunds being those just read; a refund that raced this
 * one makes it read and check again, so no quantity is refunded twice. Like an order, the refund is
 * durable before the 202 and stays in the outbox until its queue send is confirmed.
 *
 * Throws OrderNotFoundError, OrderNotInvoicedError (not invoiced yet: cancel it instead),
 * RefundRejectedError (unknown lines, quantities above what is left, nothing left) and
 * RefundIdempotencyKeyReusedError. The Idempotency-Key is the caller's own (scoped to it and the order).
 */
export async function requestRefund(
  deps: OrdersApiDeps,
  orderId: string,
  request: RefundRequest,
  idempotencyKey: string,
  caller: Caller,
): Promise<RequestedRefund> {
  const now = deps.now();
  const claim: IdempotencyClaim = {
    key: callerIdempotencyKey(idempotencyScopeOf(caller), idempotencyKey),
    fingerprint: requestFingerprint(request),
    expiresAt: Math.floor(now.getTime() / 1000) + deps.idempotencyTtlSeconds,
  };
  const log = forOrder(deps.logger, orderId);
  for (;;) {
    const order = await deps.store.requireOrder(orderId);
    const earlier = await deps.refunds.replayOf(orderId, claim, now);
    if (earlier) return sent({ refund: earlier, replayed: true });
    if (!isRefundable(order.status)) throw new OrderNotInvoicedError(orderId, order.status);
    const lines = refundLinesFor(order, request);
    const refund = newRefund(order, lines, request.reason, now);
    const result = await deps.refunds.createRefund(order, refund, refundedQuantitiesAfter(order, lines), claim);
    if (result.outcome === 'order-changed') {
      log.info('order changed while a refund was requested; checking again', { refundId: refund.refundId });
      continue;
    }
    return sent({ refund: result.refund, replayed: result.outcome === 'replayed' });
  }

  async function sent(result: RequestedRefund): Promise<RequestedRefund> {
    const { refund } = result;
    log.info(result.replayed ? 'refund replayed for Idempotency-Key' : 'refund requested', {
      refundId: refund.refundId,
      totalMinor: refund.totalMinor,
      currency: refund.currency,
      lines: refund.lines.length,
    });
    if (refund.awaitingQueue) await enqueueRefund(deps, refund, log);
    return result;
  }
}
