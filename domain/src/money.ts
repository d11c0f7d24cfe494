import { isoMinorUnitDigits } from './isoCodes';

/**
 * Money is an integer amount of minor units (cents, pence, yen) and an ISO 4217 currency
 * (`isCurrencyCode` in isoCodes.ts).
 * Floats never hold money here; arithmetic that could overflow is done in BigInt and checked.
 */

/** Largest amount, in minor units, any single figure on an order may reach (10^15 < 2^53). */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000_000;

const digitsByCurrency = new Map<string, number>();

/**
 * Number of minor-unit digits of a currency, as ISO 4217 defines them (the unit clients count
 * amounts in): 2 for EUR and HUF, 0 for JPY, 3 for KWD and IQD. Intl's digits are display
 * conventions and differ for 15 currencies (HUF, IDR, COP, IQD, ...), so they are only the
 * fallback for a code the ISO list lacks. Looked up once per currency. Throws RangeError for a code
 * neither knows.
 */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = isoMinorUnitDigits(currency) ?? new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * Formats minor units as `1,234.56 EUR` using only ASCII digits, commas and a full stop, so every
 * font can draw it (Intl may emit U+202F or U+00A0, which some fonts lack). No float is involved.
 */
export function formatMoney(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amount ${amountMinor} is not a safe integer`);
  const digits = minorUnitDigits(currency);
  const negative = amountMinor < 0;
  const raw = Math.abs(amountMinor).toString().padStart(digits + 1, '0');
  const whole = raw.slice(0, raw.length - digits);
  const fraction = raw.slice(raw.length - digits);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${digits > 0 ? `.${fraction}` : ''} ${currency}`;
}
