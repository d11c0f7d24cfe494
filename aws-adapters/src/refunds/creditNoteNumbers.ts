import { creditNoteSeriesFor, formatCreditNoteNumber, RefundNotFoundError, RefundStatusConflictError, type CreditNote, type RefundStatus } from '@checkout/domain';
import { creditNoteKey, refundKey, seriesKey } from '../tableKeys';
import { isTransactionCanceled } from '../transport/awsErrors';
import type { DocumentTable } from '../transport/ports';

/** Conflicting attempts after which `numberCreditNote` gives up and lets the queue redeliver. */
const MAX_ATTEMPTS = 50;

/**
 * Credit note numbers: a gapless series per year (`CN-2026-000001`), apart from invoice numbers.
 *
 * Each credit note is numbered by its own transaction: the series counter (conditional on the
 * value read), the number's reservation (must not exist) and the refund (REQUESTED, no number
 * yet), all or nothing; on a conflict the caller reads again and retries. Refunds are rare and off
 * the invoice hot path, so this is the simple design the invoice numbering outgrew
 * (docs/decisions/credit-notes.md); it never touches the invoice series or the invoice numberer's
 * lease.
 */
export class CreditNoteNumbers {
  readonly counters = { transactions: 0, cancelled: 0 };

  constructor(
    private readonly db: DocumentTable,
    private readonly table: string,
  ) {}

  /**
   * The credit note number of a refund: the one it has, or the next of the series of `now`'s
   * year, assigned now. Safe to call again and concurrently: a refund is numbered once. Throws
   * RefundNotFoundError, RefundStatusConflictError (not REQUESTED and no number: FAILED), or,
   * after MAX_ATTEMPTS conflicting transactions, an Error to be retried by redelivery.
   */
  async numberCreditNote(refundId: string, now: Date): Promise<CreditNote> {
    const series = creditNoteSeriesFor(now);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const refund = await this.db.get({ TableName: this.table, Key: refundKey(refundId), ConsistentRead: true });
      if (!refund.Item) throw new RefundNotFoundError(refundId);
      if (refund.Item.creditNote) return refund.Item.creditNote as CreditNote;
      if (refund.Item.status !== 'REQUESTED') throw new RefundStatusConflictError(refundId, refund.Item.status as RefundStatus, 'CREDITED');
      const counter = await this.db.get({ TableName: this.table, Key: seriesKey(series), ConsistentRead: true });
      const last = (counter.Item?.lastSequence as number | undefined) ?? 0;
      const creditNote: CreditNote = { creditNoteNumber: formatCreditNoteNumber(series, last + 1), issuedAt: now.toISOString() };
      try {
        this.counters.transactions++;
        await this.db.transactWrite({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: seriesKey(series),
                UpdateExpression: 'SET lastSequence = :next, entity = :entity',
                ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : 'lastSequence = :last',
                ExpressionAttributeValues: { ':next': last + 1, ':entity': 'SERIES', ...(last === 0 ? {} : { ':last': last }) },
              },
            },
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...creditNoteKey(creditNote.creditNoteNumber),
                  entity: 'CREDIT_NOTE',
                  creditNoteNumber: creditNote.creditNoteNumber,
                  series,
                  sequence: last + 1,
                  refundId,
                  orderId: refund.Item.orderId,
                  issuedAt: creditNote.issuedAt,
                  state: 'ASSIGNED',
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.table,
                Key: refundKey(refundId),
                UpdateExpression: 'SET creditNote = :creditNote, updatedAt = :now',
                ConditionExpression: '#status = :requested AND attribute_not_exists(creditNote)',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':creditNote': creditNote, ':now': now.toISOString(), ':requested': 'REQUESTED' },
              },
            },
          ],
        });
        return creditNote;
      } catch (error) {
        if (!isTransactionCanceled(error)) throw error;
        // Another credit note took the number, or this refund was numbered meanwhile: read again.
        this.counters.cancelled++;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));
      }
    }
    throw new Error(`credit note for refund ${refundId} not numbered after ${MAX_ATTEMPTS} conflicting attempts; the message will be redelivered`);
  }
}
