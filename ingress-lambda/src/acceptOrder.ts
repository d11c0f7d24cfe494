import { callerIdempotencyKey, enqueueOrder, forOrder, type InvoiceFiles, type Logger, type OrderQueue, type OrderStore, type RefundStore, type StoredOrder } from '@checkout/aws-adapters';
import { newOrder, requestFingerprint, type CreateOrderRequest } from '@checkout/domain';
import { type Caller, idempotencyScopeOf, type TokenVerifier } from './auth';

export interface OrdersApiDeps {
  store: OrderStore;
  refunds: RefundStore;
  queue: OrderQueue;
  files: InvoiceFiles;
  logger: Logger;
  /** Verifies the access token of every order route (auth/tokenVerifier.ts). */
  auth: TokenVerifier;
  now: () => Date;
  idempotencyTtlSeconds: number;
  statusLinkExpirySeconds: number;
}

export interface AcceptedOrder {
  order: StoredOrder;
  replayed: boolean;
}

/**
 * Records a checkout order (RECEIVED) and puts it on the queue. A customer's order is theirs
 * (`customerId`); the Idempotency-Key is looked up in the caller's own namespace.
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
  caller: Caller,
): Promise<AcceptedOrder> {
  const now = deps.now();
  const order = newOrder(request, now);
  const result = await deps.store.createOrder(
    caller.kind === 'customer' ? { ...order, customerId: caller.customerId } : order,
    idempotencyKey
      ? { key: callerIdempotencyKey(idempotencyScopeOf(caller), idempotencyKey), fingerprint: requestFingerprint(request), expiresAt: Math.floor(now.getTime() / 1000) + deps.idempotencyTtlSeconds }
      : undefined,
  );
  const log = forOrder(deps.logger, result.order.orderId);
  log.info(result.outcome === 'created' ? 'order received' : 'order replayed for Idempotency-Key', {
    totalMinor: result.order.totalMinor,
    currency: result.order.currency,
    lineItems: result.order.lineItems.length,
  });
  if (result.order.awaitingQueue) await enqueueOrder(deps, result.order.orderId, log);
  return { order: result.order, replayed: result.outcome === 'replayed' };
}
