import { ProductNotFoundError, type ProductSeed } from '@checkout/domain';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { isProductCursor, ProductStore } from '../../src';
import { DOCUMENT_TRANSPORTS } from '../support/transports';

let stage: TestStage;
let store: ProductStore;

const aProduct = (sku: string, overrides: Partial<ProductSeed> = {}): ProductSeed => ({
  sku,
  description: `Product ${sku}`,
  unitPriceMinor: 1000,
  currency: 'EUR',
  vatCategory: 'S',
  taxRateBps: 1900,
  ...overrides,
});
const inputOf = ({ sku: _sku, ...input }: ProductSeed) => input;

describe.each(DOCUMENT_TRANSPORTS)('ProductStore on DynamoDB Local, through %s', (_transport, documentsOf) => {
  // A stage per transport: the tests use fixed SKUs.
  beforeAll(async () => {
    stage = await createTestStage('products');
    store = new ProductStore(documentsOf(stage), stage.resources.productsTable);
  });
  afterAll(() => stage.close());

  it('creates a product at version 1, bumps the version on a change and leaves it alone when the same content comes again', async () => {
    const t0 = new Date('2026-05-01T10:00:00.000Z');
    const created = await store.putProduct('PEN-1', inputOf(aProduct('PEN-1')), t0);
    expect(created).toEqual({ outcome: 'created', product: { ...aProduct('PEN-1'), version: 1, updatedAt: t0.toISOString() } });

    const t1 = new Date('2026-05-02T10:00:00.000Z');
    const changed = await store.putProduct('PEN-1', inputOf(aProduct('PEN-1', { unitPriceMinor: 1200 })), t1);
    expect(changed).toMatchObject({ outcome: 'replaced', product: { unitPriceMinor: 1200, version: 2, updatedAt: t1.toISOString() } });

    const again = await store.putProduct('PEN-1', inputOf(aProduct('PEN-1', { unitPriceMinor: 1200 })), new Date('2026-05-03T10:00:00.000Z'));
    expect(again).toEqual({ outcome: 'unchanged', product: changed.product });
    expect(await store.getProduct('PEN-1')).toEqual(changed.product);
  });

  it('gives two racing changes a version each; the last write stands', async () => {
    await store.putProduct('RACE-1', inputOf(aProduct('RACE-1')), new Date());
    const results = await Promise.all([
      store.putProduct('RACE-1', inputOf(aProduct('RACE-1', { unitPriceMinor: 1 })), new Date()),
      store.putProduct('RACE-1', inputOf(aProduct('RACE-1', { unitPriceMinor: 2 })), new Date()),
    ]);
    expect(results.map((r) => r.product.version).sort()).toEqual([2, 3]);
    const last = results.find((r) => r.product.version === 3)!;
    expect(await store.getProduct('RACE-1')).toEqual(last.product);
  });

  it('throws ProductNotFoundError for an unknown SKU', async () => {
    await expect(store.requireProduct('NOPE-404')).rejects.toBeInstanceOf(ProductNotFoundError);
  });

  it('reads the products of an order in one go, more than one BatchGetItem holds, and leaves unknown SKUs out', async () => {
    const skus = Array.from({ length: 230 }, (_, i) => `BULK-${i}`);
    await store.seedProducts(skus.map((sku) => aProduct(sku)), new Date());
    const found = await store.productsFor([...skus, 'UNKNOWN-1', 'UNKNOWN-2']);
    expect(found.size).toBe(230);
    expect([...found.keys()].sort()).toEqual([...skus].sort());
    expect(found.get('BULK-7')).toMatchObject({ sku: 'BULK-7', unitPriceMinor: 1000, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900 });
    expect((await store.productsFor([])).size).toBe(0);
  });

  it('seeds only the products it lacks: a changed product keeps its change', async () => {
    await store.putProduct('SEED-1', inputOf(aProduct('SEED-1', { unitPriceMinor: 5 })), new Date());
    const added = await store.seedProducts([aProduct('SEED-1'), aProduct('SEED-2')], new Date());
    expect(added).toBe(1);
    expect(await store.getProduct('SEED-1')).toMatchObject({ unitPriceMinor: 5, version: 1 });
    expect(await store.seedProducts([aProduct('SEED-1'), aProduct('SEED-2')], new Date())).toBe(0);
  });

  it('lists the whole catalog page by page, each product once, with an opaque cursor', async () => {
    const own = await createTestStage('products-list');
    try {
      const catalog = new ProductStore(documentsOf(own), own.resources.productsTable);
      await catalog.seedProducts(Array.from({ length: 23 }, (_, i) => aProduct(`LIST-${i}`)), new Date());
      const total = (await catalog.listProducts({ limit: 100 })).products.length; // the demo catalog and these
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await catalog.listProducts({ limit: 5, ...(cursor === undefined ? {} : { cursor }) });
        expect(page.products.length).toBeLessThanOrEqual(5);
        seen.push(...page.products.map((p) => p.sku));
        cursor = page.nextCursor;
        if (cursor !== undefined) expect(isProductCursor(cursor)).toBe(true);
        pages++;
      } while (cursor !== undefined);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen).toEqual(expect.arrayContaining(['LIST-0', 'LIST-22', 'BOOK-001']));
      expect(pages).toBeGreaterThanOrEqual(Math.ceil(total / 5));
    } finally {
      own.close();
    }
  });

  it('recognises only its own cursors', () => {
    expect(isProductCursor('not a cursor')).toBe(false);
    expect(isProductCursor(Buffer.from('{"after":"../etc"}').toString('base64url'))).toBe(false);
    expect(isProductCursor(Buffer.from('[1]').toString('base64url'))).toBe(false);
    expect(isProductCursor(Buffer.from('{"after":"BOOK-001"}').toString('base64url'))).toBe(true);
  });
});
