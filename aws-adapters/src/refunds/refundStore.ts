import {
  type Order,
  REFUNDABLE_ORDER_STATUSES,
  RefundIdempotencyKeyReusedError,
  RefundNotFoundError,
  refundStatusesAllowedBefore,
  RefundStatusConflictError,
  type Refund,
  type RefundStatus,
} from '@checkout/domain';
import type { IdempotencyClaim, OrderTables } from '../orderStore';
import { isConditionFailure, isTransactionCanceled } from '../transport/awsErrors';
import type { DocumentTable } from '../transport/ports';
import {
  creditNoteKey,
  ORDER_REFUND_IDS,
  ORDER_REFUNDED_QUANTITIES,
  orderKey,
  OUTBOX_INDEX,
  OUTBOX_PENDING,
  REFUND_ENTITY,
  REFUND_KEY_PREFIX,
  refundIdempotencyKey,
  refundKey,
} from '../tableKeys';

/** A refund as stored, with what only the store knows. */
export type StoredRefund = Refund & { awaitingQueue: boolean };

export type CreateRefundResult =
  | { outcome: 'created'; refund: StoredRefund }
  | { outcome: 'replayed'; refund: StoredRefund }
  /** The order's refunds changed (or it left INVOICED/NOTIFIED) since it was read: read it again and re-check. */
  | { outcome: 'order-changed' };

/** The stored PDF of a credit note, recorded when the refund becomes CREDITED. */
export interface IssuedCreditNote {
  creditNoteNumber: string;
  objectKey: string;
  sha256: string;
  sizeBytes: number;
}

export type CreditNoteNotificationClaim =
  | { claimed: true; refund: StoredRefund }
  | { claimed: false; reason: 'unknown-credit-note' | 'already-notified' | 'in-progress' | 'not-credited'; refund?: StoredRefund };

/**
 * Refund records (`REFUND#<refundId>`), the refund fields of their order and the notification of
 * their credit notes. Credit note numbers are assigned by `CreditNoteNumbers`. Every method is
 * safe to call again with the same arguments (at-least-once delivery).
 */
export class RefundStore {
  constructor(
    private readonly db: DocumentTable,
    private readonly tables: OrderTables,
  ) {}

  /**
   * The refund an Idempotency-Key already made on this order, if any (an expired record does not
   * count). Throws RefundIdempotencyKeyReusedError when the key was used with another body.
   */
  async replayOf(orderId: string, idempotency: IdempotencyClaim, now: Date): Promise<StoredRefund | undefined> {
    const record = await this.db.get({ TableName: this.idempotencyTable(), Key: refundIdempotencyKey(orderId, idempotency.key), ConsistentRead: true });
    if (!record.Item || (record.Item.expiresAt as number) < Math.floor(now.getTime() / 1000)) return undefined;
    const refundId = record.Item.refundId as string;
    if (record.Item.fingerprint !== idempotency.fingerprint) throw new RefundIdempotencyKeyReusedError(idempotency.key, refundId);
    return this.requireRefund(refundId, orderId);
  }

