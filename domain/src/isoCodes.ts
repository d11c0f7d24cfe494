// The codes and digits only, generated from currency-codes and i18n-iso-countries (scripts/iso-tables.mjs):
// the packages carry every currency's name and countries, which no bundle needs.
import { ISO_3166_ALPHA2, ISO_4217_DIGITS, ISO_4217_PUBLISHED as PUBLISHED } from './isoTables';

/**
 * ISO 3166-1 alpha-2 country codes, from i18n-iso-countries, without XK: Kosovo's code is
 * user-assigned, not part of ISO 3166-1, and the EN 16931 country code list our invoice XML is
 * checked against names Kosovo `1A`, not `XK` (docs/decisions/edge-validation.md).
 */
const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_3166_ALPHA2.split(' ').filter((code) => code !== 'XK'));

/** True when `code` is an officially assigned ISO 3166-1 alpha-2 code, upper case (`DE`, not `de`, `ZZ` or `XK`). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && COUNTRY_CODES.has(code);
}

/**
 * Currency codes an order may use: ISO 4217 List One as published on `ISO_4217_PUBLISHED`
 * (currency-codes), less the codes that have no minor unit ("N.A." in the list: precious metals,
 * bond market and accounting units, XTS for testing, XXX for "no currency"), which cannot be
 * amounts in minor units on an invoice. Withdrawn codes (HRK, SLL, ZWL) are not in the list.
 */
const NO_MINOR_UNIT = new Set(['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);
const MINOR_UNIT_DIGITS: ReadonlyMap<string, number> = new Map(ISO_4217_DIGITS.split(' ').map((entry) => [entry.slice(0, 3), Number(entry.slice(3))]));
const CURRENCY_CODES: ReadonlySet<string> = new Set([...MINOR_UNIT_DIGITS.keys()].filter((code) => !NO_MINOR_UNIT.has(code)));

/** Publication date of the ISO 4217 list the currency check uses; a code ISO added later is refused until the package catches up. */
export const ISO_4217_PUBLISHED: string = PUBLISHED;

/** True when `code` is a current ISO 4217 currency code with minor units (`EUR`, `JPY`; not `eur`, `HRK` or `XAU`). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && CURRENCY_CODES.has(code);
}

/** Minor-unit digits of `code` in the ISO 4217 list, or undefined when the list does not have it. */
export function isoMinorUnitDigits(code: string): number | undefined {
  return MINOR_UNIT_DIGITS.get(code);
}
