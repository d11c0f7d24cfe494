import { CATALOG_LIMITS, ProductInputSchema } from '@checkout/domain';
import type { Env, Hono } from 'hono';
import type { OrdersApiDeps } from './acceptOrder';
import { ProductListQuerySchema, SkuParamSchema } from './requestSchemas';
import { valid } from './requestValidation';

/**
 * The catalog routes: `GET /products` and `GET /products/{sku}` for anyone, `PUT /products/{sku}`
 * behind `deps.catalogAdmin`, which the app runs before the body is read. Errors are thrown and
 * mapped to problem+json by the app (`problemFor`).
 */
export function registerCatalogRoutes<E extends Env>(app: Hono<E>, deps: Pick<OrdersApiDeps, 'products' | 'logger' | 'now'>): void {
  app.get('/products', valid('query', ProductListQuerySchema), async (c) => {
    const { limit = CATALOG_LIMITS.defaultPageSize, cursor } = c.req.valid('query');
    return c.json(await deps.products.listProducts({ limit, ...(cursor === undefined ? {} : { cursor }) }), 200);
  });

  app.get('/products/:sku', valid('param', SkuParamSchema), async (c) => c.json(await deps.products.requireProduct(c.req.valid('param').sku), 200));

  app.put('/products/:sku', valid('param', SkuParamSchema), valid('json', ProductInputSchema), async (c) => {
    const { sku } = c.req.valid('param');
    const { product, outcome } = await deps.products.putProduct(sku, c.req.valid('json'), deps.now());
    deps.logger.info(outcome === 'unchanged' ? 'product unchanged' : `product ${outcome}`, { sku, version: product.version });
    if (outcome === 'created') {
      c.header('Location', `/products/${sku}`);
      return c.json(product, 201);
    }
    return c.json(product, 200);
  });
}
