import type { StoredOrder } from '@checkout/aws-adapters';
import { formatMoney } from '@checkout/domain';
import type { OrderHistory } from './orderHistory';
import type { RedriveReport } from './redriveDeadLetters';
import type { ReplayReport } from './replayNotificationFailures';
import type { ResendReceipt } from './resendInvoiceEmail';
import type { LinkRevocation } from './revokeDocumentLinks';

/**
 * Customer text is untrusted: control characters (a terminal escape sequence starts with one)
 * and bidi overrides (which reorder what follows on the line) are shown as `?`.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '?');
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length))).join('  ').trimEnd()).join('\n');
}

export function formatOrders(orders: StoredOrder[], cursor?: string): string {
  if (orders.length === 0) return 'No orders.';
  const rows = [['ORDER', 'STATUS', 'CREATED', 'TOTAL', 'INVOICE', 'CUSTOMER']];
  for (const order of orders) {
    rows.push([
      order.orderId,
      order.status,
      order.createdAt,
      formatMoney(order.totalMinor, order.currency),
      order.invoice?.invoiceNumber ?? '-',
      terminalSafe(order.customer.name),
    ]);
  }
  return table(rows) + (cursor ? `\n\nMore: --cursor ${cursor}` : '');
}

export function formatHistory({ order, timeline, invoice }: OrderHistory): string {
  const lines = [`Order ${order.orderId}  ${order.status}`];
  lines.push(`  Customer      ${terminalSafe(order.customer.name)} <${terminalSafe(order.customer.email)}>`);
  lines.push(`  Total         ${formatMoney(order.totalMinor, order.currency)} (${order.lineItems.length} line${order.lineItems.length === 1 ? '' : 's'})`);
  lines.push(
    invoice
      ? `  Invoice       ${invoice.invoiceNumber}, issued ${invoice.issuedAt}; ${invoice.objectKey} ${invoice.pdfStored ? '(stored)' : '(NOT in the bucket)'}`
      : '  Invoice       none yet',
  );
  const n = order.notification;
  if (n) {
    const parts = [];
    if (n.notifiedAt) parts.push(`first sent ${n.notifiedAt}`);
    if (n.resends) parts.push(`resent ${n.resends}× (last ${n.resentAt})`);
    if (n.messageId) parts.push(`latest ${n.messageId}`);
    if (n.failedAttempts) parts.push(`${n.failedAttempts} failed attempt${n.failedAttempts === 1 ? '' : 's'}`);
    if (n.resendRequestedAt) parts.push(`resend requested ${n.resendRequestedAt}`);
    lines.push(`  Email         ${parts.join('; ')}`);
    if (n.lastError) lines.push(`  Last error    ${terminalSafe(n.lastError)}`);
  } else {
    lines.push('  Email         not sent yet');
  }
  if (order.failureReason) lines.push(`  Failure       ${terminalSafe(order.failureReason)}`);
  if (order.redrives) lines.push(`  Redrives      ${order.redrives} (last ${order.redrivenAt})`);
  lines.push('  Timeline');
  for (const entry of timeline) lines.push(`    ${entry.at}  ${entry.what}`);
  return lines.join('\n');
}

export function formatRedrive(report: RedriveReport): string {
  const lines = [`Moved ${report.movedFromQueue} message${report.movedFromQueue === 1 ? '' : 's'} from the dead-letter queue to the orders queue.`];
  for (const failure of report.queueFailures) lines.push(`  not moved: message ${failure.messageId}: ${failure.error}`);
  lines.push(`Reopened ${report.reopened.length} FAILED order${report.reopened.length === 1 ? '' : 's'}.`);
  for (const order of report.reopened) lines.push(`  ${order.orderId}  ${order.status}${order.queued ? '' : '  (queue send failed: the outbox sweep will send it)'}`);
  for (const order of report.skipped) lines.push(`  ${order.orderId}  skipped: now ${order.status}`);
  return lines.join('\n');
}

export function formatResend(receipt: ResendReceipt, sent?: StoredOrder): string {
  const what = {
    'resend-requested': 'Resend requested; the notifier emails the invoice again',
    'notification-retriggered': 'Notification triggered again; the notifier emails the invoice',
    'invoice-requeued': 'The invoice PDF was missing: the order is queued, the worker stores it again and that emails it',
  }[receipt.action];
  const line = `${receipt.orderId} ${receipt.invoiceNumber}: ${what}.`;
  return sent ? `${line}\nSent as ${sent.notification!.messageId}.` : line;
}

export function formatRevocation(revocation: LinkRevocation): string {
  return `${revocation.orderId}: every document link emailed so far is revoked (link generation ${revocation.generation}). \`resend ${revocation.orderId}\` emails a new one.`;
}

export function formatReplay(report: ReplayReport): string {
  const lines = [`Replayed ${report.replayed.length} failed invoice email${report.replayed.length === 1 ? '' : 's'} (of ${report.invoiced} INVOICED order${report.invoiced === 1 ? '' : 's'}).`];
  for (const order of report.replayed) lines.push(`  ${order.orderId}  after ${order.failedAttempts} failed: ${terminalSafe(order.lastError)}`);
  return lines.join('\n');
}
