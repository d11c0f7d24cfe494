import type { Message } from '@aws-sdk/client-sqs';
import { describeError, forOrder, isRefundMessage, parseOrderMessage, type InvoiceFiles, type Logger, type OrderMessage, type OrderStore, type RefundStore } from '@checkout/aws-adapters';
import { FAILED_KEY_PREFIX, OrderStatusConflictError, RefundStatusConflictError } from '@checkout/domain';

export interface DeadLetterDeps {
  store: OrderStore;
  refunds: Pick<RefundStore, 'getRefund' | 'fail' | 'recordFailureReason'>;
  files: InvoiceFiles;
  logger: Logger;
  now: () => Date;
}

/**
 * Handles a message the orders queue gave up on (moved to the DLQ after its last receive):
 * archives it to S3 under `failed/` (key derived from the message id, so a repeat overwrites the
 * same object) and marks its order FAILED with the reason of the last attempt; for a refund's
 * message, the refund (the order keeps its invoice and its status).
 */
export async function handleDeadLetter(deps: DeadLetterDeps, message: Message): Promise<void> {
  const parsed = messageOf(message);
  const orderId = parsed?.orderId ?? message.MessageAttributes?.orderId?.StringValue;
  const log = orderId ? forOrder(deps.logger, orderId) : deps.logger;
  const now = deps.now();
  const key = `${FAILED_KEY_PREFIX}${now.toISOString().slice(0, 10)}/${orderId ?? 'unreadable'}/${message.MessageId}.json`;
  const receives = message.Attributes?.ApproximateReceiveCount;
  const archive = (reason: string) =>
    deps.files.archive(key, {
      messageId: message.MessageId,
      body: message.Body,
      attributes: message.Attributes ?? {},
      messageAttributes: message.MessageAttributes ?? {},
      orderId,
      ...(parsed && isRefundMessage(parsed) ? { refundId: parsed.refundId } : {}),
      reason,
      archivedAt: now.toISOString(),
    });

  if (parsed && isRefundMessage(parsed)) {
    const refund = await deps.refunds.getRefund(parsed.refundId);
    const reason = refund?.failureReason ?? `processing gave up after the queue's last attempt${refund ? '' : ' (refund not found)'}`;
    await archive(reason);
    if (!refund) {
      log.error('dead-lettered message of an unknown refund archived', { refundId: parsed.refundId, archive: key });
      return;
    }
    try {
      await deps.refunds.fail(refund.refundId, reason, now);
      log.error('refund failed; message archived', { refundId: refund.refundId, reason, archive: key, receives });
    } catch (error) {
      if (!(error instanceof RefundStatusConflictError)) throw error;
      // Numbered, CREDITED or NOTIFIED: a number once assigned must become a credit note, so the
      // refund keeps its status and the reason is kept for an operator (re-queue it to resume).
      await deps.refunds.recordFailureReason(refund.refundId, reason, now);
      log.error('dead-lettered message of a numbered refund; archived, refund left for an operator', {
        refundId: refund.refundId,
        status: error.status,
        creditNoteNumber: refund.creditNote?.creditNoteNumber,
        reason,
        archive: key,
      });
    }
    return;
  }

  const order = orderId ? await deps.store.getOrder(orderId) : undefined;
  const reason = order?.failureReason ?? `processing gave up after the queue's last attempt${orderId && !order ? ' (order not found)' : ''}`;
  await archive(reason);

  if (order) {
    try {
      await deps.store.transition(order.orderId, 'FAILED', now, { failureReason: reason });
      log.error('order failed; message archived', { reason, archive: key, receives });
      return;
    } catch (error) {
      if (!(error instanceof OrderStatusConflictError)) throw error;
      // Already INVOICED/NOTIFIED/CANCELLED/FAILED: the status stands, the reason is kept.
      await deps.store.recordFailureReason(order.orderId, reason, now);
      log.warn('dead-lettered message for a settled order; archived', { status: error.status, reason, archive: key });
      return;
    }
  }
  log.error('unreadable or orphan message archived', { archive: key, messageId: message.MessageId, error: describeError(reason) });
}

/** The message as the worker reads it; an unreadable body gives undefined (its order id may still be in an attribute). */
function messageOf(message: Message): OrderMessage | undefined {
  try {
    return parseOrderMessage(message.Body);
  } catch {
    return undefined;
  }
}
