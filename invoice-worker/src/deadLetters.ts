import type { Message } from '@aws-sdk/client-sqs';
import { describeError, forOrder, type InvoiceFiles, type Logger, type OrderStore } from '@checkout/aws-adapters';
import { FAILED_KEY_PREFIX, OrderStatusConflictError } from '@checkout/domain';

export interface DeadLetterDeps {
  store: OrderStore;
  files: InvoiceFiles;
  logger: Logger;
  now: () => Date;
}

/**
 * Handles a message the orders queue gave up on (moved to the DLQ after its last receive):
 * archives it to S3 under `failed/` (key derived from the message id, so a repeat overwrites the
 * same object) and marks its order FAILED with the reason of the last attempt.
 */
export async function handleDeadLetter(deps: DeadLetterDeps, message: Message): Promise<void> {
  const orderId = orderIdOf(message);
  const log = orderId ? forOrder(deps.logger, orderId) : deps.logger;
  const order = orderId ? await deps.store.getOrder(orderId) : undefined;
  const receives = message.Attributes?.ApproximateReceiveCount;
  const reason = order?.failureReason ?? `processing gave up after the queue's last attempt${orderId && !order ? ' (order not found)' : ''}`;
  const now = deps.now();
  const key = `${FAILED_KEY_PREFIX}${now.toISOString().slice(0, 10)}/${orderId ?? 'unreadable'}/${message.MessageId}.json`;

  await deps.files.archive(key, {
    messageId: message.MessageId,
    body: message.Body,
    attributes: message.Attributes ?? {},
    messageAttributes: message.MessageAttributes ?? {},
    orderId,
    reason,
    archivedAt: now.toISOString(),
  });

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

function orderIdOf(message: Message): string | undefined {
  try {
    const id = (JSON.parse(message.Body ?? '') as { orderId?: unknown }).orderId;
    return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
  } catch {
    return message.MessageAttributes?.orderId?.StringValue;
  }
}
