import {
  IdempotencyKeyReusedError,
  OrderNotFoundError,
  OrderStatusConflictError,
  statusesAllowedBefore,
  type Order,
  type OrderStatus,
} from '@checkout/domain';
import { invoiceKey, numberingShard, ORDER_KEY_PREFIX, orderKey, OUTBOX_INDEX, OUTBOX_PENDING } from './tableKeys';
import { isConditionFailure, isTransactionCanceled } from './transport/awsErrors';
import type { DocumentTable } from './transport/ports';

/** Where orders live; key layout and attribute names are in `tableKeys.ts`. */
export interface OrderTables {
  orders: string;
  /** Needed only to create orders with an Idempotency-Key (the ingress). */
  idempotency?: string;
}

/** An order as stored, with what only the store knows. */
export type StoredOrder = Order & {
  awaitingQueue: boolean;
  /** PROCESSING, with a numbering request stored and no invoice number yet. */
  awaitingNumber: boolean;
};

export interface IdempotencyClaim {
  key: string;
  fingerprint: string;
  /** Epoch seconds after which the key may be reused. */
  expiresAt: number;
}

export type CreateOrderResult = { outcome: 'created'; order: StoredOrder } | { outcome: 'replayed'; order: StoredOrder };

export type NotificationClaim =
  | { claimed: true; order: StoredOrder }
  | { claimed: false; reason: 'already-notified' | 'in-progress' | 'not-invoiced' | 'invoice-mismatch'; order: StoredOrder };

export interface IssuedInvoice {
  invoiceNumber: string;
  objectKey: string;
  sha256: string;
  sizeBytes: number;
}


/**
 * Every read and conditional write of orders, invoice numbers and idempotency records.
 * Every method is safe to call again with the same arguments (at-least-once delivery).
 */
export class OrderStore {
  constructor(
    private readonly db: DocumentTable,
    private readonly tables: OrderTables,
  ) {}

