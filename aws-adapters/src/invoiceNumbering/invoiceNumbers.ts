import { formatInvoiceNumber, invoiceSeriesFor, OrderNotFoundError, OrderStatusConflictError, type OrderInvoice, type OrderStatus } from '@checkout/domain';
import {
  invoiceKey,
  NUMBERER_LEASE_KEY,
  NUMBERING_INDEX,
  numberingShardKey,
  ORDER_KEY_PREFIX,
  orderKey,
  seriesKey,
} from '../tableKeys';
import { cancellationReasonCodes, isConditionFailure, isTransactionCanceled } from '../transport/awsErrors';
import type { DocumentTable } from '../transport/ports';

/** Orders numbered in one transaction: 1 counter update + k reservations + k orders ≤ 100 items. */
export const MAX_BATCH = 49;

/** What one numbering transaction did for each order of its batch. */
export type NumberedOrder =
  | { orderId: string; invoice: OrderInvoice }
  | { orderId: string; error: OrderStatusConflictError | OrderNotFoundError };

/** What a waiting worker reads back about its orders, and who holds the numbering lease. */
export interface NumberingState {
  orders: Map<string, { status: OrderStatus; invoice?: OrderInvoice }>;
  lease?: { holder: string; leaseUntil: number };
}

export interface NumberingCounters {
  /** Numbering transactions sent. */
  transactions: number;
  /** Of those, cancelled (a condition failed or another transaction conflicted). */
  cancelled: number;
  /** Time spent waiting for them, in ms. */
  transactionMs: number;
}

/**
 * The invoice-number records: series counters, number reservations, the numbering request on
 * each order and the lease of the fleet's numberer. Only `InvoiceNumberer` (and tests) use it.
 */
export class InvoiceNumbers {
  /** Last sequence per series as this process last wrote or read it; a failed condition clears it. */
  private readonly lastSequence = new Map<string, number>();
  readonly counters: NumberingCounters = { transactions: 0, cancelled: 0, transactionMs: 0 };

  constructor(
    private readonly db: DocumentTable,
    private readonly table: string,
  ) {}

  /**
   * Numbers up to MAX_BATCH PROCESSING orders in one transaction: the series counter moves by k,
   * k invoice records reserve the numbers and k orders get theirs. All or nothing, so numbers stay
   * gapless whatever crashes. An order already numbered comes back with its number; one that is
   * not PROCESSING comes back with an OrderStatusConflictError (a missing one with an
   * OrderNotFoundError); the others are retried until they are numbered. Throws only what DynamoDB throws besides cancellations (network, throttling).
   */
  async numberBatch(orderIds: readonly string[], now: Date): Promise<NumberedOrder[]> {
    if (orderIds.length > MAX_BATCH) throw new RangeError(`at most ${MAX_BATCH} orders per numbering transaction, got ${orderIds.length}`);
    const series = invoiceSeriesFor(now);
    const results: NumberedOrder[] = [];
    let todo = [...new Set(orderIds)];
    for (let attempt = 0; todo.length > 0; attempt++) {
      const last = this.lastSequence.get(series) ?? (await this.readLastSequence(series));
      const invoices = todo.map((orderId, i) => ({
        orderId,
        invoice: { invoiceNumber: formatInvoiceNumber(series, last + i + 1), issuedAt: now.toISOString() },
      }));
      const started = performance.now();
      let cancelled: Error;
      try {
        this.counters.transactions++;
        await this.db.transactWrite({ TransactItems: this.numberingItems(series, last, invoices, now) });
        this.lastSequence.set(series, last + invoices.length);
        return [...results, ...invoices];
      } catch (error) {
        if (!isTransactionCanceled(error)) throw error;
        cancelled = error;
      } finally {
        this.counters.transactionMs += performance.now() - started;
      }
      this.counters.cancelled++;
      const reasons = cancellationReasonCodes(cancelled);
      // Items: [counter, reservation 1..k, order 1..k].
      const failedOrders = todo.filter((_, i) => reasons[1 + todo.length + i] === 'ConditionalCheckFailed');
      if (failedOrders.length > 0) {
        // Numbered meanwhile (a redelivery, an earlier leader) or no longer PROCESSING: report
        // them as they are and number the rest.
        const state = await this.readState(failedOrders);
        for (const orderId of failedOrders) {
          const order = state.orders.get(orderId);
          results.push(
            order?.invoice ? { orderId, invoice: order.invoice } : { orderId, error: numberingRefused(orderId, order?.status, cancelled) },
          );
        }
        todo = todo.filter((id) => !failedOrders.includes(id));
      }
      // The counter or a reservation failed its condition: another numberer moved the series.
      if (reasons[0] === 'ConditionalCheckFailed' || reasons.slice(1, 1 + invoices.length).includes('ConditionalCheckFailed')) {
        this.lastSequence.delete(series);
      }
      // A conflicting transaction in flight on one of the items: back off briefly, then again.
      if (reasons.includes('TransactionConflict')) await pause(attempt);
    }
    return results;
  }

