/**
 * Keys and attribute names of the orders table (one table, partition key `pk`), in one place:
 * - `ORDER#<orderId>`: the order. `outboxPending` is set until its queue send is confirmed (sparse
 *   GSI `outbox`); `numberPending` is set while it waits for its invoice number (sparse GSI
 *   `numbering`). Every order is in the keys-only GSI `byStatus` (status, createdAt), for operators.
 * - `INVOICE#<invoiceNumber>`: the invoice record; its existence reserves the number.
 * - `SERIES#<year>`: the last sequence number handed out in a series.
 * - `NUMBERER`: the lease of the one worker that assigns invoice numbers for the fleet.
 * - `REFUND#<refundId>`: a refund of an order (`orderId`), with its credit note once numbered. The
 *   order lists its refunds (`refundIds`) and the quantities refunded per line
 *   (`refundedQuantities`). A refund also uses `outboxPending` until its queue send is confirmed.
 * - `CREDIT_NOTE#<creditNoteNumber>`: the credit note record; its existence reserves the number.
 * - `SERIES#CN-<year>`: the last credit note sequence of a year (its own series).
 * An order item may also carry `documentLinkGeneration` (number, absent = 0) and `linksRevokedAt`:
 * emailed document links name the generation they were issued under, and an operator revokes them
 * all by raising it (aws-adapters/src/documentLinks).
 * Idempotency records live in their own table with a TTL (`expiresAt`, epoch seconds); a refund's
 * key is scoped to its order (`refundIdempotencyKey`).
 */
export const orderKey = (orderId: string) => ({ pk: `ORDER#${orderId}` });
export const ORDER_KEY_PREFIX = 'ORDER#';
/** The `entity` attribute of an order item. */
export const ORDER_ENTITY = 'ORDER';
export const invoiceKey = (invoiceNumber: string) => ({ pk: `INVOICE#${invoiceNumber}` });
export const seriesKey = (series: string) => ({ pk: `SERIES#${series}` });
export const NUMBERER_LEASE_KEY = { pk: 'NUMBERER' };
export const REFUND_KEY_PREFIX = 'REFUND#';
/** The `entity` attribute of a refund item. */
export const REFUND_ENTITY = 'REFUND';
export const refundKey = (refundId: string) => ({ pk: `${REFUND_KEY_PREFIX}${refundId}` });
export const creditNoteKey = (creditNoteNumber: string) => ({ pk: `CREDIT_NOTE#${creditNoteNumber}` });
/** The idempotency record of a refund request: the client's key, scoped to the order. */
export const refundIdempotencyKey = (orderId: string, key: string) => ({ pk: `REFUND#${orderId}#${key}` });

/** Attribute names the order store and the refund store both write on an order item. */
export const ORDER_REFUND_IDS = 'refundIds';
export const ORDER_REFUNDED_QUANTITIES = 'refundedQuantities';

/** The order's document link generation (see DocumentLinkGenerations) and when it was last raised. */
export const ORDER_LINK_GENERATION = 'documentLinkGeneration';
export const ORDER_LINKS_REVOKED_AT = 'linksRevokedAt';

/** Sparse GSI of orders whose queue send is not confirmed: hash `outboxPending`, range `createdAt`. */
export const OUTBOX_INDEX = 'outbox';
export const OUTBOX_PENDING = 'PENDING';

/**
 * Sparse GSI of PROCESSING orders waiting for an invoice number: hash `numberPending`
 * (`PENDING#0` … `PENDING#<NUMBERING_SHARDS - 1>`, by order id, so no index partition takes more
 * than its share of writes), range `numberRequestedAt`. Keys only.
 */
export const NUMBERING_INDEX = 'numbering';
export const NUMBERING_SHARDS = 4;

/** The `numberPending` value of index shard `shard` (0 … NUMBERING_SHARDS - 1). */
export const numberingShardKey = (shard: number) => `PENDING#${shard % NUMBERING_SHARDS}`;

/** The index shard of an order's numbering request: stable per order id. */
export function numberingShard(orderId: string): string {
  let hash = 0;
  for (let i = 0; i < orderId.length; i++) hash = (hash * 31 + orderId.charCodeAt(i)) | 0;
  return numberingShardKey(Math.abs(hash));
}

/**
 * GSI of orders by status, for operators (`npm run ops`, the local console): hash `status`, range
 * `createdAt`, keys only. Only orders carry `status` (invoice records have `state`). `createdAt`
 * never changes, so the index is written only when an order is created or changes status.
 */
export const STATUS_INDEX = 'byStatus';

/** Every GSI of the orders table (all keys-only, string keys), for provisioning and its checks. */
export const ORDERS_TABLE_INDEXES = [
  { name: OUTBOX_INDEX, hashKey: 'outboxPending', rangeKey: 'createdAt' },
  { name: NUMBERING_INDEX, hashKey: 'numberPending', rangeKey: 'numberRequestedAt' },
  { name: STATUS_INDEX, hashKey: 'status', rangeKey: 'createdAt' },
] as const;

/**
 * The orders table's change stream: every write with the item before and after it. The
 * order-events publisher derives one event per status change from it (Lambda event source mapping
 * in AWS, the stream poller of `npm start` locally).
 */
export const ORDERS_STREAM_VIEW_TYPE = 'NEW_AND_OLD_IMAGES';

/**
 * Event filters of the stream's consumer (Lambda event source mapping filter criteria; a record
 * passes if it matches any): only writes that leave an order or a refund item, not invoice numbers,
 * series counters, idempotency records, the numberer's lease or deletions. The publisher applies the
 * same tests itself (`isOrderItem`, `isRefundItem`), so the local poller needs no filter.
 */
export const ORDER_EVENTS_STREAM_FILTERS = [
  { dynamodb: { Keys: { pk: { S: [{ prefix: ORDER_KEY_PREFIX }] } }, NewImage: { entity: { S: [ORDER_ENTITY] } } } },
  { dynamodb: { Keys: { pk: { S: [{ prefix: REFUND_KEY_PREFIX }] } }, NewImage: { entity: { S: [REFUND_ENTITY] } } } },
] as const;

/** True for a stored item that is an order (see ORDER_EVENTS_STREAM_FILTERS). */
export const isOrderItem = (item: Record<string, unknown> | undefined): boolean =>
  typeof item?.pk === 'string' && item.pk.startsWith(ORDER_KEY_PREFIX) && item.entity === ORDER_ENTITY;

/** True for a stored item that is a refund (see ORDER_EVENTS_STREAM_FILTERS); its idempotency records have no entity. */
export const isRefundItem = (item: Record<string, unknown> | undefined): boolean =>
  typeof item?.pk === 'string' && item.pk.startsWith(REFUND_KEY_PREFIX) && item.entity === REFUND_ENTITY;

/** The SNS FIFO topic the order events go to (FIFO names must end in `.fifo`). */
export const orderEventsTopicName = (stage: string) => `order-events-${stage}.fifo`;
/** The key attributes of the orders table and its GSIs, each once (all strings): `pk`, then the indexes'. */
export const ORDERS_TABLE_KEY_ATTRIBUTES: readonly string[] = [...new Set(['pk', ...ORDERS_TABLE_INDEXES.flatMap((index) => [index.hashKey, index.rangeKey])])];
