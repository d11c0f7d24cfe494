import { enqueueOrder, forOrder, type StoredOrder } from '@checkout/aws-adapters';
import { invoiceObjectKey } from '@checkout/domain';
import { InvoiceNotIssuedError, ResendTimeoutError } from './errors';
import type { OpsPorts } from './ports';

export interface ResendReceipt {
  orderId: string;
  invoiceNumber: string;
  /**
   * `resend-requested`: the order was NOTIFIED; a resend request is on the order and the PDF's
   * S3 event raised again. `notification-retriggered`: the order is INVOICED (its email failed or
   * is on its way): the event is raised again, and the notifier's ordinary claim sends at most one.
   * `invoice-requeued`: the PDF was missing from the bucket; the order is queued so the worker
   * stores it again, and that upload's event sends the email.
   */
  action: 'resend-requested' | 'notification-retriggered' | 'invoice-requeued';
  /** The order as it was before: `waitForNewEmail` compares with it. */
  before: StoredOrder;
}

/**
 * Has the notifier email an order's invoice again, through the same path as the first email
 * (S3 ObjectCreated → notifier), so it works wherever the notifier runs: Lambda, LocalStack,
 * `npm start`. The notifier sends once per request, however often the event is delivered.
 * Throws OrderNotFoundError, or InvoiceNotIssuedError when the order has no invoice.
 */
export async function resendInvoiceEmail(ports: OpsPorts, orderId: string): Promise<ResendReceipt> {
  const before = await ports.store.requireOrder(orderId);
  if ((before.status !== 'INVOICED' && before.status !== 'NOTIFIED') || !before.invoice) throw new InvoiceNotIssuedError(orderId, before.status);
  const { invoiceNumber } = before.invoice;
  const key = before.invoice.objectKey ?? invoiceObjectKey(orderId, invoiceNumber);
  const log = forOrder(ports.logger, orderId);

  if (before.status === 'NOTIFIED') await ports.orders.requestResend(orderId, ports.clock());
  if (!(await ports.files.exists(key))) {
    // The worker re-stores a missing PDF of an INVOICED or NOTIFIED order when it sees the order again.
    await enqueueOrder(ports, orderId, log);
    log.warn('invoice PDF missing; order queued so the worker stores it again', { key });
    return { orderId, invoiceNumber, action: 'invoice-requeued', before };
  }
  await ports.files.raiseObjectCreated(key, ports.clock());
  log.info('invoice email requested again', { key, status: before.status });
  return { orderId, invoiceNumber, action: before.status === 'NOTIFIED' ? 'resend-requested' : 'notification-retriggered', before };
}

/**
 * Resolves with the order once an email newer than `receipt.before`'s has been sent (its
 * Message-ID changed); throws ResendTimeoutError, with the last recorded error, after `timeoutMs`.
 */
export async function waitForNewEmail(
  ports: Pick<OpsPorts, 'store'>,
  receipt: ResendReceipt,
  options: { timeoutMs: number; pollMs?: number },
): Promise<StoredOrder> {
  const started = Date.now();
  const previous = receipt.before.notification?.messageId;
  for (;;) {
    const order = await ports.store.requireOrder(receipt.orderId);
    const messageId = order.notification?.messageId;
    if (messageId && messageId !== previous && !order.notification?.resendRequestedAt) return order;
    if (Date.now() - started >= options.timeoutMs) throw new ResendTimeoutError(receipt.orderId, Date.now() - started, order.notification?.lastError);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}
