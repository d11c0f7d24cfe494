/**
 * Keys and attribute names of the orders table (one table, partition key `pk`), in one place:
 * - `ORDER#<orderId>`: the order. `outboxPending` is set until its queue send is confirmed (sparse
 *   GSI `outbox`); `numberPending` is set while it waits for its invoice number (sparse GSI
 *   `numbering`). Every order is in the keys-only GSI `byStatus` (status, createdAt), for operators.
 * - `INVOICE#<invoiceNumber>`: the invoice record; its existence reserves the number.
 * - `SERIES#<year>`: the last sequence number handed out in a series.
 * - `NUMBERER`: the lease of the one worker that assigns invoice numbers for the fleet.
 * Idempotency records live in their own table with a TTL (`expiresAt`, epoch seconds).
 */
export const orderKey = (orderId: string) => ({ pk: `ORDER#${orderId}` });
export const ORDER_KEY_PREFIX = 'ORDER#';
export const invoiceKey = (invoiceNumber: string) => ({ pk: `INVOICE#${invoiceNumber}` });
export const seriesKey = (series: string) => ({ pk: `SERIES#${series}` });
export const NUMBERER_LEASE_KEY = { pk: 'NUMBERER' };

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

/** The key attributes of the orders table and its GSIs, each once (all strings): `pk`, then the indexes'. */
export const ORDERS_TABLE_KEY_ATTRIBUTES: readonly string[] = [...new Set(['pk', ...ORDERS_TABLE_INDEXES.flatMap((index) => [index.hashKey, index.rangeKey])])];