  /**
   * Records a REQUESTED refund, marked as awaiting its queue send, in one transaction with its
   * Idempotency-Key and the order's refund fields: `refundIds` gets its id and
   * `refundedQuantities` becomes `refundedAfter`. The order write is conditional on the order
   * being refundable and on its refunds being exactly those `order` was read with, so two refunds
   * racing on one order cannot both take the same quantity: the loser gets `order-changed`.
   * The same key replayed returns the refund it made; with another body it throws
   * RefundIdempotencyKeyReusedError.
   */
  async createRefund(order: Order, refund: Refund, refundedAfter: number[], idempotency: IdempotencyClaim): Promise<CreateRefundResult> {
    const now = new Date(refund.requestedAt);
    const known = order.refundIds?.length ?? 0;
    try {
      await this.db.transactWrite({
        TransactItems: [
          {
            Put: {
              TableName: this.idempotencyTable(),
              Item: {
                ...refundIdempotencyKey(order.orderId, idempotency.key),
                orderId: order.orderId,
                refundId: refund.refundId,
                fingerprint: idempotency.fingerprint,
                createdAt: refund.requestedAt,
                expiresAt: idempotency.expiresAt,
              },
              // TTL deletion is lazy: an expired record may still be there and must not block reuse.
              ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
              ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
            },
          },
          {
            Put: {
              TableName: this.tables.orders,
              Item: { ...refundKey(refund.refundId), entity: REFUND_ENTITY, ...refund, outboxPending: OUTBOX_PENDING, createdAt: refund.requestedAt },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: this.tables.orders,
              Key: orderKey(order.orderId),
              UpdateExpression: 'SET #ids = list_append(if_not_exists(#ids, :none), :id), #quantities = :quantities, updatedAt = :now',
              ConditionExpression: `#status IN (${REFUNDABLE_ORDER_STATUSES.map((_, i) => `:refundable${i}`).join(', ')}) AND ${
                known === 0 ? 'attribute_not_exists(#ids)' : 'size(#ids) = :known'
              }`,
              ExpressionAttributeNames: { '#status': 'status', '#ids': ORDER_REFUND_IDS, '#quantities': ORDER_REFUNDED_QUANTITIES },
              ExpressionAttributeValues: {
                ':none': [],
                ':id': [refund.refundId],
                ':quantities': refundedAfter,
                ':now': refund.requestedAt,
                ...Object.fromEntries(REFUNDABLE_ORDER_STATUSES.map((status, i) => [`:refundable${i}`, status])),
                ...(known === 0 ? {} : { ':known': known }),
              },
            },
          },
        ],
      });
      return { outcome: 'created', refund: { ...refund, awaitingQueue: true } };
    } catch (error) {
      if (!isTransactionCanceled(error)) throw error;
      if (isConditionFailure(error, 0)) {
        const replayed = await this.replayOf(order.orderId, idempotency, now);
        if (!replayed) throw new Error(`idempotency record of refund key ${idempotency.key} vanished during a replay; retry`, { cause: error });
        return { outcome: 'replayed', refund: replayed };
      }
      if (isConditionFailure(error, 2)) return { outcome: 'order-changed' };
      throw error;
    }
  }

  async getRefund(refundId: string): Promise<StoredRefund | undefined> {
    const result = await this.db.get({ TableName: this.tables.orders, Key: refundKey(refundId), ConsistentRead: true });
    return result.Item ? refundFromItem(result.Item) : undefined;
  }

  /** The refund; with `orderId`, only if it is a refund of that order. Throws RefundNotFoundError. */
  async requireRefund(refundId: string, orderId?: string): Promise<StoredRefund> {
    const refund = await this.getRefund(refundId);
    if (!refund || (orderId !== undefined && refund.orderId !== orderId)) throw new RefundNotFoundError(refundId, orderId);
    return refund;
  }

