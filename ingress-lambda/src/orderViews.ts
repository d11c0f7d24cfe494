import { ORDER_ID_PATTERN, ORDER_STATUSES, type Order, REFUND_STATUSES, type Refund, VAT_CATEGORIES, vatBreakdownOf } from '@checkout/domain';
import { z } from '@hono/zod-openapi';

/** The id in a path: a ULID. */
export const OrderIdParamSchema = z.object({
  id: z
    .string()
    .regex(ORDER_ID_PATTERN, { message: 'must be an order id (26-character ULID)' })
    .openapi({ param: { name: 'id', in: 'path' }, example: '01JD3ZK7Q4T2M8X9V6B5N1C0R2' }),
});

const Amounts = {
  currency: z.string().openapi({ example: 'EUR' }),
  subtotalMinor: z.number().int().openapi({ example: 3998, description: 'Integer minor units of `currency`.' }),
  taxMinor: z.number().int().openapi({ example: 800 }),
  totalMinor: z.number().int().openapi({ example: 4798 }),
  vatBreakdown: z
    .array(
      z.object({
        vatCategory: z.enum(VAT_CATEGORIES),
        taxRateBps: z.number().int().openapi({ example: 1900 }),
        taxableMinor: z.number().int().openapi({ example: 3998 }),
        taxMinor: z.number().int().openapi({ example: 760 }),
      }),
    )
    .openapi({ description: 'Tax per VAT category and rate, each rounded once; `taxMinor` is their sum.' }),
};

export const OrderAcceptedSchema = z
  .object({
    orderId: z.string(),
    status: z.enum(ORDER_STATUSES),
    ...Amounts,
    links: z.object({ self: z.string() }),
  })
  .openapi('OrderAccepted');

/** Presigned links to stored PDFs, by S3 key, made for one response. */
export type DownloadLinks = Map<string, { url: string; expiresAt: string }>;

export const RefundIdParamSchema = OrderIdParamSchema.extend({
  refundId: z
    .string()
    .regex(ORDER_ID_PATTERN, { message: 'must be a refund id (26-character ULID)' })
    .openapi({ param: { name: 'refundId', in: 'path' }, example: '01JD40A1B2C3D4E5F6G7H8J9K0' }),
});

export const RefundViewSchema = z
  .object({
    refundId: z.string(),
    orderId: z.string(),
    status: z.enum(REFUND_STATUSES).openapi({ description: 'REQUESTED → CREDITED (credit note stored) → NOTIFIED (emailed); FAILED if the queue gave up before it was numbered.' }),
    requestedAt: z.string().openapi({ description: 'UTC ISO-8601' }),
    updatedAt: z.string(),
    statusTimestamps: z.record(z.string(), z.string()),
    reason: z.string().optional(),
    lines: z.array(
      z.object({
        lineNumber: z.number().int().openapi({ description: 'Position of the line on the order, from 1.' }),
        sku: z.string(),
        quantity: z.number().int(),
        unitPriceMinor: z.number().int(),
        lineTotalMinor: z.number().int(),
      }),
    ),
    ...Amounts,
    creditNote: z
      .object({
        creditNoteNumber: z.string().openapi({ example: 'CN-2026-000001' }),
        issuedAt: z.string(),
        invoiceNumber: z.string().openapi({ description: 'The invoice it credits (EN 16931 BT-25).', example: 'INV-2026-000001' }),
        downloadUrl: z.string().optional().openapi({ description: 'Presigned link to the credit note PDF, once stored.' }),
        downloadUrlExpiresAt: z.string().optional(),
      })
      .optional(),
    notification: z.object({ notifiedAt: z.string().optional(), messageId: z.string().optional(), lastError: z.string().optional() }).optional(),
    failureReason: z.string().optional(),
    links: z.object({ self: z.string(), order: z.string() }),
  })
  .openapi('Refund');

export const RefundAcceptedSchema = z
  .object({
    refundId: z.string(),
    orderId: z.string(),
    status: z.enum(REFUND_STATUSES),
    ...Amounts,
    links: z.object({ self: z.string(), order: z.string() }),
  })
  .openapi('RefundAccepted');

export type RefundView = z.infer<typeof RefundViewSchema>;
export type RefundAccepted = z.infer<typeof RefundAcceptedSchema>;

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

export const OrderStatusViewSchema = z
  .object({
    orderId: z.string(),
    status: z.enum(ORDER_STATUSES),
    createdAt: z.string().openapi({ description: 'UTC ISO-8601' }),
    updatedAt: z.string(),
    statusTimestamps: z.record(z.string(), z.string()).openapi({ description: 'When the order entered each status.' }),
    ...Amounts,
    lineItemCount: z.number().int(),
    invoice: z
      .object({
        invoiceNumber: z.string().openapi({ example: 'INV-2026-000001' }),
        issuedAt: z.string(),
        downloadUrl: z.string().optional().openapi({ description: 'Presigned link to the PDF, once stored.' }),
        downloadUrlExpiresAt: z.string().optional(),
      })
      .optional(),
    notification: z
      .object({
        notifiedAt: z.string().optional(),
        messageId: z.string().optional(),
        lastError: z.string().optional(),
        failedAttempts: z.number().int().optional(),
      })
      .optional(),
    failureReason: z.string().optional(),
    refunds: z
      .array(RefundViewSchema)
      .optional()
      .openapi({ description: 'Refunds of the invoiced order, oldest first, each with its credit note once issued. The order keeps its status and its invoice.' }),
  })
  .openapi('OrderStatus');

export const CancelOrderSchema = z
  .strictObject({ status: z.literal('CANCELLED', { message: 'must be "CANCELLED": cancelling is the only change a client can make' }) })
  .openapi('CancelOrder');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export type OrderAccepted = z.infer<typeof OrderAcceptedSchema>;
export type OrderStatusView = z.infer<typeof OrderStatusViewSchema>;

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
