import { type ProductStore } from '@checkout/aws-adapters';
import { ProductSeedSchema, toFieldErrors, type ProductSeed } from '@checkout/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The demo catalog every local and test stage starts with: the SKUs of the request examples
 * (OpenAPI, docs/examples/order.json, Postman, README). From src/ (tests) and dist/ (npm start) alike.
 * The LocalStack hook seeds the same file.
 */
export const DEMO_CATALOG_PATH = join(__dirname, '..', 'catalog', 'demo-products.json');

/** The demo catalog's products, checked by the same schema as a PUT body; a bad file names the entry and field. */
export function loadDemoCatalog(path: string = DEMO_CATALOG_PATH): ProductSeed[] {
  const parsed = ProductSeedSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed.success) return parsed.data;
  throw new Error(`${path} is not a valid catalog: ${toFieldErrors(parsed.error.issues).map((e) => `[${e.path}] ${e.message}`).join('; ')}`);
}

/** Adds the demo products the catalog lacks; products already there (changed by an administrator) stay. Returns how many were added. */
export const seedDemoCatalog = (products: Pick<ProductStore, 'seedProducts'>, now: Date = new Date()): Promise<number> =>
  products.seedProducts(loadDemoCatalog(), now);
