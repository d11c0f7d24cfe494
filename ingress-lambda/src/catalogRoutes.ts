import { isProductCursor, SCOPES } from '@checkout/aws-adapters';
import { CATALOG_LIMITS, ProductInputSchema, ProductSchema, SKU_PATTERN, SKU_RULE } from '@checkout/domain';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { OrdersApiDeps } from './acceptOrder';
import { ProblemSchema } from './orderViews';
import { PROBLEM_CONTENT_TYPE } from './problems';

const problemResponse = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } });

const SkuParamSchema = z.object({
  sku: z.string().regex(SKU_PATTERN, { message: SKU_RULE }).openapi({ param: { name: 'sku', in: 'path' }, example: 'BOOK-001' }),
});

const ProductListQuerySchema = z.object({
  limit: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(CATALOG_LIMITS.maxPageSize, { message: `must be at most ${CATALOG_LIMITS.maxPageSize}` })
    .optional()
    .openapi({ param: { name: 'limit', in: 'query' }, description: `Products per page (default ${CATALOG_LIMITS.defaultPageSize}).`, example: 20 }),
  cursor: z
    .string()
    .refine(isProductCursor, { message: 'must be the nextCursor of a previous page' })
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'The `nextCursor` of the previous page; opaque.' }),
});

const ProductPageSchema = z
  .object({
    products: z.array(ProductSchema),
    nextCursor: z.string().optional().openapi({ description: 'Pass as `cursor` for the next page; absent on the last page.' }),
  })
  .openapi('ProductPage');

const listProductsRoute = createRoute({
  method: 'get',
  path: '/products',
  summary: 'The catalog, a page at a time (public)',
  description: 'In the catalog\'s own stable order (not alphabetical). Follow `nextCursor` until it is absent.',
  request: { query: ProductListQuerySchema },
  responses: {
    200: { description: 'A page of products.', content: { 'application/json': { schema: ProductPageSchema } } },
    400: problemResponse('Invalid `limit` or `cursor`.'),
  },
});

const getProductRoute = createRoute({
  method: 'get',
  path: '/products/{sku}',
  summary: 'One product (public)',
  request: { params: SkuParamSchema },
  responses: {
    200: { description: 'The product.', content: { 'application/json': { schema: ProductSchema } } },
    400: problemResponse('Malformed SKU.'),
    404: problemResponse('No such product.'),
  },
});

const putProductRoute = createRoute({
  method: 'put',
  path: '/products/{sku}',
  summary: 'Create or replace a product (administrators)',
  description:
    'Orders placed from now on take this description, price and VAT; orders already accepted keep what they were priced at. ' +
    'The same body again changes nothing (200, same version).',
  // The app's bearer scheme (a Cognito access token); the scope is checked by ROUTE_ACCESS.putProduct.
  security: [{ bearer: [SCOPES.catalogAdmin] }],
  request: {
    params: SkuParamSchema,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: ProductInputSchema,
          example: { description: 'Domain-Driven Design (hardcover)', unitPriceMinor: 5499, currency: 'EUR', vatCategory: 'S', taxRateBps: 700 },
        },
      },
    },
  },
  responses: {
    200: { description: 'Replaced (or unchanged).', content: { 'application/json': { schema: ProductSchema } } },
    201: { description: 'Created.', content: { 'application/json': { schema: ProductSchema } } },
    400: problemResponse('Invalid fields, each named in `errors`.'),
    401: problemResponse('No administrator\'s credential.'),
    413: problemResponse('Body too large.'),
    415: problemResponse('Body is not application/json.'),
  },
});

/**
 * The catalog routes: `GET /products` and `GET /products/{sku}` for anyone, `PUT /products/{sku}`
 * behind `deps.catalogAdmin`, which the app runs before the body is read. Errors are thrown and
 * mapped to problem+json by the app (`problemFor`).
 */
export function registerCatalogRoutes<E extends Env>(app: OpenAPIHono<E>, deps: Pick<OrdersApiDeps, 'products' | 'logger' | 'now'>): void {
  app.openapi(listProductsRoute, async (c) => {
    const { limit = CATALOG_LIMITS.defaultPageSize, cursor } = c.req.valid('query');
    return c.json(await deps.products.listProducts({ limit, ...(cursor === undefined ? {} : { cursor }) }), 200);
  });

  app.openapi(getProductRoute, async (c) => c.json(await deps.products.requireProduct(c.req.valid('param').sku), 200));

  app.openapi(putProductRoute, async (c) => {
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
