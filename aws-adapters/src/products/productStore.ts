import { ProductNotFoundError, SkuSchema, type Product, type ProductInput, type ProductSeed } from '@checkout/domain';
import { isConditionFailure } from '../transport/awsErrors';
import type { DocumentTable } from '../transport/ports';
import { BATCH_GET_MAX_KEYS, PRODUCTS_TABLE_HASH_KEY } from './productTable';

export type PutProductOutcome = 'created' | 'replaced' | 'unchanged';

export interface ProductPage {
  products: Product[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** UnprocessedKeys of a BatchGetItem are asked for again this many times, backing off, before the read fails. */
const BATCH_GET_ATTEMPTS = 5;

/**
 * The catalog: one DynamoDB item per product, keyed by SKU (productTable.ts). Checkout reads the
 * products of an order with one strongly consistent BatchGetItem (per 100 SKUs), so a price set a
 * moment ago is the price an order gets; no write happens on the checkout path.
 */
export class ProductStore {
  constructor(
    private readonly db: DocumentTable,
    private readonly table: string,
  ) {}

  async getProduct(sku: string): Promise<Product | undefined> {
    const result = await this.db.get({ TableName: this.table, Key: { [PRODUCTS_TABLE_HASH_KEY]: sku }, ConsistentRead: true });
    return result.Item ? toProduct(result.Item) : undefined;
  }

  /** Throws ProductNotFoundError. */
  async requireProduct(sku: string): Promise<Product> {
    const product = await this.getProduct(sku);
    if (!product) throw new ProductNotFoundError(sku);
    return product;
  }

  /**
   * Creates or replaces a product. A change bumps `version` and `updatedAt`; the same content
   * again changes nothing (`unchanged`), so a retried PUT is harmless. One conditional UpdateItem:
   * two administrators racing each get a version of their own, and the last write stands.
   */
  async putProduct(sku: string, input: ProductInput, now: Date): Promise<{ product: Product; outcome: PutProductOutcome }> {
    const values = {
      ':description': input.description,
      ':unitPriceMinor': input.unitPriceMinor,
      ':currency': input.currency,
      ':vatCategory': input.vatCategory,
      ':taxRateBps': input.taxRateBps,
    };
    const fields = Object.keys(values).map((placeholder) => placeholder.slice(1));
    try {
      const result = await this.db.update({
        TableName: this.table,
        Key: { [PRODUCTS_TABLE_HASH_KEY]: sku },
        UpdateExpression: `SET ${fields.map((f) => `#${f} = :${f}`).join(', ')}, updatedAt = :now, createdAt = if_not_exists(createdAt, :now) ADD version :one`,
        ConditionExpression: `attribute_not_exists(#sku) OR ${fields.map((f) => `#${f} <> :${f}`).join(' OR ')}`,
        ExpressionAttributeNames: Object.fromEntries([['#sku', PRODUCTS_TABLE_HASH_KEY], ...fields.map((f) => [`#${f}`, f])]),
        ExpressionAttributeValues: { ...values, ':now': now.toISOString(), ':one': 1 },
        ReturnValues: 'ALL_NEW',
      });
      const product = toProduct(result.Attributes!);
      return { product, outcome: product.version === 1 ? 'created' : 'replaced' };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return { product: await this.requireProduct(sku), outcome: 'unchanged' };
    }
  }

  /**
   * A page of the catalog, in the table's order (stable, not alphabetical). `cursor` is a previous
   * page's `nextCursor`; check a client's with `isProductCursor` first.
   */
  async listProducts(page: { limit: number; cursor?: string }): Promise<ProductPage> {
    const result = await this.db.scan({
      TableName: this.table,
      Limit: page.limit,
      ...(page.cursor === undefined ? {} : { ExclusiveStartKey: { [PRODUCTS_TABLE_HASH_KEY]: decodeCursor(page.cursor) } }),
    });
    const lastSku = result.LastEvaluatedKey?.[PRODUCTS_TABLE_HASH_KEY] as string | undefined;
    return { products: (result.Items ?? []).map(toProduct), ...(lastSku === undefined ? {} : { nextCursor: encodeCursor(lastSku) }) };
  }

  /**
   * The products of `skus` that the catalog has, by SKU: one strongly consistent BatchGetItem per
   * 100 SKUs, sent at once; keys DynamoDB leaves unprocessed are asked for again with backoff.
   */
  async productsFor(skus: readonly string[]): Promise<Map<string, Product>> {
    const found = new Map<string, Product>();
    const chunks: string[][] = [];
    for (let i = 0; i < skus.length; i += BATCH_GET_MAX_KEYS) chunks.push(skus.slice(i, i + BATCH_GET_MAX_KEYS));
    await Promise.all(
      chunks.map(async (chunk) => {
        let keys: Record<string, unknown>[] = chunk.map((sku) => ({ [PRODUCTS_TABLE_HASH_KEY]: sku }));
        for (let attempt = 1; keys.length; attempt++) {
          if (attempt > BATCH_GET_ATTEMPTS) throw new Error(`the catalog left ${keys.length} SKUs unread after ${BATCH_GET_ATTEMPTS} attempts; retry`);
          if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
          const result = await this.db.batchGet({ RequestItems: { [this.table]: { Keys: keys, ConsistentRead: true } } });
          for (const item of result.Responses?.[this.table] ?? []) found.set(item[PRODUCTS_TABLE_HASH_KEY] as string, toProduct(item));
          keys = (result.UnprocessedKeys?.[this.table]?.Keys ?? []) as Record<string, unknown>[];
        }
      }),
    );
    return found;
  }

  /**
   * Adds the products of a seed that the catalog lacks, leaving the others as they are (an
   * administrator's change survives a restart). Safe to run on every start. Returns how many were added.
   */
  async seedProducts(seed: readonly ProductSeed[], now: Date): Promise<number> {
    const added = await Promise.all(
      seed.map(async ({ sku, ...input }) => {
        try {
          await this.db.put({
            TableName: this.table,
            Item: { [PRODUCTS_TABLE_HASH_KEY]: sku, ...input, version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() },
            ConditionExpression: 'attribute_not_exists(#sku)',
            ExpressionAttributeNames: { '#sku': PRODUCTS_TABLE_HASH_KEY },
          });
          return 1;
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          return 0;
        }
      }),
    );
    return added.reduce<number>((sum, n) => sum + n, 0);
  }
}

/** True for a cursor this store handed out (a client may send anything). */
export function isProductCursor(cursor: string): boolean {
  return decodeCursor(cursor) !== undefined;
}

function encodeCursor(sku: string): string {
  return Buffer.from(JSON.stringify({ after: sku })).toString('base64url');
}

function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    return SkuSchema.safeParse(value?.after).success ? (value.after as string) : undefined;
  } catch {
    return undefined;
  }
}

function toProduct(item: Record<string, unknown>): Product {
  return {
    sku: item.sku as string,
    description: item.description as string,
    unitPriceMinor: item.unitPriceMinor as number,
    currency: item.currency as string,
    vatCategory: item.vatCategory as Product['vatCategory'],
    taxRateBps: item.taxRateBps as number,
    version: item.version as number,
    updatedAt: item.updatedAt as string,
  };
}
