import { CreateOrderRequestSchema, newOrder, toFieldErrors, type PricedOrderRequest } from '../../src';
import { anOrderRequest } from '../support/anOrderRequest';

const errorsOf = (body: unknown) => {
  const result = CreateOrderRequestSchema.safeParse(body);
  return result.success ? [] : toFieldErrors(result.error.issues);
};

const line = (sku: string, unitPriceMinor: number, extra: object = {}) => ({ sku, description: sku, quantity: 1, unitPriceMinor, ...extra });

describe('VAT per line at checkout', () => {
  it('keeps one order-level rate working: every line is standard rated at it', () => {
    const order = newOrder(CreateOrderRequestSchema.parse({ ...anOrderRequest(), taxRateBps: 1900 }) as PricedOrderRequest, new Date());

    expect(order.lineItems.every((item) => item.vatCategory === 'S' && item.taxRateBps === 1900)).toBe(true);
    expect(order.vatBreakdown).toHaveLength(1);
  });

  it('taxes books at 7% and mugs at 19% on one order, with one breakdown row per rate', () => {
    const request = { ...anOrderRequest(), taxRateBps: 1900, lineItems: [line('BOOK', 2000, { taxRateBps: 700 }), line('MUG', 1000)] };

    const order = newOrder(CreateOrderRequestSchema.parse(request) as PricedOrderRequest, new Date());

    expect(order.vatBreakdown).toEqual([
      { vatCategory: 'S', taxRateBps: 1900, taxableMinor: 1000, taxMinor: 190 },
      { vatCategory: 'S', taxRateBps: 700, taxableMinor: 2000, taxMinor: 140 },
    ]);
    expect(order).toMatchObject({ subtotalMinor: 3000, taxMinor: 330, totalMinor: 3330 });
  });

  it('makes an untaxed line zero rated (Z) unless it says otherwise', () => {
    const order = newOrder(CreateOrderRequestSchema.parse({ ...anOrderRequest(), taxRateBps: undefined }) as PricedOrderRequest, new Date());

    expect(order.vatBreakdown.map((entry) => entry.vatCategory)).toEqual(['Z']);
  });

  it('refuses a rate that contradicts the category, naming the line (BR-S-05, BR-Z-05, BR-E-05, BR-AE-05)', () => {
    const request = anOrderRequest();
    const lineItems = [line('A', 100, { vatCategory: 'S', taxRateBps: 0 }), line('B', 100, { vatCategory: 'Z', taxRateBps: 700 })];

    expect(errorsOf({ ...request, lineItems })).toEqual([
      { path: 'lineItems[0].taxRateBps', message: 'must be greater than 0 for VAT category S (standard rate)' },
      { path: 'lineItems[1].taxRateBps', message: 'must be 0 for VAT category Z (zero rated)' },
    ]);
  });

  it('reports a contradicting order-level rate once, on the order field', () => {
    const request = { ...anOrderRequest(), taxRateBps: 1900, lineItems: [line('A', 100, { vatCategory: 'E' }), line('B', 100, { vatCategory: 'E' })], vatExemptionReason: 'x' };

    expect(errorsOf(request)).toEqual([{ path: 'taxRateBps', message: 'must be 0 for VAT category E (exempt from VAT)' }]);
  });

  it('needs an exemption reason for exempt lines and the buyer\'s VAT ID for reverse-charged ones', () => {
    const request = { ...anOrderRequest(), taxRateBps: 0, lineItems: [line('A', 100, { vatCategory: 'E' }), line('B', 100, { vatCategory: 'AE' })] };

    expect(errorsOf(request)).toEqual([
      { path: 'vatExemptionReason', message: 'is required when a line has VAT category E (exempt)' },
      { path: 'customer.vatId', message: 'is required when a line has VAT category AE (reverse charge)' },
    ]);
    expect(errorsOf({ ...request, vatExemptionReason: 'Medical care', customer: { ...request.customer, vatId: 'FR40303265045' } })).toEqual([]);
  });

  it('refuses an unknown category and a malformed VAT ID', () => {
    const request = anOrderRequest();

    expect(errorsOf({ ...request, lineItems: [line('A', 100, { vatCategory: 'X' })] })).toEqual([{ path: 'lineItems[0].vatCategory', message: 'must be one of S, Z, E, AE' }]);
    expect(errorsOf({ ...request, customer: { ...request.customer, vatId: 'not a vat id' } })[0]?.path).toBe('customer.vatId');
  });
});
