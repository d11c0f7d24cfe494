import * as z from 'zod/mini';
import { OrderValidationError } from './errors';
import { vatOfLine, type Order } from './order';
import { CustomerSchema, toFieldErrors } from './orderRequest';
import { computeTotals } from './totals';
import { VAT_CATEGORIES, vatRateProblem } from './vat';
import './zodLocale';

const int = z.number().check(z.int(), z.nonnegative());

const InvoiceableOrderSchema = z.object({
  orderId: z.string().check(z.minLength(1)),
  customer: CustomerSchema,
  currency: z.string().check(z.length(3)),
  taxRateBps: int,
  lineItems: z
    .array(
      z.object({
        sku: z.string().check(z.minLength(1)),
        description: z.string().check(z.minLength(1)),
        quantity: int.check(z.minimum(1)),
        unitPriceMinor: int,
        lineTotalMinor: int,
        vatCategory: z.optional(z.enum(VAT_CATEGORIES)),
        taxRateBps: z.optional(int),
      }),
    )
    .check(z.minLength(1)),
  subtotalMinor: int,
  taxMinor: int,
  totalMinor: int,
});

/**
 * Checks a stored order before it gets an invoice number: every field an invoice prints is there
 * and the stored totals equal the totals recomputed from the lines. A corrupt record fails here,
 * on every attempt, before a number is spent on it. Throws OrderValidationError.
 */
export function assertInvoiceable(order: Order): void {
  const parsed = InvoiceableOrderSchema.safeParse(order);
  if (!parsed.success) throw new OrderValidationError(toFieldErrors(parsed.error.issues));
  const lines = order.lineItems.map((line) => ({ ...line, ...vatOfLine(order, line) }));
  const expected = computeTotals(lines);
  const wrong = (['subtotalMinor', 'taxMinor', 'totalMinor'] as const).filter((field) => expected[field] !== order[field]);
  const wrongLines = order.lineItems.flatMap((line, i) =>
    line.lineTotalMinor === line.quantity * line.unitPriceMinor ? [] : [{ path: `lineItems[${i}].lineTotalMinor`, message: 'does not equal quantity × unitPriceMinor' }],
  );
  const wrongRates = lines.flatMap((line, i) => {
    const problem = vatRateProblem(line.vatCategory, line.taxRateBps);
    return problem ? [{ path: `lineItems[${i}].taxRateBps`, message: problem }] : [];
  });
  const errors = [
    ...wrong.map((field) => ({ path: field, message: `is ${order[field]}, but the lines add up to ${expected[field]}` })),
    ...wrongLines,
    ...wrongRates,
  ];
  if (errors.length > 0) throw new OrderValidationError(errors);
}