  /** Numbers one order (see numberBatch); throws OrderStatusConflictError if it is not PROCESSING. */
  async numberOne(orderId: string, now: Date): Promise<OrderInvoice> {
    const [result] = await this.numberBatch([orderId], now);
    if ('error' in result!) throw result.error;
    return result!.invoice;
  }

  private numberingItems(series: string, last: number, invoices: { orderId: string; invoice: OrderInvoice }[], now: Date) {
    const next = last + invoices.length;
    const counter = {
      Update: {
        TableName: this.table,
        Key: seriesKey(series),
        UpdateExpression: 'SET lastSequence = :next, entity = :entity',
        ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : 'lastSequence = :last',
        ExpressionAttributeValues: { ':next': next, ':entity': 'SERIES', ...(last === 0 ? {} : { ':last': last }) },
      },
    };
    const reservations = invoices.map(({ orderId, invoice }, i) => ({
      Put: {
        TableName: this.table,
        Item: {
          ...invoiceKey(invoice.invoiceNumber),
          entity: 'INVOICE',
          invoiceNumber: invoice.invoiceNumber,
          series,
          sequence: last + i + 1,
          orderId,
          issuedAt: invoice.issuedAt,
          state: 'ASSIGNED',
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }));
    const orders = invoices.map(({ orderId, invoice }) => ({
      Update: {
        TableName: this.table,
        Key: orderKey(orderId),
        UpdateExpression: 'SET invoice = :invoice, updatedAt = :now REMOVE numberPending, numberRequestedAt',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(invoice) AND #status = :processing',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':invoice': invoice, ':now': now.toISOString(), ':processing': 'PROCESSING' },
      },
    }));
    return [counter, ...reservations, ...orders];
  }

  private async readLastSequence(series: string): Promise<number> {
    const counter = await this.db.get({ TableName: this.table, Key: seriesKey(series), ConsistentRead: true });
    return (counter.Item?.lastSequence as number | undefined) ?? 0;
  }

  /**
   * Order ids with a numbering request in one index shard (0 … NUMBERING_SHARDS - 1), oldest
   * first, at most `limit`. The index is eventually consistent: it may still list an order
   * numbered a moment ago.
   */
  async pendingRequests(shard: number, limit: number): Promise<string[]> {
    const page = await this.db.query({
      TableName: this.table,
      IndexName: NUMBERING_INDEX,
      KeyConditionExpression: 'numberPending = :shard',
      ExpressionAttributeValues: { ':shard': numberingShardKey(shard) },
      Limit: limit,
    });
    return (page.Items ?? []).map((item) => String(item.pk).slice(ORDER_KEY_PREFIX.length));
  }

  /** Status and invoice number of up to 99 orders, and the lease, in one consistent read. */
  async readState(orderIds: readonly string[]): Promise<NumberingState> {
    const state: NumberingState = { orders: new Map() };
    let keys: Record<string, unknown>[] = [...orderIds.map(orderKey), NUMBERER_LEASE_KEY];
    while (keys.length > 0) {
      const result = await this.db.batchGet({
        RequestItems: {
          [this.table]: {
            Keys: keys,
            ConsistentRead: true,
            ProjectionExpression: 'pk, #status, invoice, holder, leaseUntil',
            ExpressionAttributeNames: { '#status': 'status' },
          },
        },
      });
      for (const item of result.Responses?.[this.table] ?? []) {
        if (item.pk === NUMBERER_LEASE_KEY.pk) state.lease = { holder: item.holder as string, leaseUntil: item.leaseUntil as number };
        else state.orders.set(String(item.pk).slice(ORDER_KEY_PREFIX.length), { status: item.status as OrderStatus, invoice: item.invoice as OrderInvoice | undefined });
      }
      keys = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    return state;
  }

  /**
   * Takes or renews the numbering lease for `holder` until `now + leaseMs`. True if `holder` holds
   * it now; false if another holder's lease has not expired.
   */
  async holdLease(holder: string, now: Date, leaseMs: number): Promise<boolean> {
    try {
      await this.db.update({
        TableName: this.table,
        Key: NUMBERER_LEASE_KEY,
        UpdateExpression: 'SET holder = :holder, leaseUntil = :until, entity = :entity',
        ConditionExpression: 'attribute_not_exists(pk) OR holder = :holder OR leaseUntil < :now',
        ExpressionAttributeValues: { ':holder': holder, ':until': now.getTime() + leaseMs, ':now': now.getTime(), ':entity': 'NUMBERER' },
      });
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Gives the lease up at once (on shutdown), so another worker takes over without waiting. */
  async releaseLease(holder: string): Promise<void> {
    await this.db
      .update({
        TableName: this.table,
        Key: NUMBERER_LEASE_KEY,
        UpdateExpression: 'SET leaseUntil = :zero',
        ConditionExpression: 'holder = :holder',
        ExpressionAttributeValues: { ':holder': holder, ':zero': 0 },
      })
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));

/** Why an order without a number cannot get one: it is missing, or not PROCESSING. */
export function numberingRefused(orderId: string, status: OrderStatus | undefined, cause?: unknown): OrderStatusConflictError | OrderNotFoundError {
  return status === undefined ? new OrderNotFoundError(orderId) : new OrderStatusConflictError(orderId, status, 'INVOICED', { cause });
}
