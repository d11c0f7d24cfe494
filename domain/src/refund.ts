import { ulid } from 'ulid';
import * as z from 'zod/mini';
import { vatOfLine, type Order } from './order';
import { RefundRejectedError } from './errors';
import { type FieldError, ORDER_LIMITS, oneLineText } from './orderRequest';
import type { OrderStatus } from './orderStatus';
import { computeTotals, lineTotalMinor, type Totals } from './totals';
import type { InvoiceLine } from './invoiceDocument';
import './zodLocale';

/**
 * A refund of an invoiced order: some quantity of some of its lines, credited by a credit note
 * (UNTDID 1001 type 381) with its own number. The invoice itself is never changed.
 *
 * REQUESTED (accepted by the API, queued) → CREDITED (credit note numbered, rendered and recorded;
 * its PDF is stored right after) → NOTIFIED (emailed). FAILED when the queue gave up on it before
 * a credit note number was assigned.
 */
export const REFUND_STATUSES = ['REQUESTED', 'CREDITED', 'NOTIFIED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

const REFUND_TRANSITIONS: Record<RefundStatus, readonly RefundStatus[]> = {
  REQUESTED: ['CREDITED', 'FAILED'],
  CREDITED: ['NOTIFIED'],
  NOTIFIED: [],
  FAILED: [],
};

/** Statuses from which a refund may move to `to`: the condition of a conditional status write. */
export function refundStatusesAllowedBefore(to: RefundStatus): RefundStatus[] {
  return REFUND_STATUSES.filter((from) => REFUND_TRANSITIONS[from].includes(to));
}

/**
 * Order statuses in which an order can be refunded: it has an invoice. An order without one is
 * cancelled instead (PATCH), and an order with one is never cancelled.
 */
export const REFUNDABLE_ORDER_STATUSES = ['INVOICED', 'NOTIFIED'] as const satisfies readonly OrderStatus[];
export const isRefundable = (status: OrderStatus): boolean => (REFUNDABLE_ORDER_STATUSES as readonly OrderStatus[]).includes(status);

/** Longest refund reason; it is printed on the credit note. */
export const MAX_REFUND_REASON = 300;

const quantity = z
  .number({ message: 'must be a number' })
  .check(
    z.int({ message: 'must be a whole number' }),
    z.minimum(1, { message: 'must be at least 1' }),
    z.maximum(ORDER_LIMITS.maxQuantity, { message: `must be at most ${ORDER_LIMITS.maxQuantity}` }),
  );

export const RefundLineInputSchema = z
  .strictObject({
    lineNumber: z
      .optional(
        z
          .number({ message: 'must be a number' })
          .check(
            z.int({ message: 'must be a whole number' }),
            z.minimum(1, { message: 'must be at least 1 (lines are numbered from 1, in the order they were sent)' }),
            z.maximum(ORDER_LIMITS.maxLineItems, { message: `must be at most ${ORDER_LIMITS.maxLineItems}` }),
          ),
      )
      .check(z.meta({ description: 'Position of the line on the order, from 1. Give this or `sku`.' })),
    sku: z
      .optional(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 characters of letters, digits, ".", "_" or "-"' })))
      .check(z.meta({ description: 'SKU of the line; must name exactly one line of the order. Give this or `lineNumber`.' })),
    quantity: quantity.check(z.meta({ description: 'How many of the line to refund; at most what is still refundable.' })),
  })
  .check(
    z.superRefine((line, ctx) => {
      if ((line.lineNumber === undefined) === (line.sku === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['lineNumber'], message: 'give exactly one of lineNumber and sku' });
      }
    }),
  );

export const RefundRequestSchema = z
  .strictObject({
    lines: z
      .optional(
        z
          .array(RefundLineInputSchema)
          .check(
            z.minLength(1, { message: 'must have at least 1 line; leave it out to refund everything not yet refunded' }),
            z.maxLength(ORDER_LIMITS.maxLineItems, { message: `must have at most ${ORDER_LIMITS.maxLineItems} lines` }),
          ),
      )
      .check(z.meta({ description: 'Lines and quantities to refund. Absent: everything not yet refunded.' })),
    reason: z.optional(oneLineText(MAX_REFUND_REASON)).check(z.meta({ description: 'Why, printed on the credit note.' })),
  })
  .check(z.meta({ description: 'A refund of an invoiced order, credited by a credit note.' }));

export type RefundRequest = z.infer<typeof RefundRequestSchema>;
export type RefundLineInput = z.infer<typeof RefundLineInputSchema>;

/** A credited line: which order line, how many, and its amounts and VAT as on the invoice. */
export interface RefundLine extends InvoiceLine {
  /** Position of the line on the order, from 1. */
  lineNumber: number;
}

/** The credit note of a refund, once numbered. */
export interface CreditNote {
  creditNoteNumber: string;
  /** UTC ISO-8601 instant the number was assigned; the credit note's issue date is its date part. */
  issuedAt: string;
  /** S3 key of the PDF; present once recorded. */
  objectKey?: string;
}

/** A refund as stored. Amounts are integer minor units of the order's currency. */
export interface Refund extends Totals {
  refundId: string;
  orderId: string;
  status: RefundStatus;
  currency: string;
  lines: RefundLine[];
  reason?: string;
  requestedAt: string;
  updatedAt: string;
  statusTimestamps: Partial<Record<RefundStatus, string>>;
  creditNote?: CreditNote;
  notification?: { messageId?: string; notifiedAt?: string; lastError?: string; failedAttempts?: number };
  failureReason?: string;
}

/**
 * How many of each order line can still be refunded: ordered minus refunded, by position.
 * `refunded` is what the order records (`Order.refundedQuantities`); missing entries are 0.
 */
export function refundableQuantities(order: Pick<Order, 'lineItems' | 'refundedQuantities'>): number[] {
  return order.lineItems.map((line, i) => line.quantity - (order.refundedQuantities?.[i] ?? 0));
}

/**
 * The lines a request credits, resolved against the order: by line number or SKU, quantities
 * checked against what is still refundable (the same line named twice counts twice). No lines
 * means everything still refundable. Pure; throws RefundRejectedError naming each bad field.
 */
export function refundLinesFor(order: Order, request: RefundRequest): RefundLine[] {
  const refundable = refundableQuantities(order);
  const errors: FieldError[] = [];
  const wanted = new Map<number, number>();
  if (request.lines === undefined) {
    refundable.forEach((left, i) => left > 0 && wanted.set(i, left));
    if (wanted.size === 0) errors.push({ path: 'lines', message: 'nothing is left to refund: every line is refunded in full' });
  } else {
    request.lines.forEach((line, at) => {
      const index = lineIndexOf(order, line);
      if (typeof index === 'string') {
        errors.push({ path: `lines[${at}].${line.lineNumber === undefined ? 'sku' : 'lineNumber'}`, message: index });
        return;
      }
      const total = (wanted.get(index) ?? 0) + line.quantity;
      if (total > refundable[index]!) {
        const item = order.lineItems[index]!;
        const refunded = item.quantity - refundable[index]!;
        errors.push({
          path: `lines[${at}].quantity`,
          message: `must be at most ${refundable[index]! - (wanted.get(index) ?? 0)}: line ${index + 1} (${item.sku}) has ${item.quantity}, of which ${refunded} already refunded${wanted.has(index) ? ' and more requested above' : ''}`,
        });
        return;
      }
      wanted.set(index, total);
    });
  }
  if (errors.length > 0) throw new RefundRejectedError(order.orderId, errors);
  return [...wanted.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, qty]) => {
      const item = order.lineItems[index]!;
      const line = { quantity: qty, unitPriceMinor: item.unitPriceMinor };
      return {
        lineNumber: index + 1,
        sku: item.sku,
        description: item.description,
        ...line,
        lineTotalMinor: lineTotalMinor(line),
        ...vatOfLine(order, item),
      };
    });
}

