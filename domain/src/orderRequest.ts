import * as z from 'zod/mini';
import './zodLocale';
import { customerTextProblem } from './customerText';
import { isCountryCode, isCurrencyCode, isoMinorUnitDigits } from './isoCodes';
import { MAX_AMOUNT_MINOR } from './money';
import { AmountOutOfRangeError, BASIS_POINTS, computeTotals, type TaxedLineInput } from './totals';
import { defaultVatCategory, VAT_CATEGORIES, type VatCategory, vatRateProblem } from './vat';

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
  z.string().check(
    z.trim(),
    z.minLength(min, { message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` }),
    z.maxLength(max, { message: `must be at most ${max} characters` }),
    // One line on the invoice and in the email, shown as typed: no control characters or line
    // breaks, no bidi controls or invisible characters, well-formed Unicode (customerText.ts).
    z.superRefine((value, ctx) => {
      const problem = customerTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );

/** A trimmed one-line text of at most `max` characters (no control characters or line breaks). */
export const oneLineText = text;

export const BillingAddressSchema = z
  .strictObject({
    line1: text(200),
    line2: z.optional(text(200)),
    city: text(100),
    postalCode: text(20),
    region: z.optional(text(100)),
    country: z.string().check(
      z.regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as DE or US', abort: true }),
      z.refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 code such as DE or US' }),
      z.meta({ description: 'ISO 3166-1 alpha-2, upper case; officially assigned codes only (not XK or ZZ).' }),
    ),
  })
  .check(z.meta({ description: 'Where the invoice is addressed.' }));

export const CustomerSchema = z
  .strictObject({
    id: text(64),
    name: text(200),
    email: z.email({ message: 'must be an email address' }).check(z.maxLength(254, { message: 'must be at most 254 characters' })),
    billingAddress: BillingAddressSchema,
    vatId: z
      .optional(
        z.string().check(
          z.regex(/^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$/, {
            message: 'must be a VAT identification number: a two-letter country prefix and 2-13 letters or digits, such as DE123456789',
          }),
        ),
      )
      .check(z.meta({ description: 'The buyer\'s VAT identification number (B2B); required when a line is reverse charged (AE).' })),
  })
  .check(z.meta({ description: 'The customer who pays; the invoice is emailed to `email`.' }));

const taxRateBps = () =>
  z
    .number({ message: 'must be a number' })
    .check(
      z.int({ message: 'must be a whole number of basis points (2000 = 20%)' }),
      z.minimum(0, { message: 'must not be negative' }),
      z.maximum(ORDER_LIMITS.maxTaxRateBps, { message: `must be at most ${ORDER_LIMITS.maxTaxRateBps} (100%)` }),
    );

export const SKU_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const SKU_RULE = 'must be 1-64 characters of letters, digits, ".", "_" or "-"';

/** A catalog product's stock-keeping unit, as products are stored and as order lines name them. */
export const SkuSchema = z.string().check(z.regex(SKU_PATTERN, { message: SKU_RULE }));

/**
 * Decimals an EN 16931 invoice gives an amount (BR-DEC-09 to -23): at most two. A currency whose
 * minor unit has more digits (KWD, BHD, JOD, OMR, TND, LYD, IQD: 3; CLF, UYW: 4) cannot be invoiced
 * exactly, so orders and catalog prices in one are refused (docs/decisions/e-invoicing.md).
 */
export const MAX_INVOICE_DECIMALS = 2;

/** Why a well-formed ISO 4217 code cannot be invoiced, or undefined. */
export function invoiceCurrencyProblem(code: string): string | undefined {
  const digits = isoMinorUnitDigits(code);
  if (digits === undefined || digits <= MAX_INVOICE_DECIMALS) return undefined;
  return `must be a currency with at most ${MAX_INVOICE_DECIMALS} decimal places: ${code} has ${digits}, and EN 16931 e-invoices carry amounts with at most ${MAX_INVOICE_DECIMALS} (BR-DEC)`;
}

/** An ISO 4217 code with minor units, checked against the list (isoCodes.ts), that an e-invoice can carry. */
export const CurrencyCodeSchema = z.string().check(
  z.regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as EUR or USD', abort: true }),
  z.refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code such as EUR or USD', abort: true }),
  z.superRefine((code, ctx) => {
    const problem = invoiceCurrencyProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  z.meta({
    description:
      'A current ISO 4217 code with minor units (not XAU, XXX or a withdrawn code such as HRK) of at most two digits: EN 16931 invoices carry amounts with at most two decimals, so KWD, BHD and the other three-digit currencies are refused.',
  }),
);

export const UnitPriceMinorSchema = z
  .number({ message: 'must be a number' })
  .check(
    z.int({ message: 'must be a whole number of minor units (cents), not a decimal' }),
    z.minimum(0, { message: 'must not be negative' }),
    z.maximum(ORDER_LIMITS.maxUnitPriceMinor, { message: `must be at most ${ORDER_LIMITS.maxUnitPriceMinor}` }),
  );

export const VatCategorySchema = z.enum(VAT_CATEGORIES, { message: `must be one of ${VAT_CATEGORIES.join(', ')}` });

/** A VAT rate in basis points (700 = 7%). */
export const TaxRateBpsSchema = taxRateBps();

export const LineItemInputSchema = z.strictObject({
  sku: SkuSchema.check(z.meta({ description: 'A product of the catalog (GET /products).' })),
  description: z
    .optional(text(500))
    .check(z.meta({ description: 'Optional: the catalog\'s description is used. If sent, it must be the catalog\'s exactly.' })),
  quantity: z
    .number({ message: 'must be a number' })
    .check(
      z.int({ message: 'must be a whole number' }),
      z.minimum(1, { message: 'must be at least 1' }),
      z.maximum(ORDER_LIMITS.maxQuantity, { message: `must be at most ${ORDER_LIMITS.maxQuantity}` }),
    ),
  unitPriceMinor: z.optional(UnitPriceMinorSchema).check(
    z.meta({
      description: 'Optional: the catalog\'s price is used. If sent, it must be the catalog\'s price exactly (minor units of `currency`).',
    }),
  ),
  taxRateBps: z
    .optional(taxRateBps())
    .check(z.meta({ description: 'Optional: the catalog\'s rate is used. If sent (here, or inherited from the order\'s `taxRateBps`), it must be the catalog\'s.' })),
  vatCategory: z.optional(VatCategorySchema).check(
    z.meta({
      description:
        'EN 16931 VAT category: S standard rate (rate > 0), Z zero rated, E exempt, AE reverse charge (rate 0 for Z, E, AE). ' +
        'Optional: the catalog\'s category is used. If sent, it must be the catalog\'s.',
    }),
  ),
});

export const CreateOrderRequestSchema = z
  .strictObject({
    customer: CustomerSchema,
    currency: CurrencyCodeSchema.check(z.meta({ description: 'The currency of the catalog prices of the lines (ISO 4217).' })),
    taxRateBps: z
      .optional(taxRateBps())
      .check(z.meta({ description: 'Optional: the VAT rate (basis points) the client expects for lines that do not state their own; if sent, it must be the catalog\'s rate of each such line.' })),
    buyerReference: z
      .optional(text(200))
      .check(z.meta({ description: 'Reference the buyer asked to see on the invoice (EN 16931 BT-10, e.g. a Leitweg-ID or cost centre).' })),
    vatExemptionReason: z
      .optional(text(300))
      .check(z.meta({ description: 'Why lines in VAT category E are exempt, printed on the invoice; required when a line is E.' })),
    lineItems: z
      .array(LineItemInputSchema)
      .check(
        z.minLength(ORDER_LIMITS.minLineItems, { message: `must have at least ${ORDER_LIMITS.minLineItems} line item` }),
        z.maxLength(ORDER_LIMITS.maxLineItems, { message: `must have at most ${ORDER_LIMITS.maxLineItems} line items` }),
      ),
  })
  .check(
    z.superRefine((order, ctx) => {
      // What the request states; the catalog fills in the rest and the same rules run on the priced order (productPricing.ts).
      for (const issue of orderRuleIssues(order)) ctx.addIssue({ code: 'custom', ...issue });
    }),
    z.meta({
      description:
        'A checkout order: SKUs of the catalog and quantities. Description, unit price and VAT come from the catalog at order time; ' +
        'a line may repeat them, and then they must match the catalog exactly. Amounts are integer minor units of `currency` (cents for EUR).',
    }),
  );

/** A checkout request as a client sends it: lines name catalog SKUs, and may repeat catalog data. */
export type CreateOrderRequest = z.infer<typeof CreateOrderRequestSchema>;

/** A line with its description and price known (from the catalog, or in tests built directly). */
export type PricedLineInput = LineItemInput & { description: string; unitPriceMinor: number };

/** A request whose lines all carry description and price: what `newOrder` builds an order from. */
export type PricedOrderRequest = Omit<CreateOrderRequest, 'lineItems'> & { lineItems: PricedLineInput[] };

type StatedLine = Pick<LineItemInput, 'quantity' | 'taxRateBps' | 'vatCategory'> & { unitPriceMinor?: number | undefined };

/**
 * The VAT and total rules of an order, on what it states: a rate that contradicts its category
 * (BR-S-05, BR-Z-05, BR-E-05, BR-AE-05), an exempt line without `vatExemptionReason`, a
 * reverse-charged one without the buyer's VAT ID, a total above MAX_AMOUNT_MINOR. A line that
 * states no rate (neither its own nor the order's) and no category, or no price, is left to the
 * catalog: the same rules run again on the priced order, where every line states everything.
 */
export function orderRuleIssues(order: {
  customer: Pick<Customer, 'vatId'>;
  taxRateBps?: number | undefined;
  vatExemptionReason?: string | undefined;
  lineItems: readonly StatedLine[];
}): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const reported = new Set<string>();
  const categories = new Set<VatCategory>();
  order.lineItems.forEach((line, index) => {
    const rate = line.taxRateBps ?? order.taxRateBps;
    const category = line.vatCategory ?? (rate === undefined ? undefined : defaultVatCategory(rate));
    if (category) categories.add(category);
    if (category === undefined || rate === undefined) return;
    const problem = vatRateProblem(category, rate);
    if (!problem) return;
    // A rate the line inherits is the order's rate: reported once, on the order's field.
    const path = line.taxRateBps === undefined ? ['taxRateBps'] : ['lineItems', index, 'taxRateBps'];
    if (reported.has(`${path.join('.')}:${problem}`)) return;
    reported.add(`${path.join('.')}:${problem}`);
    issues.push({ path, message: problem });
  });
  if (categories.has('E') && order.vatExemptionReason === undefined) {
    issues.push({ path: ['vatExemptionReason'], message: 'is required when a line has VAT category E (exempt)' });
  }
  if (categories.has('AE') && order.customer.vatId === undefined) {
    issues.push({ path: ['customer', 'vatId'], message: 'is required when a line has VAT category AE (reverse charge)' });
  }
  if (order.lineItems.every((line) => line.unitPriceMinor !== undefined)) {
    try {
      computeTotals(
        order.lineItems.map((line) => {
          const rate = line.taxRateBps ?? order.taxRateBps ?? 0;
          return { quantity: line.quantity, unitPriceMinor: line.unitPriceMinor!, taxRateBps: rate, vatCategory: line.vatCategory ?? defaultVatCategory(rate) };
        }),
      );
    } catch (error) {
      if (!(error instanceof AmountOutOfRangeError)) throw error;
      issues.push({ path: ['lineItems'], message: `order total must not exceed ${MAX_AMOUNT_MINOR} minor units` });
    }
  }
  return issues;
}

/**
 * Each line with the VAT category and rate that apply to it: its own, else the order's rate
 * (default 0) and the category that rate implies (S above 0, else Z).
 */
export function taxedLinesOf<Line extends PricedLineInput>(
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
