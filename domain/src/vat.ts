/**
 * VAT categories of EN 16931 (UNTDID 5305 codes) that an order line may carry, and the rate rule of
 * each (BR-S-05, BR-Z-05, BR-E-05, BR-AE-05).
 */
export const VAT_CATEGORIES = ['S', 'Z', 'E', 'AE'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

export const VAT_CATEGORY_NAMES: Record<VatCategory, string> = {
  S: 'standard rate',
  Z: 'zero rated',
  E: 'exempt from VAT',
  AE: 'reverse charge',
};

/** The exemption reason EN 16931 asks for on a reverse-charge breakdown (BR-AE-10), with its VATEX code. */
export const REVERSE_CHARGE_REASON = { code: 'VATEX-EU-AE', text: 'Reverse charge' } as const;

export const isVatCategory = (value: unknown): value is VatCategory => (VAT_CATEGORIES as readonly unknown[]).includes(value);

/** A line whose category was not given: taxed lines are standard rated, untaxed lines zero rated. */
export function defaultVatCategory(taxRateBps: number): VatCategory {
  return taxRateBps > 0 ? 'S' : 'Z';
}

/** Why a rate is not allowed for a category, or undefined when it is. */
export function vatRateProblem(category: VatCategory, taxRateBps: number): string | undefined {
  if (category === 'S') return taxRateBps > 0 ? undefined : 'must be greater than 0 for VAT category S (standard rate)';
  return taxRateBps === 0 ? undefined : `must be 0 for VAT category ${category} (${VAT_CATEGORY_NAMES[category]})`;
}

/** Order of categories in a VAT breakdown; within a category, higher rates first. */
export const VAT_CATEGORY_ORDER: Record<VatCategory, number> = { S: 0, Z: 1, E: 2, AE: 3 };
