import { OrderNotFoundError, OrderStatusConflictError, REDRIVABLE_STATUS, type OrderStatus } from '@checkout/domain';
import { toOrder, type StoredOrder } from './orderStore';
import { isConditionFailure } from './transport/awsErrors';
import type { DocumentTable } from './transport/ports';
import { ORDER_KEY_PREFIX, orderKey, OUTBOX_PENDING, STATUS_INDEX } from './tableKeys';

/** One page of order ids of a status, newest first; `cursor` fetches the next page. */
export interface OrderIdPage {
  orderIds: string[];
  cursor?: string;
}

/** BatchGetItem takes at most 100 keys. */
const BATCH_GET_LIMIT = 100;

/**
 * What operators read and change on orders (`npm run ops`, the local console), apart from the
 * pipeline's own writes in OrderStore: listing by status through the `byStatus` index, reading
 * many orders at once, reopening a FAILED order, and asking for an invoice email to be sent again.
 */
export class OrderOperations {
  constructor(
    private readonly db: DocumentTable,
    private readonly ordersTable: string,
  ) {}

  /**
   * Ids of orders in `status`, newest first, `limit` per page. The index is eventually
   * consistent: an order that changed status a moment ago may still be listed under the old one,
   * so callers read the orders (getOrders) and look at their status.
   */
  async listByStatus(status: OrderStatus, options: { limit: number; cursor?: string }): Promise<OrderIdPage> {
    const result = await this.db.query({
      TableName: this.ordersTable,
      IndexName: STATUS_INDEX,
      KeyConditionExpression: '#status = :status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status },
      ScanIndexForward: false,
      Limit: options.limit,
      ...(options.cursor ? { ExclusiveStartKey: decodeCursor(options.cursor) } : {}),
    });
    const orderIds = (result.Items ?? [])
      .map((item) => String(item.pk))
      .filter((pk) => pk.startsWith(ORDER_KEY_PREFIX))
      .map((pk) => pk.slice(ORDER_KEY_PREFIX.length));
    return { orderIds, ...(result.LastEvaluatedKey ? { cursor: encodeCursor(result.LastEvaluatedKey) } : {}) };
  }

  /** Every order id in `status`, page after page; `onPage` hears how many so far. */
  async allByStatus(status: OrderStatus, onPage: (count: number) => void = () => {}): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listByStatus(status, { limit: 500, ...(cursor ? { cursor } : {}) });
      ids.push(...page.orderIds);
      onPage(ids.length);
      cursor = page.cursor;
    } while (cursor);
    return ids;
  }

  /** The orders with these ids (strongly consistent reads), in the same order; missing ones are left out. */
  async getOrders(orderIds: readonly string[]): Promise<StoredOrder[]> {
    const found = new Map<string, StoredOrder>();
    for (let start = 0; start < orderIds.length; start += BATCH_GET_LIMIT) {
      let keys: Record<string, unknown>[] = [...new Set(orderIds.slice(start, start + BATCH_GET_LIMIT))].map(orderKey);
      // DynamoDB may leave keys unprocessed under load; ask again for those.
      while (keys.length > 0) {
        const result = await this.db.batchGet({ RequestItems: { [this.ordersTable]: { Keys: keys, ConsistentRead: true } } });
        for (const item of result.Responses?.[this.ordersTable] ?? []) {
          const order = toOrder(item);
          found.set(order.orderId, order);
        }
        keys = (result.UnprocessedKeys?.[this.ordersTable]?.Keys as Record<string, unknown>[] | undefined) ?? [];
      }
    }
    return orderIds.flatMap((id) => found.get(id) ?? []);
  }

  /**
   * Reopens a FAILED order at `to` (see `redriveStatusOf`) and puts it back in the outbox, in one
   * conditional write: if the queue send that follows is lost, the worker's outbox sweep sends it.
   * Counts the redrive on the order. Throws OrderStatusConflictError if the order is not FAILED
   * (any more), OrderNotFoundError if there is none.
   */
  async reopenFailed(orderId: string, to: 'RECEIVED' | 'PROCESSING', now: Date): Promise<StoredOrder> {
    try {
      const result = await this.db.update({
        TableName: this.ordersTable,
        Key: orderKey(orderId),
        UpdateExpression: 'SET #status = :to, updatedAt = :now, redrivenAt = :now, outboxPending = :pending ADD redrives :one',
        ConditionExpression: '#status = :failed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':to': to, ':now': now.toISOString(), ':pending': OUTBOX_PENDING, ':one': 1, ':failed': REDRIVABLE_STATUS },
        ReturnValues: 'ALL_NEW',
      });
      return toOrder(result.Attributes!);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw await this.conflict(orderId, to, error);
    }
  }

  /**
   * Asks the notifier to email a NOTIFIED order's invoice once more: the notifier's claim honours
   * the request once, and consumes it when the email is sent (OrderStore.markResent). Asking
   * again before then changes nothing. Throws OrderStatusConflictError if the order is not
   * NOTIFIED, OrderNotFoundError if there is none.
   */
  async requestResend(orderId: string, now: Date): Promise<StoredOrder> {
    try {
      const result = await this.db.update({
        TableName: this.ordersTable,
        Key: orderKey(orderId),
        UpdateExpression: 'SET resendRequestedAt = if_not_exists(resendRequestedAt, :now), updatedAt = :now',
        ConditionExpression: '#status = :notified',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':notified': 'NOTIFIED', ':now': now.toISOString() },
        ReturnValues: 'ALL_NEW',
      });
      return toOrder(result.Attributes!);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw await this.conflict(orderId, 'NOTIFIED', error);
    }
  }

  private async conflict(orderId: string, wanted: OrderStatus, cause: unknown): Promise<Error> {
    const [current] = await this.getOrders([orderId]);
    return current ? new OrderStatusConflictError(orderId, current.status, wanted, { cause }) : new OrderNotFoundError(orderId, { cause });
  }
}

const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`not a cursor of this listing: ${cursor}`, { cause: error });
  }
}
