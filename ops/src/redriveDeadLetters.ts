import { enqueueOrder, forOrder, type MoveResult } from '@checkout/aws-adapters';
import { OrderStatusConflictError, REDRIVABLE_STATUS, redriveStatusOf, type OrderStatus } from '@checkout/domain';
import { NO_PROGRESS, type OpsPorts, type Progress } from './ports';

export interface RedriveReport {
  /** Messages moved from the dead-letter queue back to the orders queue. */
  movedFromQueue: number;
  /** Messages whose send failed; they stay in the dead-letter queue. */
  queueFailures: MoveResult['failed'];
  /** FAILED orders reopened and queued again, with the status they resume from. */
  reopened: { orderId: string; status: OrderStatus; queued: boolean }[];
  /** FAILED orders that changed before they could be reopened. */
  skipped: { orderId: string; status: OrderStatus }[];
}

/**
 * Sends what the dead-letter queue took back to the invoice worker, once the cause is fixed.
 * The worker itself consumes the dead-letter queue (it archives each message under `failed/`
 * and marks its order FAILED), so a dead letter is in one of two places:
 *
 * 1. Still in the dead-letter queue (no worker has read it yet): moved back to the orders queue,
 *    receive → send → delete, ten at a time (DeadLetterQueue.moveTo: at-least-once).
 * 2. Already handled: the order is FAILED. It is reopened at the step it failed in
 *    (`redriveStatusOf`) and put in the outbox in one conditional write, then queued; if that send
 *    is lost, the worker's outbox sweep sends it.
 *
 * Safe to run again and concurrently: a reopen is conditional on FAILED, and a duplicate message
 * costs the worker one read. An order that fails again returns to FAILED after three receives.
 */
export async function redriveDeadLetters(ports: OpsPorts, progress: Progress = NO_PROGRESS): Promise<RedriveReport> {
  const depth = await ports.deadLetters.depth();
  progress.start('dead-letter queue', depth.waiting);
  const moved = await ports.deadLetters.moveTo(ports.ordersQueueUrl, (count) => progress.update(count));
  progress.done();

  const report: RedriveReport = { movedFromQueue: moved.moved, queueFailures: moved.failed, reopened: [], skipped: [] };
  progress.start('finding FAILED orders');
  const failedIds = await ports.orders.allByStatus(REDRIVABLE_STATUS, (count) => progress.update(count));
  progress.done();

  progress.start('reopening FAILED orders', failedIds.length);
  for (const [i, orderId] of failedIds.entries()) {
    const log = forOrder(ports.logger, orderId);
    const order = await ports.store.getOrder(orderId);
    if (order && order.status === REDRIVABLE_STATUS) {
      try {
        const reopened = await ports.orders.reopenFailed(orderId, redriveStatusOf(order), ports.clock());
        log.info('failed order reopened by a redrive', { status: reopened.status, previousFailure: order.failureReason });
        const queued = await enqueueOrder(ports, orderId, log);
        report.reopened.push({ orderId, status: reopened.status, queued });
      } catch (error) {
        if (!(error instanceof OrderStatusConflictError)) throw error;
        report.skipped.push({ orderId, status: error.status });
      }
    } else if (order) {
      // The index lags the table: the order has moved on since it was listed.
      report.skipped.push({ orderId, status: order.status });
    }
    progress.update(i + 1);
  }
  progress.done();
  return report;
}
