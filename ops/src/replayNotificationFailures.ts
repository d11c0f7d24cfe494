import { enqueueOrder, forOrder } from '@checkout/aws-adapters';
import { invoiceObjectKey } from '@checkout/domain';
import { NO_PROGRESS, type OpsPorts, type Progress } from './ports';

export interface ReplayReport {
  /** INVOICED orders looked at. */
  invoiced: number;
  /** Orders whose email had failed, with the error recorded last; their notification was triggered again. */
  replayed: { orderId: string; lastError: string; failedAttempts: number; action: 'notification-retriggered' | 'invoice-requeued' }[];
}

/**
 * Replays the notifier's failures: every INVOICED order whose invoice email failed
 * (`notification.lastError`) gets its PDF's S3 event raised again, so the notifier tries once
 * more by its ordinary claim. Orders not yet notified for another reason (an email on its way)
 * and NOTIFIED orders are left alone. Safe to repeat: the claim sends at most one email per order.
 */
export async function replayNotificationFailures(ports: OpsPorts, progress: Progress = NO_PROGRESS): Promise<ReplayReport> {
  progress.start('finding INVOICED orders');
  const invoicedIds = await ports.orders.allByStatus('INVOICED', (count) => progress.update(count));
  progress.done();

  progress.start('reading INVOICED orders', invoicedIds.length);
  const orders = [];
  for (let start = 0; start < invoicedIds.length; start += 100) {
    orders.push(...(await ports.orders.getOrders(invoicedIds.slice(start, start + 100))));
    progress.update(Math.min(start + 100, invoicedIds.length));
  }
  progress.done();

  const failed = orders.filter((order) => order.status === 'INVOICED' && order.invoice && order.notification?.lastError);
  const report: ReplayReport = { invoiced: orders.length, replayed: [] };
  progress.start('replaying failed notifications', failed.length);
  for (const [i, order] of failed.entries()) {
    const log = forOrder(ports.logger, order.orderId);
    const key = order.invoice!.objectKey ?? invoiceObjectKey(order.orderId, order.invoice!.invoiceNumber);
    let action: ReplayReport['replayed'][number]['action'] = 'notification-retriggered';
    if (await ports.files.exists(key)) {
      await ports.files.raiseObjectCreated(key, ports.clock());
    } else {
      await enqueueOrder(ports, order.orderId, log);
      action = 'invoice-requeued';
    }
    log.info('failed invoice email replayed', { key, action, lastError: order.notification!.lastError });
    report.replayed.push({
      orderId: order.orderId,
      lastError: order.notification!.lastError!,
      failedAttempts: order.notification!.failedAttempts ?? 0,
      action,
    });
    progress.update(i + 1);
  }
  progress.done();
  return report;
}
