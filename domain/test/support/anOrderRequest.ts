import type { PricedOrderRequest } from '../../src';

/**
 * A valid checkout request with every line priced; override any part. `items` makes that many
 * distinct lines. Posted to the API, its SKUs must be in the stage's catalog: `aCatalogFor`.
 */
export function anOrderRequest(overrides: Partial<PricedOrderRequest> & { items?: number } = {}): PricedOrderRequest {
  const { items = 2, ...rest } = overrides;
  return {
    customer: {
      id: 'cust-42',
      name: 'Łukasz Żółć',
      email: 'lukasz@example.com',
      billingAddress: { line1: 'ul. Długa 5', city: 'Gdańsk', postalCode: '80-831', country: 'PL' },
    },
    currency: 'EUR',
    taxRateBps: 2000,
    lineItems: Array.from({ length: items }, (_, i) => ({
      sku: `SKU-${i + 1}`,
      description: `Item number ${i + 1}`,
      quantity: i + 1,
      unitPriceMinor: 1999,
    })),
    ...rest,
  };
}
