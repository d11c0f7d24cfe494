import { SCOPES } from '@checkout/aws-adapters';
import { serviceAuthorization, signedInCustomer } from '../../../local-stack/test/support/identity';
import { randomUUID } from 'node:crypto';
import { aCatalogFor } from '../../../domain/test/support/aCatalogFor';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { createOrdersApp, type OrdersApiDeps, type OrdersApp } from '../../src';
import { testOrdersApiDeps } from '../support/testOrdersApi';

let stage: TestStage;
let deps: OrdersApiDeps;
let app: OrdersApp;

beforeAll(async () => {
  stage = await createTestStage('catalog-api');
  [ADMIN, SHOP] = await Promise.all([serviceAuthorization([SCOPES.catalogAdmin]), serviceAuthorization([SCOPES.ordersRead, SCOPES.ordersWrite])]);
  await stage.products.seedProducts(aCatalogFor(anOrderRequest({ items: 3 })), new Date());
  deps = testOrdersApiDeps(stage);
  app = createOrdersApp(deps);
});
afterAll(() => stage.close());

/** The shop's token with the catalog's admin scope (and nothing else). */
let ADMIN: { authorization: string };
let SHOP: { authorization: string };
const aProductBody = (overrides: Record<string, unknown> = {}) => ({
  description: 'Fountain pen, steel nib',
  unitPriceMinor: 2500,
  currency: 'EUR',
  vatCategory: 'S',
  taxRateBps: 1900,
  ...overrides,
});
const putProduct = (sku: string, body: unknown, headers: Record<string, string> = ADMIN) =>
  app.request(`/products/${sku}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
/** Orders are placed with the shop's token (order scopes); the catalog's admin scope is not needed for that. */
const postOrder = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/orders', { method: 'POST', headers: { 'content-type': 'application/json', ...SHOP, ...headers }, body: JSON.stringify(body) });
const uniqueSku = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const customer = anOrderRequest().customer;

describe('GET /products', () => {
  it('pages through the whole catalog with an opaque cursor, each product once', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/products?limit=3';
    while (next) {
      const response: Response = await app.request(next);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { products: { sku: string }[]; nextCursor?: string };
      expect(page.products.length).toBeLessThanOrEqual(3);
      seen.push(...page.products.map((p) => p.sku));
      next = page.nextCursor ? `/products?limit=3&cursor=${encodeURIComponent(page.nextCursor)}` : undefined;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(['BOOK-001', 'MUG-42', 'SKU-1', 'SKU-3']));
  });

  it('is public and returns the catalog data an order takes', async () => {
    const response = await app.request('/products/BOOK-001');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      sku: 'BOOK-001',
      description: 'Domain-Driven Design (hardcover)',
      unitPriceMinor: 5499,
      currency: 'EUR',
      vatCategory: 'S',
      taxRateBps: 700,
      version: 1,
    });
  });

  it('names a bad limit or cursor, and answers 404 for an unknown SKU and 400 for a malformed one', async () => {
    const tooMany = await app.request('/products?limit=101');
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).errors).toEqual([{ path: 'limit', message: 'must be at most 100' }]);
    const zero = await (await app.request('/products?limit=0')).json();
    expect(zero.errors).toEqual([{ path: 'limit', message: 'must be at least 1' }]);
    const forged = await app.request(`/products?cursor=${Buffer.from('{"after":"../x"}').toString('base64url')}`);
    expect(forged.status).toBe(400);
    expect((await forged.json()).errors).toEqual([{ path: 'cursor', message: 'must be the nextCursor of a previous page' }]);

    const unknown = await app.request('/products/NO-SUCH-SKU');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(await unknown.json()).toMatchObject({ type: '/problems/product-not-found', status: 404 });
    const malformed = await app.request('/products/a%20b');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].path).toBe('sku');
  });
});

describe('PUT /products/{sku}', () => {
  it('creates a product (201, Location), replaces it (200, next version) and changes nothing for the same body', async () => {
    const sku = uniqueSku('PEN');
    const created = await putProduct(sku, aProductBody());
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/products/${sku}`);
    expect(await created.json()).toMatchObject({ sku, ...aProductBody(), version: 1 });

    const replaced = await putProduct(sku, aProductBody({ unitPriceMinor: 2700 }));
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toMatchObject({ unitPriceMinor: 2700, version: 2 });
    const same = await putProduct(sku, aProductBody({ unitPriceMinor: 2700 }));
    expect(same.status).toBe(200);
    expect(await same.json()).toMatchObject({ version: 2 });
    expect(await (await app.request(`/products/${sku}`)).json()).toMatchObject({ unitPriceMinor: 2700, version: 2 });
  });

  it('is refused with 401 problem+json without a valid token and 403 without the admin scope, before the body is read', async () => {
    const sku = uniqueSku('LOCKED');
    for (const headers of [{}, { authorization: 'Bearer someone-else' }] as Record<string, string>[]) {
      const response = await putProduct(sku, aProductBody(), headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    // The shop's token with the order scopes only, and a signed-up customer's: neither may change the catalog.
    for (const headers of [await serviceAuthorization([SCOPES.ordersRead, SCOPES.ordersWrite]), (await signedInCustomer()).authorization]) {
      const response = await putProduct(sku, aProductBody(), headers);
      expect(response.status).toBe(403);
      expect((await response.json()).errors).toEqual([{ path: 'authorization', message: `must grant one of: ${SCOPES.catalogAdmin}` }]);
    }
    // An invalid body gets the same 401: nothing about it is checked for a caller who may not change the catalog.
    expect((await putProduct(sku, '{"description":', {})).status).toBe(401);
    expect((await app.request(`/products/${sku}`)).status).toBe(404);
  });

  it('names every invalid field and the rule it breaks', async () => {
    const response = await putProduct(uniqueSku('BAD'), { description: ' ', unitPriceMinor: 19.99, currency: 'EURO', vatCategory: 'S', taxRateBps: 0, colour: 'red' });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.type).toBe('/problems/validation-error');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'description', message: 'must not be empty' },
        { path: 'unitPriceMinor', message: 'must be a whole number of minor units (cents), not a decimal' },
        { path: 'currency', message: 'must be an ISO 4217 currency code such as EUR or USD' },
        expect.objectContaining({ path: '', message: expect.stringMatching(/colour/) }),
      ]),
    );
    const rate = await (await putProduct(uniqueSku('BAD'), aProductBody({ vatCategory: 'E', taxRateBps: 700 }))).json();
    expect(rate.errors).toEqual([{ path: 'taxRateBps', message: 'must be 0 for VAT category E (exempt from VAT)' }]);
    const json = await putProduct(uniqueSku('BAD'), '{"description":"a","description":"b"}');
    expect(json.status).toBe(400);
    const kwd = uniqueSku('KWD');
    const threeDecimals = await (await putProduct(kwd, aProductBody({ currency: 'KWD' }))).json();
    expect(threeDecimals.errors).toEqual([
      { path: 'currency', message: 'must be a currency with at most 2 decimal places: KWD has 3, and EN 16931 e-invoices carry amounts with at most 2 (BR-DEC)' },
    ]);
    expect((await app.request(`/products/${kwd}`)).status).toBe(404);
  });

  it('is in the OpenAPI document with the list, the product and the admin security scheme', async () => {
    const doc = await (await app.request('/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/products', '/products/{sku}']));
    expect(doc.paths['/products/{sku}'].put.security).toEqual([{ bearer: [SCOPES.catalogAdmin] }]);
    expect(doc.paths['/products/{sku}'].get.security).toBeUndefined();
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(doc.paths['/products'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['cursor', 'limit']);
  });
});

