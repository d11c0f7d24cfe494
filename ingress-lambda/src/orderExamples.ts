import type { CreateOrderRequest } from '@checkout/domain';

const customer = {
  id: 'cust-1001',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  billingAddress: { line1: '12 Analytical Row', city: 'London', postalCode: 'N1 9GU', country: 'GB' },
};

/**
 * Request examples shown in OpenAPI (/docs); the ingress tests post each of them. Their SKUs are
 * in the demo catalog (local-stack/catalog/demo-products.json), and what they repeat of it matches.
 */
export const ORDER_EXAMPLES: Record<string, { summary: string; value: CreateOrderRequest }> = {
  fromCatalog: {
    summary: 'SKUs and quantities: description, price and VAT come from the catalog',
    value: {
      customer,
      currency: 'EUR',
      lineItems: [
        { sku: 'BOOK-002', quantity: 2 },
        { sku: 'MUG-002', quantity: 1 },
      ],
    },
  },
  oneRate: {
    summary: 'Catalog data repeated, which must match it: one VAT rate for every line (the order-level taxRateBps)',
    value: {
      customer,
      currency: 'EUR',
      taxRateBps: 1900,
      lineItems: [
        { sku: 'POSTER-7', description: 'Ada Lovelace portrait, A2 poster', quantity: 2, unitPriceMinor: 1999 },
        { sku: 'MUG-002', description: 'Difference Engine mug', quantity: 1, unitPriceMinor: 1250 },
      ],
    },
  },
  ratePerLine: {
    summary: 'Books at 7 %, a mug at the order\'s 19 %, an exempt course',
    value: {
      customer,
      currency: 'EUR',
      taxRateBps: 1900,
      vatExemptionReason: 'Educational services, § 4 Nr. 21 UStG',
      lineItems: [
        { sku: 'BOOK-002', description: 'Notes on the Analytical Engine', quantity: 2, unitPriceMinor: 1999, taxRateBps: 700 },
        { sku: 'MUG-002', description: 'Difference Engine mug', quantity: 1, unitPriceMinor: 1250 },
        { sku: 'COURSE-7', description: 'Evening course: Bernoulli numbers', quantity: 1, unitPriceMinor: 12000, vatCategory: 'E', taxRateBps: 0 },
      ],
    },
  },
  reverseCharge: {
    summary: 'B2B across an EU border: reverse charge, the buyer\'s VAT ID and reference',
    value: {
      customer: {
        ...customer,
        name: 'Analytical Engines SARL',
        vatId: 'FR40303265045',
        billingAddress: { line1: '3 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' },
      },
      buyerReference: 'PO-2026-0042',
      currency: 'EUR',
      lineItems: [{ sku: 'CONSULT-1', description: 'Consulting, one day', quantity: 2, unitPriceMinor: 80000, vatCategory: 'AE', taxRateBps: 0 }],
    },
  },
};