  /** Every refund of an order, oldest first, in consistent reads. */
  async refundsOf(order: Pick<Order, 'refundIds'>): Promise<StoredRefund[]> {
    const ids = order.refundIds ?? [];
    const found = new Map<string, StoredRefund>();
    for (let from = 0; from < ids.length; from += 100) {
      let keys: Record<string, unknown>[] = ids.slice(from, from + 100).map(refundKey);
      while (keys.length > 0) {
        const result = await this.db.batchGet({ RequestItems: { [this.tables.orders]: { Keys: keys, ConsistentRead: true } } });
        for (const item of result.Responses?.[this.tables.orders] ?? []) {
          const refund = refundFromItem(item);
          found.set(refund.refundId, refund);
        }
        keys = result.UnprocessedKeys?.[this.tables.orders]?.Keys ?? [];
      }
    }
    return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  /** The queue send of the refund succeeded: take it out of the outbox. */
  async markEnqueued(refundId: string): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: refundKey(refundId),
      UpdateExpression: 'REMOVE outboxPending',
      ConditionExpression: 'attribute_exists(pk)',
    });
  }

  /** Refunds whose queue send was never confirmed and that were requested before `createdBefore`. */
  async findAwaitingQueue(createdBefore: Date, limit = 100): Promise<string[]> {
    const result = await this.db.query({
      TableName: this.tables.orders,
      IndexName: OUTBOX_INDEX,
      KeyConditionExpression: 'outboxPending = :pending AND createdAt < :before',
      ExpressionAttributeValues: { ':pending': OUTBOX_PENDING, ':before': createdBefore.toISOString() },
      Limit: limit,
    });
    return (result.Items ?? []).flatMap((item) => (String(item.pk).startsWith(REFUND_KEY_PREFIX) ? [String(item.pk).slice(REFUND_KEY_PREFIX.length)] : []));
  }

  /**
   * Records the stored PDF on the credit note record and moves the refund to CREDITED, in one
   * transaction. Again for a refund already CREDITED (or NOTIFIED) with this number: no change.
   * Throws RefundStatusConflictError otherwise.
   */
  async completeCreditNote(refundId: string, issued: IssuedCreditNote, now: Date): Promise<void> {
    const from = refundStatusesAllowedBefore('CREDITED');
    try {
      await this.db.transactWrite({
        TransactItems: [
          {
            Update: {
              TableName: this.tables.orders,
              Key: creditNoteKey(issued.creditNoteNumber),
              UpdateExpression: 'SET objectKey = :key, sha256 = :sha, sizeBytes = :size, #state = :issued, storedAt = if_not_exists(storedAt, :now)',
              ConditionExpression: 'refundId = :refundId',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':key': issued.objectKey,
                ':sha': issued.sha256,
                ':size': issued.sizeBytes,
                ':issued': 'ISSUED',
                ':now': now.toISOString(),
                ':refundId': refundId,
              },
            },
          },
          {
            Update: {
              TableName: this.tables.orders,
              Key: refundKey(refundId),
              UpdateExpression: 'SET #status = :credited, creditNote.objectKey = :key, updatedAt = :now, statusTimestamps.CREDITED = :now REMOVE failureReason',
              ConditionExpression: `#status IN (${from.map((_, i) => `:from${i}`).join(', ')}) AND creditNote.creditNoteNumber = :number`,
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':credited': 'CREDITED',
                ':key': issued.objectKey,
                ':number': issued.creditNoteNumber,
                ':now': now.toISOString(),
                ...Object.fromEntries(from.map((status, i) => [`:from${i}`, status])),
              },
            },
          },
        ],
      });
    } catch (error) {
      if (!isTransactionCanceled(error)) throw error;
      const current = await this.requireRefund(refundId);
      const done = (current.status === 'CREDITED' || current.status === 'NOTIFIED') && current.creditNote?.creditNoteNumber === issued.creditNoteNumber;
      if (!done) throw new RefundStatusConflictError(refundId, current.status, 'CREDITED', { cause: error });
    }
  }

  /** Keeps why the last attempt at the refund failed, without changing its status. */
  async recordFailureReason(refundId: string, reason: string, now: Date): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: refundKey(refundId),
      UpdateExpression: 'SET failureReason = :reason, updatedAt = :now',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':reason': reason, ':now': now.toISOString() },
    });
  }

  /**
   * The queue gave up on the refund: REQUESTED → FAILED with the reason, but only while it has no
   * credit note number (a number, once assigned, must become a credit note: the series has no
   * gaps). Throws RefundStatusConflictError (with the current status) otherwise.
   */
  async fail(refundId: string, reason: string, now: Date): Promise<void> {
    const from = refundStatusesAllowedBefore('FAILED');
    try {
      await this.db.update({
        TableName: this.tables.orders,
        Key: refundKey(refundId),
        UpdateExpression: 'SET #status = :failed, failureReason = :reason, updatedAt = :now, statusTimestamps.FAILED = if_not_exists(statusTimestamps.FAILED, :now) REMOVE outboxPending',
        ConditionExpression: `#status IN (${from.map((_, i) => `:from${i}`).join(', ')}) AND attribute_not_exists(creditNote)`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':failed': 'FAILED',
          ':reason': reason,
          ':now': now.toISOString(),
          ...Object.fromEntries(from.map((status, i) => [`:from${i}`, status])),
        },
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.requireRefund(refundId);
      throw new RefundStatusConflictError(refundId, current.status as RefundStatus, 'FAILED', { cause: error });
    }
  }

  /**
   * Takes a lease on emailing credit note `creditNoteNumber`, so two deliveries of its S3 event do
   * not both send; a crashed sender's lease expires after `leaseMs`. The refund is found through
   * the credit note record.
   */
  async claimNotification(creditNoteNumber: string, now: Date, leaseMs: number): Promise<CreditNoteNotificationClaim> {
    const record = await this.db.get({ TableName: this.tables.orders, Key: creditNoteKey(creditNoteNumber), ConsistentRead: true });
    const refundId = record.Item?.refundId as string | undefined;
    if (!refundId) return { claimed: false, reason: 'unknown-credit-note' };
    try {
      const result = await this.db.update({
        TableName: this.tables.orders,
        Key: refundKey(refundId),
        UpdateExpression: 'SET notifyLeaseUntil = :until',
        ConditionExpression:
          '#status = :credited AND creditNote.creditNoteNumber = :number AND (attribute_not_exists(notifyLeaseUntil) OR notifyLeaseUntil < :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':credited': 'CREDITED', ':number': creditNoteNumber, ':now': now.getTime(), ':until': now.getTime() + leaseMs },
        ReturnValues: 'ALL_NEW',
      });
      return { claimed: true, refund: refundFromItem(result.Attributes!) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const refund = await this.requireRefund(refundId);
      const reason = refund.status === 'NOTIFIED' ? 'already-notified' : refund.status === 'CREDITED' ? 'in-progress' : 'not-credited';
      return { claimed: false, reason, refund };
    }
  }

  async markNotified(refundId: string, messageId: string, now: Date): Promise<void> {
    const from = refundStatusesAllowedBefore('NOTIFIED');
    await this.db.update({
      TableName: this.tables.orders,
      Key: refundKey(refundId),
      UpdateExpression:
        'SET #status = :notified, notificationMessageId = :messageId, notifiedAt = :now, updatedAt = :now, statusTimestamps.NOTIFIED = :now REMOVE notifyLeaseUntil, notificationError',
      ConditionExpression: `#status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':notified': 'NOTIFIED',
        ':messageId': messageId,
        ':now': now.toISOString(),
        ...Object.fromEntries(from.map((status, i) => [`:from${i}`, status])),
      },
    });
  }

  /** Records a failed email attempt on the refund and releases the lease so a retry can send. */
  async recordNotificationFailure(refundId: string, error: string, now: Date): Promise<void> {
    await this.db.update({
      TableName: this.tables.orders,
      Key: refundKey(refundId),
      UpdateExpression: 'SET notificationError = :error, updatedAt = :now ADD notificationFailures :one REMOVE notifyLeaseUntil',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':error': error, ':now': now.toISOString(), ':one': 1 },
    });
  }

  private idempotencyTable(): string {
    if (!this.tables.idempotency) throw new Error('RefundStore was built without an idempotency table');
    return this.tables.idempotency;
  }
}

/**
 * A refund item as stored (a GetItem result, or a DynamoDB stream image after `unmarshall`) as the
 * domain sees it, without the store's bookkeeping attributes.
 */
export function refundFromItem(item: Record<string, unknown>): StoredRefund {
  const {
    pk: _pk,
    entity: _entity,
    createdAt: _createdAt,
    outboxPending,
    notifyLeaseUntil: _lease,
    notificationMessageId,
    notifiedAt,
    notificationError,
    notificationFailures,
    ...refund
  } = item;
  const notification =
    notificationMessageId || notificationError
      ? {
          messageId: notificationMessageId as string | undefined,
          notifiedAt: notifiedAt as string | undefined,
          lastError: notificationError as string | undefined,
          failedAttempts: notificationFailures as number | undefined,
        }
      : undefined;
  return { ...(refund as unknown as Refund), ...(notification ? { notification } : {}), awaitingQueue: outboxPending === OUTBOX_PENDING };
}