describe('checkout prices from the catalog', () => {
  it('takes description, unit price and VAT from the catalog when the order names only SKUs and quantities', async () => {
    const response = await postOrder({ customer, currency: 'EUR', lineItems: [{ sku: 'BOOK-001', quantity: 2 }, { sku: 'MUG-42', quantity: 1 }] });
    expect(response.status).toBe(202);
    const { orderId } = await response.json();
    const order = await deps.store.requireOrder(orderId);
    expect(order.lineItems).toEqual([
      { sku: 'BOOK-001', description: 'Domain-Driven Design (hardcover)', quantity: 2, unitPriceMinor: 5499, lineTotalMinor: 10998, vatCategory: 'S', taxRateBps: 700 },
      { sku: 'MUG-42', description: 'Coffee mug <b>"bold"</b> & co', quantity: 1, unitPriceMinor: 1250, lineTotalMinor: 1250, vatCategory: 'S', taxRateBps: 1900 },
    ]);
    // 7 % of 109.98 = 7.70, 19 % of 12.50 = 2.38.
    expect(order).toMatchObject({ subtotalMinor: 12248, taxMinor: 770 + 238, totalMinor: 12248 + 1008 });
  });

  it('refuses a client-sent price, description or VAT that is not the catalog\'s, naming each field (422)', async () => {
    const response = await postOrder({
      customer,
      currency: 'EUR',
      taxRateBps: 2000,
      lineItems: [
        { sku: 'BOOK-001', quantity: 1, unitPriceMinor: 1 },
        { sku: 'MUG-42', quantity: 1, description: 'Coffee mug' },
        { sku: 'COURSE-7', quantity: 1, vatCategory: 'S', taxRateBps: 1900 },
      ],
      vatExemptionReason: 'Education',
    });
    expect(response.status).toBe(422);
    const problem = await response.json();
    expect(problem).toMatchObject({ type: '/problems/catalog-mismatch', status: 422 });
    expect(problem.errors).toEqual([
      { path: 'lineItems[0].unitPriceMinor', message: 'must be 5499, the catalog price of BOOK-001, or be left out' },
      { path: 'taxRateBps', message: 'must be 700, the catalog VAT rate of lineItems[0] (BOOK-001), or be left out (or lineItems[0] (BOOK-001) must state its own rate)' },
      { path: 'lineItems[1].description', message: 'must be the catalog\'s description of MUG-42, "Coffee mug <b>\\"bold\\"</b> & co", or be left out' },
      { path: 'taxRateBps', message: 'must be 1900, the catalog VAT rate of lineItems[1] (MUG-42), or be left out (or lineItems[1] (MUG-42) must state its own rate)' },
      { path: 'lineItems[2].vatCategory', message: 'must be E, the catalog VAT category of COURSE-7, or be left out' },
      { path: 'lineItems[2].taxRateBps', message: 'must be 0, the catalog VAT rate of COURSE-7, or be left out' },
    ]);
  });

  it('names an unknown SKU and a currency other than the catalog\'s', async () => {
    const unknown = await (await postOrder({ customer, currency: 'EUR', lineItems: [{ sku: 'BOOK-001', quantity: 1 }, { sku: 'NOT-SOLD-HERE', quantity: 1 }] })).json();
    expect(unknown).toMatchObject({ status: 422, errors: [{ path: 'lineItems[1].sku', message: 'is not a product of the catalog (GET /products lists them)' }] });
    const currency = await (await postOrder({ customer, currency: 'GBP', lineItems: [{ sku: 'BOOK-001', quantity: 1 }, { sku: 'ATLAS-UK', quantity: 1 }] })).json();
    expect(currency.errors).toEqual([{ path: 'currency', message: 'must be EUR, the catalog currency of lineItems[0] (BOOK-001)' }]);
  });

  it('applies the VAT rules to the catalog\'s categories: an exempt product needs the exemption reason (400)', async () => {
    const response = await postOrder({ customer, currency: 'EUR', lineItems: [{ sku: 'COURSE-7', quantity: 1 }] });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([{ path: 'vatExemptionReason', message: 'is required when a line has VAT category E (exempt)' }]);
  });

  it('keeps an accepted order at the price it was ordered at when the catalog changes, and a retry with its key replays it', async () => {
    const sku = uniqueSku('LAMP');
    await putProduct(sku, aProductBody({ description: 'Desk lamp', unitPriceMinor: 4000 }));
    const request = { customer, currency: 'EUR', lineItems: [{ sku, quantity: 1, unitPriceMinor: 4000 }] };
    const key = randomUUID();
    const first = await (await postOrder(request, { 'Idempotency-Key': key })).json();

    await putProduct(sku, aProductBody({ description: 'Desk lamp (new model)', unitPriceMinor: 4500 }));
    expect((await deps.store.requireOrder(first.orderId)).lineItems[0]).toMatchObject({ description: 'Desk lamp', unitPriceMinor: 4000 });

    // The same body and key: the order made first, though the catalog would now refuse 4000.
    const retry = await postOrder(request, { 'Idempotency-Key': key });
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await retry.json()).orderId).toBe(first.orderId);
    // Without the key it is a new request, priced now.
    expect((await postOrder(request)).status).toBe(422);
    const fresh = await (await postOrder({ ...request, lineItems: [{ sku, quantity: 1 }] })).json();
    expect((await deps.store.requireOrder(fresh.orderId)).lineItems[0]).toMatchObject({ description: 'Desk lamp (new model)', unitPriceMinor: 4500 });
  });

  it('reads one order\'s products with one BatchGetItem however many lines repeat them', async () => {
    let reads = 0;
    const counting = Object.create(stage.products) as typeof stage.products;
    counting.productsFor = async (skus) => {
      reads++;
      expect(skus).toEqual(['SKU-1', 'SKU-2']);
      return stage.products.productsFor(skus);
    };
    const counted = createOrdersApp({ ...deps, products: counting });
    const lines = Array.from({ length: 40 }, (_, i) => ({ sku: `SKU-${(i % 2) + 1}`, quantity: 1 }));
    const response = await counted.request('/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SHOP },
      body: JSON.stringify({ customer, currency: 'EUR', lineItems: lines }),
    });
    expect(response.status).toBe(202);
    expect(reads).toBe(1);
  });
});
