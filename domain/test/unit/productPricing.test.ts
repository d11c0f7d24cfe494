import { CatalogMismatchError, newOrder, OrderValidationError, priceOrder, ProductInputSchema, skusOf, toFieldErrors, type Catalog, type CreateOrderRequest, type Product } from '../../src';
import { anOrderRequest } from '../support/anOrderRequest';

const product = (sku: string, overrides: Partial<Product> = {}): Product => ({
  sku,
  description: `The ${sku}`,
  unitPriceMinor: 1000,
  currency: 'EUR',
  vatCategory: 'S',
  taxRateBps: 1900,
  version: 1,
  updatedAt: '2026-05-01T10:00:00.000Z',
  ...overrides,
});
const catalogOf = (...products: Product[]): Catalog => new Map(products.map((p) => [p.sku, p]));
const { customer } = anOrderRequest();
const order = (lineItems: CreateOrderRequest['lineItems'], extra: Partial<CreateOrderRequest> = {}): CreateOrderRequest => ({ customer, currency: 'EUR', lineItems, ...extra });
const errorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogMismatchError || error instanceof OrderValidationError) return { kind: error.name, errors: error.errors };
    throw error;
  }
  return undefined;
};

describe('pricing an order from the catalog', () => {
  it('fills every line from the catalog and builds the order from it', () => {
    const catalog = catalogOf(product('A', { unitPriceMinor: 250, taxRateBps: 700 }), product('B', { vatCategory: 'Z', taxRateBps: 0 }));
    const priced = priceOrder(order([{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }]), catalog);
    expect(priced.lineItems).toEqual([
      { sku: 'A', description: 'The A', quantity: 2, unitPriceMinor: 250, vatCategory: 'S', taxRateBps: 700 },
      { sku: 'B', description: 'The B', quantity: 1, unitPriceMinor: 1000, vatCategory: 'Z', taxRateBps: 0 },
    ]);
    expect(newOrder(priced, new Date())).toMatchObject({ subtotalMinor: 1500, taxMinor: 35, totalMinor: 1535 });
  });

  it('accepts client-sent data that is exactly the catalog\'s, the order-level rate included', () => {
    const catalog = catalogOf(product('A'));
    const request = order([{ sku: 'A', quantity: 1, description: 'The A', unitPriceMinor: 1000, vatCategory: 'S' }], { taxRateBps: 1900 });
    expect(priceOrder(request, catalog).lineItems[0]).toMatchObject({ unitPriceMinor: 1000, taxRateBps: 1900 });
  });

  it('refuses a price of 1 cent for a product the catalog sells dearer, naming the line\'s field', () => {
    expect(errorsOf(() => priceOrder(order([{ sku: 'A', quantity: 1, unitPriceMinor: 1 }]), catalogOf(product('A'))))).toEqual({
      kind: 'CatalogMismatchError',
      errors: [{ path: 'lineItems[0].unitPriceMinor', message: 'must be 1000, the catalog price of A, or be left out' }],
    });
  });

  it('reports a currency mismatch once per catalog currency, and every unknown SKU', () => {
    const catalog = catalogOf(product('A', { currency: 'GBP' }), product('B', { currency: 'GBP' }));
    expect(errorsOf(() => priceOrder(order([{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }, { sku: 'C', quantity: 1 }]), catalog))?.errors).toEqual([
      { path: 'currency', message: 'must be GBP, the catalog currency of lineItems[0] (A)' },
      { path: 'lineItems[2].sku', message: 'is not a product of the catalog (GET /products lists them)' },
    ]);
  });

  it('runs the VAT rules on the catalog\'s categories: reverse charge needs the buyer\'s VAT ID', () => {
    const catalog = catalogOf(product('AE-1', { vatCategory: 'AE', taxRateBps: 0 }));
    expect(errorsOf(() => priceOrder(order([{ sku: 'AE-1', quantity: 1 }]), catalog))).toEqual({
      kind: 'OrderValidationError',
      errors: [{ path: 'customer.vatId', message: 'is required when a line has VAT category AE (reverse charge)' }],
    });
    expect(priceOrder(order([{ sku: 'AE-1', quantity: 1 }], { customer: { ...customer, vatId: 'FR40303265045' } }), catalog).lineItems).toHaveLength(1);
  });

  it('names each distinct SKU once, in order, for the catalog read', () => {
    expect(skusOf(order([{ sku: 'B', quantity: 1 }, { sku: 'A', quantity: 1 }, { sku: 'B', quantity: 3 }]))).toEqual(['B', 'A']);
  });
});

describe('a product as an administrator sets it', () => {
  const valid = { description: 'Pen', unitPriceMinor: 100, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900 };
  const errors = (body: unknown) => {
    const result = ProductInputSchema.safeParse(body);
    return result.success ? [] : toFieldErrors(result.error.issues);
  };

  it('needs a rate that fits the category, a real currency and a whole price', () => {
    expect(errors(valid)).toEqual([]);
    expect(errors({ ...valid, taxRateBps: 0 })).toEqual([{ path: 'taxRateBps', message: 'must be greater than 0 for VAT category S (standard rate)' }]);
    expect(errors({ ...valid, currency: 'XXX' })).toEqual([{ path: 'currency', message: 'must be an ISO 4217 currency code such as EUR or USD' }]);
    expect(errors({ ...valid, currency: 'BHD' })).toEqual([
      { path: 'currency', message: 'must be a currency with at most 2 decimal places: BHD has 3, and EN 16931 e-invoices carry amounts with at most 2 (BR-DEC)' },
    ]);
    expect(errors({ ...valid, unitPriceMinor: 1.5 })[0]?.path).toBe('unitPriceMinor');
    expect(errors({ ...valid, description: 'Pen\u202e' })[0]?.path).toBe('description');
  });
});
