import {
  callerIdempotencyKey,
  enqueueOrder,
  forOrder,
  type IdempotencyClaim,
  type InvoiceDownloads,
  type Logger,
  type OrderQueue,
  type OrderStore,
  type PipelineMetrics,
  type ProductStore,
  type RefundStore,
  type StoredOrder,
  type Tracing,
} from '@checkout/aws-adapters';
import { CatalogMismatchError, newOrder, OrderValidationError, priceOrder, requestFingerprint, skusOf, type CreateOrderRequest } from '@checkout/domain';
import { trace } from '@opentelemetry/api';
import { type Caller, idempotencyScopeOf, type TokenVerifier } from './auth';
import type { DocumentLinkDeps } from './documentLinks';

export interface OrdersApiDeps {
  store: OrderStore;
  refunds: RefundStore;
  products: ProductStore;
  queue: OrderQueue;
  /** Download links to the invoice PDFs (presigned GETs). */
  files: InvoiceDownloads;
  logger: Logger;
  /** Verifies the access token of every order route and of catalog changes (auth/tokenVerifier.ts). */
  auth: TokenVerifier;
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
 * Prices a checkout order from the catalog, records it (RECEIVED) and puts it on the queue. A
 * customer's order is theirs (`customerId`); the Idempotency-Key is looked up in the caller's own
 * namespace.
 *
 * The products of the order are read with one BatchGetItem (ProductStore.productsFor), and the
 * order keeps their description, price and VAT as they are now: a later change of the catalog
 * does not touch it. A retry with the same Idempotency-Key gets the order its first attempt made,
 * even when the catalog has changed since and would refuse the request now.
 *
 * The order is durable once the DynamoDB write succeeds; it stays in the outbox index until the
 * queue send is confirmed. If the send fails, the order is still accepted: a replay with the same
 * Idempotency-Key re-sends it, and the worker's outbox sweeper re-sends anything left behind, so
 * no order stays RECEIVED forever. Sending twice is harmless (the worker is idempotent).
 *
 * Throws CatalogMismatchError, OrderValidationError (rules of the priced order) and
 * IdempotencyKeyReusedError.
 */
export async function acceptOrder(
  deps: Pick<OrdersApiDeps, 'store' | 'products' | 'queue' | 'logger' | 'metrics' | 'now' | 'idempotencyTtlSeconds'>,
  request: CreateOrderRequest,
  idempotencyKey: string | undefined,
  caller: Caller,
): Promise<AcceptedOrder> {
  const now = deps.now();
  // The fingerprint is of the request as sent, so the same body with the same key is a replay whatever the catalog says by then.
  const claim: IdempotencyClaim | undefined = idempotencyKey
    ? {
        key: callerIdempotencyKey(idempotencyScopeOf(caller), idempotencyKey),
        fingerprint: requestFingerprint(request),
        expiresAt: Math.floor(now.getTime() / 1000) + deps.idempotencyTtlSeconds,
      }
    : undefined;
  const catalog = await deps.products.productsFor(skusOf(request));
  let priced;
  try {
    priced = priceOrder(request, catalog);
  } catch (error) {
    const refused = error instanceof CatalogMismatchError || error instanceof OrderValidationError;
    const earlier = refused && claim ? await deps.store.replayOf(claim, now) : undefined;
    if (!earlier) throw error;
    return sent(deps, { outcome: 'replayed', order: earlier });
  }
  const order = newOrder(priced, now);
  return sent(deps, await deps.store.createOrder(caller.kind === 'customer' ? { ...order, customerId: caller.customerId } : order, claim));
}

async function sent(
  deps: Pick<OrdersApiDeps, 'store' | 'queue' | 'logger' | 'metrics'>,
  result: { outcome: 'created' | 'replayed'; order: StoredOrder },
): Promise<AcceptedOrder> {
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
