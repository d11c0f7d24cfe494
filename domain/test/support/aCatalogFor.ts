import { taxedLinesOf, type PricedOrderRequest, type ProductSeed } from '../../src';

/**
 * The catalog products a priced request's lines are: its SKUs with their descriptions, prices and
 * VAT (a line's own rate, else the order's), in its currency. Seed a test stage's catalog with them
 * before posting the request to the API.
 */
export function aCatalogFor(request: PricedOrderRequest): ProductSeed[] {
  return taxedLinesOf(request).map((line) => ({
    sku: line.sku,
    description: line.description,
    unitPriceMinor: line.unitPriceMinor,
    currency: request.currency,
    vatCategory: line.vatCategory,
    taxRateBps: line.taxRateBps,
  }));
}