  /**
   * Records a new RECEIVED order, marked as awaiting its queue send. With an idempotency claim,
   * the key and the order are written in one transaction: a replay of the same request returns
   * the stored order; the same key with another body throws IdempotencyKeyReusedError.
   */
  async createOrder(order: Order, idempotency?: IdempotencyClaim): Promise<CreateOrderResult> {
    const orderPut = {
      TableName: this.tables.orders,
      Item: { ...orderKey(order.orderId), entity: 'ORDER', ...order, outboxPending: OUTBOX_PENDING },
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    const stored: StoredOrder = { ...order, awaitingQueue: true, awaitingNumber: false };
    if (!idempotency) {
      await this.db.put(orderPut);
      return { outcome: 'created', order: stored };
    }
    if (!this.tables.idempotency) throw new Error('OrderStore was built without an idempotency table');
    const nowSeconds = Math.floor(Date.parse(order.createdAt) / 1000);
    try {
      await this.db.transactWrite({
        TransactItems: [
          {
            Put: {
              TableName: this.tables.idempotency,
              Item: {
                pk: idempotency.key,
                orderId: order.orderId,
                fingerprint: idempotency.fingerprint,
                createdAt: order.createdAt,
                expiresAt: idempotency.expiresAt,
              },
              // TTL deletion is lazy: an expired record may still be there and must not block reuse.
              ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
              ExpressionAttributeValues: { ':now': nowSeconds },
            },
          },
          { Put: orderPut },
        ],
      });
      return { outcome: 'created', order: stored };
    } catch (error) {
      if (!isConditionFailure(error, 0)) throw error;
    }
    const record = await this.db.get({ TableName: this.tables.idempotency, Key: { pk: idempotency.key }, ConsistentRead: true });
    const existingOrderId = record.Item?.orderId as string | undefined;
    if (!existingOrderId) throw new Error(`idempotency record ${idempotency.key} vanished during a replay; retry`);
    if (record.Item?.fingerprint !== idempotency.fingerprint) {
      throw new IdempotencyKeyReusedError(idempotency.key, existingOrderId);
    }
    return { outcome: 'replayed', order: await this.requireOrder(existingOrderId) };
  }

  /**
   * The order an Idempotency-Key already made for the same request (same fingerprint, not
   * expired), or undefined when the key is unused. Lets a retry get its order even when the request
   * would now be refused (the catalog changed a price since the first attempt). The key used with
   * another body throws IdempotencyKeyReusedError, as `createOrder` does.
   */
  async replayOf(idempotency: IdempotencyClaim, now: Date): Promise<StoredOrder | undefined> {
    if (!this.tables.idempotency) throw new Error('OrderStore was built without an idempotency table');
    const record = await this.db.get({ TableName: this.tables.idempotency, Key: { pk: idempotency.key }, ConsistentRead: true });
    if (!record.Item || (record.Item.expiresAt as number) < Math.floor(now.getTime() / 1000)) return undefined;
    if (record.Item.fingerprint !== idempotency.fingerprint) throw new IdempotencyKeyReusedError(idempotency.key, record.Item.orderId as string);
    return this.getOrder(record.Item.orderId as string);
  }

  async getOrder(orderId: string): Promise<StoredOrder | undefined> {
    const result = await this.db.get({ TableName: this.tables.orders, Key: orderKey(orderId), ConsistentRead: true });
    return result.Item ? toOrder(result.Item) : undefined;
  }

  async requireOrder(orderId: string): Promise<StoredOrder> {
    const order = await this.getOrder(orderId);
    if (!order) throw new OrderNotFoundError(orderId);
    return order;
  }

  /** The queue send of the order succeeded: take it out of the outbox. */
  async markEnqueued(orderId: string): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: orderKey(orderId),
      UpdateExpression: 'REMOVE outboxPending',
      ConditionExpression: 'attribute_exists(pk)',
    });
  }

  /** Orders whose queue send was never confirmed and that were created before `createdBefore`. */
  async findAwaitingQueue(createdBefore: Date, limit = 100): Promise<string[]> {
    const result = await this.db.query({
      TableName: this.tables.orders,
      IndexName: OUTBOX_INDEX,
      KeyConditionExpression: 'outboxPending = :pending AND createdAt < :before',
      ExpressionAttributeValues: { ':pending': OUTBOX_PENDING, ':before': createdBefore.toISOString() },
      Limit: limit,
    });
    // Refunds use the same outbox index (RefundStore.findAwaitingQueue).
    return (result.Items ?? []).flatMap((item) => (String(item.pk).startsWith(ORDER_KEY_PREFIX) ? [String(item.pk).slice(ORDER_KEY_PREFIX.length)] : []));
  }

  /**
   * Moves an order to `to` if the status rules allow it from where it is now; otherwise throws
   * OrderStatusConflictError (with the current status) or OrderNotFoundError.
   */
  async transition(
    orderId: string,
    to: OrderStatus,
    now: Date,
    extra: { failureReason?: string } = {},
  ): Promise<StoredOrder> {
    const set = extra.failureReason === undefined ? {} : { failureReason: extra.failureReason };
    return this.writeStatus(orderId, to, statusesAllowedBefore(to), now, set);
  }

  /**
   * RECEIVED → PROCESSING, storing the order's request for an invoice number (the sparse
   * `numbering` index, where the fleet's numberer finds it) in the same write. Throws
   * OrderStatusConflictError if the order is not RECEIVED (another worker started it, or it was
   * cancelled).
   */
  async startProcessing(orderId: string, now: Date): Promise<StoredOrder> {
    // From the status table, less PROCESSING itself: a second start would store a second request.
    const from = statusesAllowedBefore('PROCESSING').filter((status) => status !== 'PROCESSING');
    return this.writeStatus(orderId, 'PROCESSING', from, now, { numberPending: numberingShard(orderId), numberRequestedAt: now.toISOString() });
  }

  /** Sets status `to` (and `set`) if the order is in one of `from`; the conflict names the current status. */
  private async writeStatus(orderId: string, to: OrderStatus, from: readonly OrderStatus[], now: Date, set: Record<string, unknown>): Promise<StoredOrder> {
    const values: Record<string, unknown> = { ':to': to, ':now': now.toISOString() };
    from.forEach((status, i) => (values[`:from${i}`] = status));
    const names: Record<string, string> = { '#status': 'status', '#to': to };
    let update = 'SET #status = :to, updatedAt = :now, statusTimestamps.#to = if_not_exists(statusTimestamps.#to, :now)';
    Object.entries(set).forEach(([attribute, value], i) => {
      update += `, #set${i} = :set${i}`;
      names[`#set${i}`] = attribute;
      values[`:set${i}`] = value;
    });
    // Once an order leaves RECEIVED nobody needs to queue it any more.
    update += ' REMOVE outboxPending';
    try {
      const result = await this.db.update({
        TableName: this.tables.orders,
        Key: orderKey(orderId),
        UpdateExpression: update,
        ConditionExpression: `attribute_exists(pk) AND #status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      });
      return toOrder(result.Attributes!);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.requireOrder(orderId);
      throw new OrderStatusConflictError(orderId, current.status, to, { cause: error });
    }
  }

  /**
   * Stores a numbering request for a PROCESSING order that has neither a number nor a request
   * (an order started before numbering requests existed). Does nothing otherwise.
   */
  async requestNumber(orderId: string, now: Date): Promise<void> {
    await this.db
      .update({
        TableName: this.tables.orders,
        Key: orderKey(orderId),
        UpdateExpression: 'SET numberPending = :shard, numberRequestedAt = :now',
        ConditionExpression: '#status = :processing AND attribute_not_exists(invoice) AND attribute_not_exists(numberPending)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':processing': 'PROCESSING', ':shard': numberingShard(orderId), ':now': now.toISOString() },
      })
      .catch((error) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  /**
   * Records the stored PDF on the invoice record and moves the order to INVOICED, in one
   * transaction. Calling it again for an order already INVOICED (or NOTIFIED) with the same number
   * changes nothing. Throws OrderStatusConflictError if the order is neither PROCESSING with this
   * number nor already invoiced with it.
   */
  async completeInvoice(orderId: string, issued: IssuedInvoice, now: Date): Promise<void> {
    try {
      await this.db.transactWrite({
        TransactItems: [
          {
            Update: {
              TableName: this.tables.orders,
              Key: invoiceKey(issued.invoiceNumber),
              UpdateExpression:
                'SET objectKey = :key, sha256 = :sha, sizeBytes = :size, #state = :issued, storedAt = if_not_exists(storedAt, :now)',
              ConditionExpression: 'orderId = :orderId',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':key': issued.objectKey,
                ':sha': issued.sha256,
                ':size': issued.sizeBytes,
                ':issued': 'ISSUED',
                ':now': now.toISOString(),
                ':orderId': orderId,
              },
            },
          },
          {
            Update: {
              TableName: this.tables.orders,
              Key: orderKey(orderId),
              UpdateExpression:
                'SET #status = :invoiced, invoice.objectKey = :key, updatedAt = :now, statusTimestamps.INVOICED = :now REMOVE failureReason',
              ConditionExpression: '#status = :processing AND invoice.invoiceNumber = :number',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':invoiced': 'INVOICED',
                ':processing': 'PROCESSING',
                ':key': issued.objectKey,
                ':number': issued.invoiceNumber,
                ':now': now.toISOString(),
              },
            },
          },
        ],
      });
    } catch (error) {
      if (!isTransactionCanceled(error)) throw error;
      const current = await this.requireOrder(orderId);
      const done = (current.status === 'INVOICED' || current.status === 'NOTIFIED') &&
        current.invoice?.invoiceNumber === issued.invoiceNumber;
      if (!done) throw new OrderStatusConflictError(orderId, current.status, 'INVOICED', { cause: error });
    }
  }

  /** Keeps why the last processing attempt failed, without changing the status. */
  async recordFailureReason(orderId: string, reason: string, now: Date): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: orderKey(orderId),
      UpdateExpression: 'SET failureReason = :reason, updatedAt = :now',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':reason': reason, ':now': now.toISOString() },
    });
  }

  /**
   * Takes a lease on sending the email of invoice `invoiceNumber` so two deliveries of the same S3
   * event do not both send. A lease left by a crashed sender expires after `leaseMs`. One write
   * when it can be claimed; a read more, to say why, when not. Throws OrderNotFoundError.
   * An INVOICED order can be claimed; a NOTIFIED one only while an operator's resend request
   * (`resendRequestedAt`, see OrderOperations.requestResend) is pending, so an ordinary repeated
   * event never sends a second email.
   */
  async claimNotification(orderId: string, invoiceNumber: string, now: Date, leaseMs: number): Promise<NotificationClaim> {
    try {
      const result = await this.db.update({
        TableName: this.tables.orders,
        Key: orderKey(orderId),
        UpdateExpression: 'SET notifyLeaseUntil = :until',
        ConditionExpression:
          '(#status = :invoiced OR (#status = :notified AND attribute_exists(resendRequestedAt))) AND invoice.invoiceNumber = :number AND (attribute_not_exists(notifyLeaseUntil) OR notifyLeaseUntil < :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':invoiced': 'INVOICED',
          ':notified': 'NOTIFIED',
          ':number': invoiceNumber,
          ':now': now.getTime(),
          ':until': now.getTime() + leaseMs,
        },
        ReturnValues: 'ALL_NEW',
      });
      return { claimed: true, order: toOrder(result.Attributes!) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const order = await this.requireOrder(orderId);
      const reason =
        order.invoice && order.invoice.invoiceNumber !== invoiceNumber
          ? 'invoice-mismatch'
          : order.status === 'NOTIFIED' && !order.notification?.resendRequestedAt
            ? 'already-notified'
            : order.status === 'INVOICED' || order.status === 'NOTIFIED'
              ? 'in-progress'
              : 'not-invoiced';
      return { claimed: false, reason, order };
    }
  }

  async markNotified(orderId: string, messageId: string, now: Date): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: orderKey(orderId),
      UpdateExpression:
        'SET #status = :notified, notificationMessageId = :messageId, notifiedAt = :now, updatedAt = :now, statusTimestamps.NOTIFIED = :now REMOVE notifyLeaseUntil, notificationError',
      ConditionExpression: '#status = :invoiced',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':notified': 'NOTIFIED', ':invoiced': 'INVOICED', ':messageId': messageId, ':now': now.toISOString() },
    });
  }

  /**
   * The email a resend request asked for went out: records its Message-ID and consumes the
   * request (requests made while it was being sent are answered by it). The order stays NOTIFIED
   * with its first notification time.
   */
  async markResent(orderId: string, messageId: string, now: Date): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: orderKey(orderId),
      UpdateExpression:
        'SET notificationMessageId = :messageId, resentAt = :now, updatedAt = :now ADD resends :one REMOVE notifyLeaseUntil, notificationError, resendRequestedAt',
      ConditionExpression: '#status = :notified AND attribute_exists(resendRequestedAt)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':notified': 'NOTIFIED', ':messageId': messageId, ':now': now.toISOString(), ':one': 1 },
    });
  }

  /** Records a failed email attempt on the order and releases the lease so a retry can send. */
  async recordNotificationFailure(orderId: string, error: string, now: Date): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: orderKey(orderId),
      UpdateExpression: 'SET notificationError = :error, updatedAt = :now ADD notificationFailures :one REMOVE notifyLeaseUntil',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':error': error, ':now': now.toISOString(), ':one': 1 },
    });
  }
}

/** An order item as read from the table, without the store's bookkeeping attributes. */
export function toOrder(item: Record<string, unknown>): StoredOrder {
  const {
    pk: _pk,
    entity: _entity,
    outboxPending,
    numberPending,
    numberRequestedAt: _requestedAt,
    notifyLeaseUntil: _lease,
    notificationMessageId,
    notifiedAt,
    notificationError,
    notificationFailures,
    resendRequestedAt,
    resentAt,
    resends,
    // Document links' bookkeeping (DocumentLinkGenerations), not part of the order.
    documentLinkGeneration: _linkGeneration,
    linksRevokedAt: _linksRevokedAt,
    ...order
  } = item;
  const notification =
    notificationMessageId || notificationError || resendRequestedAt
      ? {
          messageId: notificationMessageId as string | undefined,
          notifiedAt: notifiedAt as string | undefined,
          lastError: notificationError as string | undefined,
          failedAttempts: notificationFailures as number | undefined,
          ...(resendRequestedAt ? { resendRequestedAt: resendRequestedAt as string } : {}),
          ...(resends ? { resends: resends as number, resentAt: resentAt as string } : {}),
        }
      : undefined;
  return {
    ...(order as unknown as Order),
    ...(notification ? { notification } : {}),
    awaitingQueue: outboxPending === OUTBOX_PENDING,
    awaitingNumber: numberPending !== undefined && !order.invoice,
  };
}

/**
 * An order item as stored (a GetItem result, or a DynamoDB stream image after `unmarshall`) as
 * the domain sees it, without the store's bookkeeping attributes.
 */
export const orderFromItem = (item: Record<string, unknown>): StoredOrder => toOrder(item);
