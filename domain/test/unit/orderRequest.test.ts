import { CreateOrderRequestSchema, newOrder, toFieldErrors } from '../../src';
import { anOrderRequest } from '../support/anOrderRequest';

const errorsOf = (body: unknown) => {
  const result = CreateOrderRequestSchema.safeParse(body);
  return result.success ? [] : toFieldErrors(result.error.issues);
};

describe('checkout request validation', () => {
  it('accepts a valid order and trims text', () => {
    const request = anOrderRequest();
    request.customer.name = '  Ærøskøbing Ltd  ';
    const parsed = CreateOrderRequestSchema.parse(request);
    expect(parsed.customer.name).toBe('Ærøskøbing Ltd');
  });

  it('names the path and rule of each broken field', () => {
    const request = anOrderRequest();
    expect(errorsOf({ ...request, taxRateBps: 20.5 })).toEqual([{ path: 'taxRateBps', message: 'must be a whole number of basis points (2000 = 20%)' }]);
    expect(errorsOf({ ...request, lineItems: [{ ...request.lineItems[0], sku: 'has space' }] })).toEqual([
      { path: 'lineItems[0].sku', message: 'must be 1-64 characters of letters, digits, ".", "_" or "-"' },
    ]);
    expect(errorsOf({ ...request, customer: { ...request.customer, billingAddress: { ...request.customer.billingAddress, country: 'Poland' } } })).toEqual([
      { path: 'customer.billingAddress.country', message: 'must be an ISO 3166-1 alpha-2 code such as DE or US' },
    ]);
  });

  it('names wrong types and unknown fields in zod\'s English, which zod/mini does not ship by itself (zodLocale.ts)', () => {
    const request = anOrderRequest();
    expect(errorsOf({ ...request, customer: { ...request.customer, id: 42 } })).toEqual([
      { path: 'customer.id', message: 'Invalid input: expected string, received number' },
    ]);
    expect(errorsOf({ ...request, coupon: 'FREE' })).toEqual([{ path: '', message: 'Unrecognized key: "coupon"' }]);
  });

  it('refuses control characters and line breaks, which would break the invoice and email headers', () => {
    for (const name of ['Eve\r\nBcc: all@example.com', 'Tab\there', 'Line\u2028sep']) {
      const request = anOrderRequest();
      request.customer.name = name;
      expect(errorsOf(request)).toEqual([{ path: 'customer.name', message: 'must not contain control characters or line breaks' }]);
    }
  });

  it('refuses bidi controls, invisible characters and text that is not Unicode in any text field, naming the field and code point', () => {
    const request = anOrderRequest();
    request.customer.name = 'Eve \u202Egnp.exe';
    request.customer.billingAddress.city = 'Gda\u200Bnsk';
    request.lineItems[1]!.description = 'Widget\ud800';
    expect(errorsOf(request)).toEqual([
      { path: 'customer.name', message: 'must not contain the bidi control U+202E (it reorders the text around it)' },
      { path: 'customer.billingAddress.city', message: 'must not contain the invisible character U+200B' },
      { path: 'lineItems[1].description', message: 'must not contain a lone surrogate (U+D800): it is not Unicode text' },
    ]);
  });

  it('checks country and currency against the ISO lists, not only their shape', () => {
    const request = anOrderRequest();
    const withCountry = (country: string) => ({ ...request, customer: { ...request.customer, billingAddress: { ...request.customer.billingAddress, country } } });
    expect(errorsOf(withCountry('ZZ'))).toEqual([{ path: 'customer.billingAddress.country', message: 'must be an ISO 3166-1 alpha-2 code such as DE or US' }]);
    expect(errorsOf(withCountry('XK'))).toHaveLength(1);
    expect(errorsOf(withCountry('GB'))).toEqual([]);
    expect(errorsOf({ ...request, currency: 'HRK' })).toEqual([{ path: 'currency', message: 'must be an ISO 4217 currency code such as EUR or USD' }]);
    expect(errorsOf({ ...request, currency: 'XAU' })).toHaveLength(1);
  });

  it('refuses a currency whose minor unit has more digits than an EN 16931 amount has decimals', () => {
    const request = anOrderRequest();
    expect(errorsOf({ ...request, currency: 'KWD' })).toEqual([
      { path: 'currency', message: 'must be a currency with at most 2 decimal places: KWD has 3, and EN 16931 e-invoices carry amounts with at most 2 (BR-DEC)' },
    ]);
    for (const currency of ['BHD', 'IQD', 'JOD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW']) expect(`${currency}: ${errorsOf({ ...request, currency }).length}`).toBe(`${currency}: 1`);
    for (const currency of ['EUR', 'JPY', 'HUF', 'XOF', 'CHF']) expect(`${currency}: ${errorsOf({ ...request, currency }).length}`).toBe(`${currency}: 0`);
  });

  it('builds a RECEIVED order with line totals, totals and the receive time', () => {
    const now = new Date('2026-01-02T03:04:05.000Z');
    const order = newOrder(anOrderRequest({ items: 2 }), now, '01JD3ZK7Q4T2M8X9V6B5N1C0R2');
    expect(order).toMatchObject({
      orderId: '01JD3ZK7Q4T2M8X9V6B5N1C0R2',
      status: 'RECEIVED',
      subtotalMinor: 5997,
      taxMinor: 1199,
      totalMinor: 7196,
      createdAt: '2026-01-02T03:04:05.000Z',
      statusTimestamps: { RECEIVED: '2026-01-02T03:04:05.000Z' },
    });
    expect(order.lineItems.map((l) => l.lineTotalMinor)).toEqual([1999, 3998]);
  });
});
