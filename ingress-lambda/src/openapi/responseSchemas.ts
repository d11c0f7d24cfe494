import { ORDER_STATUSES, ProductSchema, REFUND_STATUSES, VAT_CATEGORIES } from '@checkout/domain';
import * as z from 'zod/mini';

/**
 * What the API answers, as schemas: the OpenAPI document's components (their `id`), and the
 * types the views in orderViews.ts return. The Lambda imports only the types (nothing here runs in
 * it); the build generates the document from the schemas (apiDocument.ts).
 */

const int = (meta: { example?: number; description?: string } = {}) => z.int().check(z.meta(meta));
const text = (meta: { example?: string; description?: string }) => z.string().check(z.meta(meta));

const Amounts = {
  currency: text({ example: 'EUR' }),
  subtotalMinor: int({ example: 3998, description: 'Integer minor units of `currency`.' }),
  taxMinor: int({ example: 800 }),
  totalMinor: int({ example: 4798 }),
  vatBreakdown: z
    .array(
      z.object({
        vatCategory: z.enum(VAT_CATEGORIES),
        taxRateBps: int({ example: 1900 }),
        taxableMinor: int({ example: 3998 }),
        taxMinor: int({ example: 760 }),
      }),
    )
    .check(z.meta({ description: 'Tax per VAT category and rate, each rounded once; `taxMinor` is their sum.' })),
};

export const OrderAcceptedSchema = z
  .object({
    orderId: z.string(),
    status: z.enum(ORDER_STATUSES),
    ...Amounts,
    links: z.object({ self: z.string() }),
  })
  .check(z.meta({ id: 'OrderAccepted' }));

export const RefundViewSchema = z
  .object({
    refundId: z.string(),
    orderId: z.string(),
    status: z
      .enum(REFUND_STATUSES)
      .check(z.meta({ description: 'REQUESTED → CREDITED (credit note stored) → NOTIFIED (emailed); FAILED if the queue gave up before it was numbered.' })),
    requestedAt: text({ description: 'UTC ISO-8601' }),
    updatedAt: z.string(),
    statusTimestamps: z.record(z.string(), z.string()),
    reason: z.optional(z.string()),
    lines: z.array(
      z.object({
        lineNumber: int({ description: 'Position of the line on the order, from 1.' }),
        sku: z.string(),
        quantity: z.int(),
        unitPriceMinor: z.int(),
        lineTotalMinor: z.int(),
      }),
    ),
    ...Amounts,
    creditNote: z.optional(
      z.object({
        creditNoteNumber: text({ example: 'CN-2026-000001' }),
        issuedAt: z.string(),
        invoiceNumber: text({ description: 'The invoice it credits (EN 16931 BT-25).', example: 'INV-2026-000001' }),
        downloadUrl: z.optional(z.string()).check(z.meta({ description: 'Presigned link to the credit note PDF, once stored.' })),
        downloadUrlExpiresAt: z.optional(z.string()),
      }),
    ),
    notification: z.optional(
      z.object({ notifiedAt: z.optional(z.string()), messageId: z.optional(z.string()), lastError: z.optional(z.string()) }),
    ),
    failureReason: z.optional(z.string()),
    links: z.object({ self: z.string(), order: z.string() }),
  })
  .check(z.meta({ id: 'Refund' }));

export const RefundAcceptedSchema = z
  .object({
    refundId: z.string(),
    orderId: z.string(),
    status: z.enum(REFUND_STATUSES),
    ...Amounts,
    links: z.object({ self: z.string(), order: z.string() }),
  })
  .check(z.meta({ id: 'RefundAccepted' }));

export const OrderStatusViewSchema = z
  .object({
    orderId: z.string(),
    status: z.enum(ORDER_STATUSES),
    createdAt: text({ description: 'UTC ISO-8601' }),
    updatedAt: z.string(),
    statusTimestamps: z.record(z.string(), z.string()).check(z.meta({ description: 'When the order entered each status.' })),
    ...Amounts,
    lineItemCount: z.int(),
    invoice: z.optional(
      z.object({
        invoiceNumber: text({ example: 'INV-2026-000001' }),
        issuedAt: z.string(),
        downloadUrl: z.optional(z.string()).check(z.meta({ description: 'Presigned link to the PDF, once stored.' })),
        downloadUrlExpiresAt: z.optional(z.string()),
      }),
    ),
    notification: z.optional(
      z.object({
        notifiedAt: z.optional(z.string()),
        messageId: z.optional(z.string()),
        lastError: z.optional(z.string()),
        failedAttempts: z.optional(z.int()),
      }),
    ),
    failureReason: z.optional(z.string()),
    refunds: z
      .optional(z.array(RefundViewSchema))
      .check(z.meta({ description: 'Refunds of the invoiced order, oldest first, each with its credit note once issued. The order keeps its status and its invoice.' })),
  })
  .check(z.meta({ id: 'OrderStatus' }));

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  })
  .check(z.meta({ id: 'Problem' }));

export type OrderAccepted = z.infer<typeof OrderAcceptedSchema>;
export type OrderStatusView = z.infer<typeof OrderStatusViewSchema>;
export type RefundView = z.infer<typeof RefundViewSchema>;
export type RefundAccepted = z.infer<typeof RefundAcceptedSchema>;

export const ProductPageSchema = z
  .object({
    products: z.array(ProductSchema),
    nextCursor: z.optional(z.string()).check(z.meta({ description: 'Pass as `cursor` for the next page; absent on the last page.' })),
  })
  .check(z.meta({ id: 'ProductPage' }));
