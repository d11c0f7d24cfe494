import type { StoredOrder } from '@checkout/aws-adapters';
import { invoiceObjectKey, type OrderStatus } from '@checkout/domain';
import type { OpsPorts } from './ports';

/** One thing that happened to an order. */
export interface HistoryEntry {
  at: string;
  /** The status it entered, or what else happened. */
  what: OrderStatus | 'redriven' | 'resend requested' | 'email resent';
}

export interface OrderHistory {
  order: StoredOrder;
  /** Oldest first. */
  timeline: HistoryEntry[];
  invoice?: { invoiceNumber: string; issuedAt: string; objectKey: string; pdfStored: boolean };
}

/**
 * An order with what happened to it, oldest first: the time it entered each status, redrives and
 * resends; its invoice and whether the PDF is in the bucket. Throws OrderNotFoundError.
 */
export async function orderHistory(ports: Pick<OpsPorts, 'store' | 'files'>, orderId: string): Promise<OrderHistory> {
  const order = await ports.store.requireOrder(orderId);
  const invoice = order.invoice
    ? await (async (invoice) => {
        const objectKey = invoice.objectKey ?? invoiceObjectKey(orderId, invoice.invoiceNumber);
        return { invoiceNumber: invoice.invoiceNumber, issuedAt: invoice.issuedAt, objectKey, pdfStored: await ports.files.exists(objectKey) };
      })(order.invoice)
    : undefined;
  return { order, timeline: timelineOf(order), ...(invoice ? { invoice } : {}) };
}

/** The status timestamps and the operators' actions of an order, oldest first. Pure. */
export function timelineOf(order: StoredOrder): HistoryEntry[] {
  const entries: HistoryEntry[] = Object.entries(order.statusTimestamps).map(([status, at]) => ({ at: at!, what: status as OrderStatus }));
  if (order.redrivenAt) entries.push({ at: order.redrivenAt, what: 'redriven' });
  if (order.notification?.resendRequestedAt) entries.push({ at: order.notification.resendRequestedAt, what: 'resend requested' });
  if (order.notification?.resentAt) entries.push({ at: order.notification.resentAt, what: 'email resent' });
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
