import { MAX_AMOUNT_MINOR } from './money';
import { VAT_CATEGORY_ORDER, type VatCategory } from './vat';

/** A line as the customer sends it. */
export interface LineInput {
  quantity: number;
  unitPriceMinor: number;
}

/** A line with the VAT category and rate that apply to it. */
export interface TaxedLineInput extends LineInput {
  vatCategory: VatCategory;
  taxRateBps: number;
}

/** One row of the VAT breakdown (EN 16931 BG-23): the lines of one category and rate, summed. */
export interface VatBreakdownEntry {
  vatCategory: VatCategory;
  taxRateBps: number;
  /** Sum of the net amounts of the lines in this category and rate (BT-116). */
  taxableMinor: number;
  /** taxable × rate, rounded once (BT-117). */
  taxMinor: number;
}

export interface Totals {
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  /** One entry per VAT category and rate on the order, in a fixed order (S, Z, E, AE; higher rates first). */
  vatBreakdown: VatBreakdownEntry[];
}

/** 100% expressed in basis points: a tax rate of 2000 is 20.00%. */
export const BASIS_POINTS = 10_000;

export class AmountOutOfRangeError extends RangeError {
  override readonly name = 'AmountOutOfRangeError';
}

/** quantity × unit price, exactly. Throws AmountOutOfRangeError past MAX_AMOUNT_MINOR. */
export function lineTotalMinor(line: LineInput): number {
  return checked(BigInt(line.quantity) * BigInt(line.unitPriceMinor), 'line total');
}

/**
 * Rounding rule: tax is computed once per VAT category and rate (not per line), as
 * taxable amount × rate / 10 000 rounded half up to the minor unit (amounts are never negative, so
 * half up and half away from zero agree), which is what EN 16931 BR-CO-17 checks. The order's tax
 * is the sum of those, and total = subtotal + tax. All in integer arithmetic.
 */
export function taxMinor(subtotalMinor: number, taxRateBps: number): number {
  const product = BigInt(subtotalMinor) * BigInt(taxRateBps);
  const divisor = BigInt(BASIS_POINTS);
  const quotient = product / divisor;
  const remainder = product % divisor;
  return checked(remainder * 2n >= divisor ? quotient + 1n : quotient, 'tax');
}

/**
 * Subtotal, VAT breakdown, tax and total of an order's lines, each line taxed at its own category
 * and rate. Throws AmountOutOfRangeError on overflow.
 */
export function computeTotals(lines: readonly TaxedLineInput[]): Totals {
  const groups = new Map<string, { vatCategory: VatCategory; taxRateBps: number; taxable: bigint }>();
  let subtotal = 0n;
  for (const line of lines) {
    const net = BigInt(lineTotalMinor(line));
    subtotal += net;
    const key = `${line.vatCategory}:${line.taxRateBps}`;
    const group = groups.get(key);
    if (group) group.taxable += net;
    else groups.set(key, { vatCategory: line.vatCategory, taxRateBps: line.taxRateBps, taxable: net });
  }
  const subtotalMinor = checked(subtotal, 'subtotal');
  const vatBreakdown = [...groups.values()]
    .sort((a, b) => VAT_CATEGORY_ORDER[a.vatCategory] - VAT_CATEGORY_ORDER[b.vatCategory] || b.taxRateBps - a.taxRateBps)
    .map((group) => {
      const taxableMinor = checked(group.taxable, 'taxable amount');
      return { vatCategory: group.vatCategory, taxRateBps: group.taxRateBps, taxableMinor, taxMinor: taxMinor(taxableMinor, group.taxRateBps) };
    });
  const tax = checked(
    vatBreakdown.reduce((sum, entry) => sum + BigInt(entry.taxMinor), 0n),
    'tax',
  );
  return { subtotalMinor, taxMinor: tax, totalMinor: checked(subtotal + BigInt(tax), 'total'), vatBreakdown };
}

function checked(value: bigint, what: string): number {
  if (value > BigInt(MAX_AMOUNT_MINOR)) {
    throw new AmountOutOfRangeError(`${what} exceeds the maximum of ${MAX_AMOUNT_MINOR} minor units`);
  }
  return Number(value);
}
