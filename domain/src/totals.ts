import { MAX_AMOUNT_MINOR } from './money';

/** A line as the customer sends it. */
export interface LineInput {
  quantity: number;
  unitPriceMinor: number;
}

export interface Totals {
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
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
 * Rounding rule: tax is computed once, on the subtotal (not per line), as
 * subtotal × rate / 10 000 rounded half up to the minor unit (amounts are never negative, so
 * half up and half away from zero agree). Total = subtotal + tax. All in integer arithmetic.
 */
export function taxMinor(subtotalMinor: number, taxRateBps: number): number {
  const product = BigInt(subtotalMinor) * BigInt(taxRateBps);
  const divisor = BigInt(BASIS_POINTS);
  const quotient = product / divisor;
  const remainder = product % divisor;
  return checked(remainder * 2n >= divisor ? quotient + 1n : quotient, 'tax');
}

/** Subtotal, tax and total of an order's lines. Throws AmountOutOfRangeError on overflow. */
export function computeTotals(lines: readonly LineInput[], taxRateBps: number): Totals {
  const subtotal = checked(
    lines.reduce((sum, line) => sum + BigInt(lineTotalMinor(line)), 0n),
    'subtotal',
  );
  const tax = taxMinor(subtotal, taxRateBps);
  return { subtotalMinor: subtotal, taxMinor: tax, totalMinor: checked(BigInt(subtotal) + BigInt(tax), 'total') };
}

function checked(value: bigint, what: string): number {
  if (value > BigInt(MAX_AMOUNT_MINOR)) {
    throw new AmountOutOfRangeError(`${what} exceeds the maximum of ${MAX_AMOUNT_MINOR} minor units`);
  }
  return Number(value);
}
