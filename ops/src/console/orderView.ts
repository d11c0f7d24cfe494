import type { StoredOrder } from '@checkout/aws-adapters';
import { formatMoney, type OrderNotification, type OrderStatus } from '@checkout/domain';
import { timelineOf, type HistoryEntry } from '../orderHistory';

/** What the console page shows of an order: JSON, every string rendered by the page as text. */
export interface OrderView {
  orderId: string;
  status: OrderStatus;
  createdAt: string;
  updatedAt: string;
  customer: { name: string; email: string };
  total: string;
  lines: number;
  invoiceNumber?: string;
  /** Same-origin URL of the invoice PDF, once the order has an invoice. */
  pdfUrl?: string;
  timeline: HistoryEntry[];
  notification?: OrderNotification;
  failureReason?: string;
  redrives?: number;
}

export function orderView(order: StoredOrder): OrderView {
  return {
    orderId: order.orderId,
    status: order.status,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    customer: { name: order.customer.name, email: order.customer.email },
    total: formatMoney(order.totalMinor, order.currency),
    lines: order.lineItems.length,
    ...(order.invoice ? { invoiceNumber: order.invoice.invoiceNumber, pdfUrl: `/api/orders/${encodeURIComponent(order.orderId)}/invoice.pdf` } : {}),
    timeline: timelineOf(order),
    ...(order.notification ? { notification: order.notification } : {}),
    ...(order.failureReason ? { failureReason: order.failureReason } : {}),
    ...(order.redrives ? { redrives: order.redrives } : {}),
  };
}