function lineIndexOf(order: Order, line: RefundLineInput): number | string {
  if (line.lineNumber !== undefined) {
    return line.lineNumber <= order.lineItems.length ? line.lineNumber - 1 : `there is no line ${line.lineNumber}: the order has ${order.lineItems.length}`;
  }
  const matches = order.lineItems.flatMap((item, i) => (item.sku === line.sku ? [i] : []));
  if (matches.length === 0) return `no line of the order has SKU ${line.sku}`;
  if (matches.length > 1) return `${matches.length} lines have SKU ${line.sku} (lines ${matches.map((i) => i + 1).join(', ')}): use lineNumber`;
  return matches[0]!;
}

/** The refunded quantities of the order once `lines` are refunded too, by position. */
export function refundedQuantitiesAfter(order: Pick<Order, 'lineItems' | 'refundedQuantities'>, lines: readonly RefundLine[]): number[] {
  const after = order.lineItems.map((_, i) => order.refundedQuantities?.[i] ?? 0);
  for (const line of lines) after[line.lineNumber - 1]! += line.quantity;
  return after;
}

/**
 * A new REQUESTED refund of `lines`, with the totals of a credit note for them: VAT per category
 * and rate of the credited lines, each rounded once (BR-CO-17), so the credit note stands on its
 * own. Pure: id and clock are passed in.
 */
export function newRefund(order: Order, lines: RefundLine[], reason: string | undefined, now: Date, refundId: string = ulid(now.getTime())): Refund {
  const timestamp = now.toISOString();
  return {
    refundId,
    orderId: order.orderId,
    status: 'REQUESTED',
    currency: order.currency,
    lines,
    ...(reason === undefined ? {} : { reason }),
    ...computeTotals(lines),
    requestedAt: timestamp,
    updatedAt: timestamp,
    statusTimestamps: { REQUESTED: timestamp },
  };
}
