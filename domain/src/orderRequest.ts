import { z } from 'zod';
import { customerTextProblem } from './customerText';
import { isCountryCode, isCurrencyCode } from './isoCodes';
import { MAX_AMOUNT_MINOR } from './money';
import { AmountOutOfRangeError, BASIS_POINTS, computeTotals, type TaxedLineInput } from './totals';
import { defaultVatCategory, VAT_CATEGORIES, vatRateProblem } from './vat';

/** Limits of a checkout request. Every one is named in the error a client gets when it is broken. */
export const ORDER_LIMITS = {
  maxBodyBytes: 256 * 1024,
  minLineItems: 1,
  maxLineItems: 500,
  maxQuantity: 100_000,
  maxUnitPriceMinor: 10_000_000_000,
  maxTaxRateBps: BASIS_POINTS,
} as const;

const text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, { message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` })
    .max(max, { message: `must be at most ${max} characters` })
    // One line on the invoice and in the email, shown as typed: no control characters or line
    // breaks, no bidi controls or invisible characters, well-formed Unicode (customerText.ts).
    .superRefine((value, ctx) => {
      const problem = customerTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A trimmed one-line text of at most `max` characters (no control characters or line breaks). */
export const oneLineText = text;

export const BillingAddressSchema = z
  .strictObject({
    line1: text(200),
    line2: text(200).optional(),
    city: text(100),
    postalCode: text(20),
    region: text(100).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as DE or US', abort: true })
      .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 code such as DE or US' })
      .meta({ description: 'ISO 3166-1 alpha-2, upper case; officially assigned codes only (not XK or ZZ).' }),
  })
  .meta({ description: 'Where the invoice is addressed.' });

export const CustomerSchema = z
  .strictObject({
    id: text(64),
    name: text(200),
    email: z.email({ message: 'must be an email address' }).max(254, { message: 'must be at most 254 characters' }),
    billingAddress: BillingAddressSchema,
    vatId: z
      .string()
      .regex(/^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$/, {
        message: 'must be a VAT identification number: a two-letter country prefix and 2-13 letters or digits, such as DE123456789',
      })
      .optional()
      .meta({ description: 'The buyer\'s VAT identification number (B2B); required when a line is reverse charged (AE).' }),
  })
  .meta({ description: 'The customer who pays; the invoice is emailed to `email`.' });

const taxRateBps = () =>
  z
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number of basis points (2000 = 20%)' })
    .min(0, { message: 'must not be negative' })
    .max(ORDER_LIMITS.maxTaxRateBps, { message: `must be at most ${ORDER_LIMITS.maxTaxRateBps} (100%)` });

export const LineItemInputSchema = z.strictObject({
  sku: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 characters of letters, digits, ".", "_" or "-"' }),
  description: text(500),
  quantity: z
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(ORDER_LIMITS.maxQuantity, { message: `must be at most ${ORDER_LIMITS.maxQuantity}` }),
  unitPriceMinor: z
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number of minor units (cents), not a decimal' })
    .min(0, { message: 'must not be negative' })
    .max(ORDER_LIMITS.maxUnitPriceMinor, { message: `must be at most ${ORDER_LIMITS.maxUnitPriceMinor}` }),
  taxRateBps: taxRateBps()
    .optional()
    .meta({ description: 'VAT rate of this line in basis points (700 = 7%). Default: the order\'s `taxRateBps`.' }),
  vatCategory: z
    .enum(VAT_CATEGORIES, { message: `must be one of ${VAT_CATEGORIES.join(', ')}` })
    .optional()
    .meta({
      description:
        'EN 16931 VAT category: S standard rate (rate > 0), Z zero rated, E exempt, AE reverse charge (rate 0 for Z, E, AE). ' +
        'Default: S when the line\'s rate is above 0, else Z.',
    }),
});

export const CreateOrderRequestSchema = z
  .strictObject({
    customer: CustomerSchema,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as EUR or USD', abort: true })
      .refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code such as EUR or USD' })
      .meta({ description: 'A current ISO 4217 code with minor units (not XAU, XXX or a withdrawn code such as HRK).' }),
    taxRateBps: taxRateBps()
      .optional()
      .meta({ description: 'Default VAT rate of the lines in basis points (1900 = 19%); a line may set its own. Default 0.' }),
    buyerReference: text(200)
      .optional()
      .meta({ description: 'Reference the buyer asked to see on the invoice (EN 16931 BT-10, e.g. a Leitweg-ID or cost centre).' }),
    vatExemptionReason: text(300)
      .optional()
      .meta({ description: 'Why lines in VAT category E are exempt, printed on the invoice; required when a line is E.' }),
    lineItems: z
      .array(LineItemInputSchema)
      .min(ORDER_LIMITS.minLineItems, { message: `must have at least ${ORDER_LIMITS.minLineItems} line item` })
      .max(ORDER_LIMITS.maxLineItems, { message: `must have at most ${ORDER_LIMITS.maxLineItems} line items` }),
  })
  .superRefine((order, ctx) => {
    const lines = taxedLinesOf(order);
    const reported = new Set<string>();
    lines.forEach((line, index) => {
      const problem = vatRateProblem(line.vatCategory, line.taxRateBps);
      if (!problem) return;
      // A rate the line inherits is the order's rate: reported once, on the order's field.
      const path = order.lineItems[index]!.taxRateBps === undefined ? ['taxRateBps'] : ['lineItems', index, 'taxRateBps'];
      if (reported.has(`${path.join('.')}:${problem}`)) return;
      reported.add(`${path.join('.')}:${problem}`);
      ctx.addIssue({ code: 'custom', path, message: problem });
    });
    if (lines.some((line) => line.vatCategory === 'E') && order.vatExemptionReason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['vatExemptionReason'], message: 'is required when a line has VAT category E (exempt)' });
    }
    if (lines.some((line) => line.vatCategory === 'AE') && order.customer.vatId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['customer', 'vatId'], message: 'is required when a line has VAT category AE (reverse charge)' });
    }
    try {
      computeTotals(lines);
    } catch (error) {
      if (!(error instanceof AmountOutOfRangeError)) throw error;
      ctx.addIssue({ code: 'custom', path: ['lineItems'], message: `order total must not exceed ${MAX_AMOUNT_MINOR} minor units` });
    }
  })
  .meta({ description: 'A checkout order. Amounts are integer minor units of `currency` (cents for EUR).' });

export type CreateOrderRequest = z.infer<typeof CreateOrderRequestSchema>;

/**
 * Each line with the VAT category and rate that apply to it: its own, else the order's rate
 * (default 0) and the category that rate implies (S above 0, else Z).
 */
export function taxedLinesOf<Line extends LineItemInput>(
  order: { taxRateBps?: number | undefined; lineItems: readonly Line[] },
): (Line & TaxedLineInput)[] {
  return order.lineItems.map((line) => {
    const rate = line.taxRateBps ?? order.taxRateBps ?? 0;
    return { ...line, taxRateBps: rate, vatCategory: line.vatCategory ?? defaultVatCategory(rate) };
  });
}
export type Customer = z.infer<typeof CustomerSchema>;
export type BillingAddress = z.infer<typeof BillingAddressSchema>;
export type LineItemInput = z.infer<typeof LineItemInputSchema>;

/** One validation problem: where (a JSON path such as `lineItems[3].quantity`) and which rule. */
export interface FieldError {
  path: string;
  message: string;
}

/** Turns zod issues into `{ path, message }` with paths written as a client would write them. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: formatFieldPath(issue.path), message: issue.message }));
}

/** A JSON path as a client writes it: `lineItems[3].quantity`; the empty string for the whole body. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}
