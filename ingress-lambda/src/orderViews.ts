import { type Order, type Refund, vatBreakdownOf } from '@checkout/domain';
import type { OrderAccepted, OrderStatusView, RefundAccepted, RefundView } from './openapi/responseSchemas';

/** Presigned links to stored PDFs, by S3 key, made for one response. */
export type DownloadLinks = Map<string, { url: string; expiresAt: string }>;

export const refundPath = (orderId: string, refundId: string) => `/orders/${orderId}/refunds/${refundId}`;

export function refundAccepted(refund: Refund, basePath = ''): RefundAccepted {
  return {
    refundId: refund.refundId,
    orderId: refund.orderId,
    status: refund.status,
    currency: refund.currency,
    subtotalMinor: refund.subtotalMinor,
    taxMinor: refund.taxMinor,
    totalMinor: refund.totalMinor,
    vatBreakdown: refund.vatBreakdown,
    links: { self: `${basePath}${refundPath(refund.orderId, refund.refundId)}`, order: `${basePath}${orderPath(refund.orderId)}` },
  };
}

/** What a client sees of a refund; `links` holds fresh presigned links by S3 key. */
export function refundView(refund: Refund, order: Pick<Order, 'invoice'>, links: DownloadLinks = new Map(), basePath = ''): RefundView {
  const download = refund.creditNote?.objectKey ? links.get(refund.creditNote.objectKey) : undefined;
  return {
    refundId: refund.refundId,
    orderId: refund.orderId,
    status: refund.status,
    requestedAt: refund.requestedAt,
    updatedAt: refund.updatedAt,
    statusTimestamps: refund.statusTimestamps as Record<string, string>,
    ...(refund.reason ? { reason: refund.reason } : {}),
    lines: refund.lines.map(({ lineNumber, sku, quantity, unitPriceMinor, lineTotalMinor }) => ({ lineNumber, sku, quantity, unitPriceMinor, lineTotalMinor })),
    currency: refund.currency,
    subtotalMinor: refund.subtotalMinor,
    taxMinor: refund.taxMinor,
    totalMinor: refund.totalMinor,
    vatBreakdown: refund.vatBreakdown,
    ...(refund.creditNote
      ? {
          creditNote: {
            creditNoteNumber: refund.creditNote.creditNoteNumber,
            issuedAt: refund.creditNote.issuedAt,
            invoiceNumber: order.invoice?.invoiceNumber ?? '',
            ...(download ? { downloadUrl: download.url, downloadUrlExpiresAt: download.expiresAt } : {}),
          },
        }
      : {}),
    ...(refund.notification
      ? { notification: { notifiedAt: refund.notification.notifiedAt, messageId: refund.notification.messageId, lastError: refund.notification.lastError } }
      : {}),
    ...(refund.failureReason ? { failureReason: refund.failureReason } : {}),
    links: { self: `${basePath}${refundPath(refund.orderId, refund.refundId)}`, order: `${basePath}${orderPath(refund.orderId)}` },
  };
}

export function orderAccepted(order: Order, basePath = ''): OrderAccepted {
  return {
    orderId: order.orderId,
    status: order.status,
    currency: order.currency,
    subtotalMinor: order.subtotalMinor,
    taxMinor: order.taxMinor,
    totalMinor: order.totalMinor,
    vatBreakdown: vatBreakdownOf(order),
    links: { self: `${basePath}${orderPath(order.orderId)}` },
  };
}

export const orderPath = (orderId: string) => `/orders/${orderId}`;

/**
 * What a client sees of an order; `download` is a fresh presigned link when the PDF exists, and
 * `refunds` (with `links` for their credit notes) are shown when the order has any.
 */
export function orderStatusView(
  order: Order,
  download?: { url: string; expiresAt: string },
  refunds: readonly Refund[] = [],
  links: DownloadLinks = new Map(),
  basePath = '',
): OrderStatusView {
  return {
    orderId: order.orderId,
    status: order.status,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    statusTimestamps: order.statusTimestamps as Record<string, string>,
    currency: order.currency,
    subtotalMinor: order.subtotalMinor,
    taxMinor: order.taxMinor,
    totalMinor: order.totalMinor,
    vatBreakdown: vatBreakdownOf(order),
    lineItemCount: order.lineItems.length,
    ...(order.invoice
      ? {
          invoice: {
            invoiceNumber: order.invoice.invoiceNumber,
            issuedAt: order.invoice.issuedAt,
            ...(download ? { downloadUrl: download.url, downloadUrlExpiresAt: download.expiresAt } : {}),
          },
        }
      : {}),
    ...(order.notification
      ? {
          notification: {
            notifiedAt: order.notification.notifiedAt,
            messageId: order.notification.messageId,
            lastError: order.notification.lastError,
            failedAttempts: order.notification.failedAttempts,
          },
        }
      : {}),
    ...(order.failureReason ? { failureReason: order.failureReason } : {}),
    ...(refunds.length > 0 ? { refunds: refunds.map((refund) => refundView(refund, order, links, basePath)) } : {}),
  };
}
