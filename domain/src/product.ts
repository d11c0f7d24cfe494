import * as z from 'zod/mini';
import { CurrencyCodeSchema, oneLineText, SkuSchema, TaxRateBpsSchema, UnitPriceMinorSchema, VatCategorySchema } from './orderRequest';
import { vatRateProblem } from './vat';
import './zodLocale';

/** Limits of the catalog's list (GET /products). */
export const CATALOG_LIMITS = {
  defaultPageSize: 50,
  maxPageSize: 100,
} as const;

/**
 * What an administrator sets on a product (the body of PUT /products/{sku}): the description the
 * invoice prints, the unit price in integer minor units of its currency, and the EN 16931 VAT
 * category and rate (a rate above 0 for S, 0 for Z, E and AE).
 */
export const ProductInputSchema = z
  .strictObject({
    description: oneLineText(500).check(z.meta({ description: 'Printed on the invoice line as it is here.' })),
    unitPriceMinor: UnitPriceMinorSchema.check(z.meta({ description: 'Net unit price in integer minor units of `currency` (cents for EUR).' })),
    currency: CurrencyCodeSchema,
    vatCategory: VatCategorySchema.check(z.meta({ description: 'EN 16931 VAT category: S standard rate, Z zero rated, E exempt, AE reverse charge.' })),
    taxRateBps: TaxRateBpsSchema.check(z.meta({ description: 'VAT rate in basis points (1900 = 19%): above 0 for S, 0 for Z, E and AE.' })),
  })
  .check(
    z.superRefine((product, ctx) => {
      const problem = vatRateProblem(product.vatCategory, product.taxRateBps);
      if (problem) ctx.addIssue({ code: 'custom', path: ['taxRateBps'], message: problem });
    }),
    z.meta({ description: 'A product of the catalog, as an administrator sets it.' }),
  );

export type ProductInput = z.infer<typeof ProductInputSchema>;

export const ProductSchema = z
  .object({
    sku: SkuSchema,
    description: z.string(),
    unitPriceMinor: z.int(),
    currency: z.string(),
    vatCategory: VatCategorySchema,
    taxRateBps: z.int(),
    version: z.int().check(z.minimum(1), z.meta({ description: 'Starts at 1 and grows by one with every change.' })),
    updatedAt: z.string().check(z.meta({ description: 'When it last changed (UTC ISO-8601).' })),
  })
  .check(z.meta({ description: 'A product of the catalog. Orders take its description, price and VAT at checkout and keep them.' }));

/** A product as stored: what an administrator set, its SKU, and which change of it this is. */
export type Product = z.infer<typeof ProductSchema>;

/** A product that may be listed in the seed file of a stage's catalog: its SKU and what an administrator would set. */
export const ProductSeedSchema = z.array(z.safeExtend(ProductInputSchema, { sku: SkuSchema }));
export type ProductSeed = z.infer<typeof ProductSeedSchema>[number];

/** True when `input` would change nothing on `product` (a PUT of the same body is a no-op). */
export function sameProduct(product: ProductInput, input: ProductInput): boolean {
  return (
    product.description === input.description &&
    product.unitPriceMinor === input.unitPriceMinor &&
    product.currency === input.currency &&
    product.vatCategory === input.vatCategory &&
    product.taxRateBps === input.taxRateBps
  );
}
