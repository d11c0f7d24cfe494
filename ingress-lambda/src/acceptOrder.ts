import {
  enqueueOrder,
  forOrder,
  type InvoiceFiles,
  type Logger,
  type OrderQueue,
  type OrderStore,
  type PipelineMetrics,
  type RefundStore,
  type StoredOrder,
  type Tracing,
} from '@checkout/aws-adapters';
import { trace } from '@opentelemetry/api';
import type { DocumentLinkDeps } from './documentLinks';
import { newOrder, requestFingerprint, type CreateOrderRequest } from '@checkout/domain';

export interface OrdersApiDeps {
  store: OrderStore;
  refunds: RefundStore;
  queue: OrderQueue;
  files: InvoiceFiles;
  logger: Logger;
  /** OrdersAccepted and Failures (5xx), flushed once per request (requestTelemetry.ts). */
  metrics: PipelineMetrics;
  /** The request's span starts each order's trace. */
  tracing: Tracing;
  now: () => Date;
  idempotencyTtlSeconds: number;
  statusLinkExpirySeconds: number;
  /** Keys, generations and the redirect's lifetime for `GET /documents/{token}` (documentLinks.ts). */
  documentLinks: Pick<DocumentLinkDeps, 'keys' | 'generations' | 'redirectSeconds'>;
}

export interface AcceptedOrder {
  order: StoredOrder;
  replayed: boolean;
}

/**
 * Records a checkout order (RECEIVED) and puts it on the queue.
 *
 * The order is durable once the DynamoDB write succeeds; it stays in the outbox index until the
 * queue send is confirmed. If the send fails, the order is still accepted: a replay with the same
 * Idempotency-Key re-sends it, and the worker's outbox sweeper re-sends anything left behind, so
 * no order stays RECEIVED forever. Sending twice is harmless (the worker is idempotent).
 */
export async function acceptOrder(
  deps: OrdersApiDeps,
  request: CreateOrderRequest,
  idempotencyKey: string | undefined,
): Promise<AcceptedOrder> {
  const now = deps.now();
  const result = await deps.store.createOrder(
    newOrder(request, now),
    idempotencyKey
      ? { key: idempotencyKey, fingerprint: requestFingerprint(request), expiresAt: Math.floor(now.getTime() / 1000) + deps.idempotencyTtlSeconds }
      : undefined,
  );
  const log = forOrder(deps.logger, result.order.orderId);
  if (result.outcome === 'created') deps.metrics.add('OrdersAccepted');
  trace.getActiveSpan()?.setAttribute('order.id', result.order.orderId);
  log.info(result.outcome === 'created' ? 'order received' : 'order replayed for Idempotency-Key', {
    totalMinor: result.order.totalMinor,
    currency: result.order.currency,
    lineItems: result.order.lineItems.length,
  });
  if (result.order.awaitingQueue) await enqueueOrder(deps, result.order.orderId, log);
  return { order: result.order, replayed: result.outcome === 'replayed' };
}
