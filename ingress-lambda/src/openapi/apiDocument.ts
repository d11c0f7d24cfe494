import { SCOPES } from '@checkout/aws-adapters';
import { CreateOrderRequestSchema, ORDER_LIMITS, ProductInputSchema, ProductSchema, RefundRequestSchema } from '@checkout/domain';
import * as z from 'zod/mini';
import { DOCUMENTS_PATH } from '../documentLinks';
import { ORDER_EXAMPLES } from '../orderExamples';
import { PROBLEM_CONTENT_TYPE } from '../problems';
import { REFUND_EXAMPLES } from '../refundExamples';
import {
  CancelOrderSchema,
  IdempotencyHeaderSchema,
  OrderIdParamSchema,
  ProductListQuerySchema,
  RefundIdempotencyHeaderSchema,
  RefundIdParamSchema,
  SkuParamSchema,
} from '../requestSchemas';
import { OrderAcceptedSchema, OrderStatusViewSchema, ProblemSchema, ProductPageSchema, RefundAcceptedSchema, RefundViewSchema } from './responseSchemas';

/**
 * The Orders API's OpenAPI 3.1 document, built by scripts/build.mjs into `openapi.json` beside the
 * bundles that serve it (`GET /openapi.json`, `/docs`). Only the build imports this module: the
 * route documentation (summaries, responses, examples, security) and the generator stay out of the
 * Lambda. Parameters and bodies are the schemas the routes validate with (requestSchemas.ts and the
 * domain's), turned into JSON Schema by zod's own `z.toJSONSchema`.
 */

type ObjectSchema = z.ZodMiniObject;

interface OperationDoc {
  summary: string;
  description?: string;
  security?: { bearer: string[] }[];
  params?: ObjectSchema;
  query?: ObjectSchema;
  headers?: ObjectSchema;
  body?: { schema: z.ZodMiniType; examples?: Record<string, { summary: string; value: unknown }>; example?: unknown };
  /** A schema, `{}` for any content, or no content at all. */
  responses: Record<number, { description: string; content?: Record<string, z.ZodMiniType | Record<string, never>> }>;
}

const json = (schema: z.ZodMiniType) => ({ 'application/json': schema });
const problemResponse = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: ProblemSchema } });

/** Every order route needs a Cognito access token (docs/decisions/identity.md). */
const BEARER_SECURITY = [{ bearer: [] }];
const authResponses = (forbidden: string) => ({
  401: problemResponse('No access token, or one that is malformed, forged, expired or issued to another app client (`/problems/unauthorized`).'),
  403: problemResponse(forbidden),
});

/** For the docs only: the route reads the token itself, so a bad one gets the readable page, not a validation error. */
const DocumentTokenParamSchema = z.object({
  token: z.string().check(z.meta({ description: 'The token from the emailed link.', example: 'd1.k1.eyJv….Qm9n…' })),
});
const linkProblem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: {}, 'text/html': {} } });

const PATHS: Record<string, Record<string, OperationDoc>> = {
  '/orders': {
    post: {
      summary: 'Place a checkout order',
      description: 'A customer places an order as themselves; the shop (scope `checkout/orders.write`) places any.',
      security: BEARER_SECURITY,
      headers: IdempotencyHeaderSchema,
      body: { schema: CreateOrderRequestSchema, examples: ORDER_EXAMPLES },
      responses: {
        202: { description: 'Accepted; the invoice follows asynchronously.', content: json(OrderAcceptedSchema) },
        400: problemResponse('Invalid fields, each named in `errors`.'),
        413: problemResponse(`Body larger than ${ORDER_LIMITS.maxBodyBytes} bytes.`),
        ...authResponses('The token grants neither `checkout/orders.write` nor is it a customer\'s (`/problems/forbidden`).'),
        415: problemResponse('Body is not application/json.'),
        422: problemResponse(
          'A SKU the catalog lacks, another currency, or a description, price or VAT that differs from the catalog (`/problems/catalog-mismatch`, each named in `errors`); or the Idempotency-Key was used by this caller with a different body.',
        ),
      },
    },
  },
  '/orders/{id}': {
    get: {
      summary: 'Order status, with the invoice number and a download link once invoiced',
      description: 'A customer sees only their own orders (another customer\'s is 404); the shop (scope `checkout/orders.read`) sees every order.',
      security: BEARER_SECURITY,
      params: OrderIdParamSchema,
      responses: {
        200: { description: 'The order.', content: json(OrderStatusViewSchema) },
        400: problemResponse('Malformed order id.'),
        ...authResponses('The token grants neither `checkout/orders.read` nor is it a customer\'s.'),
        404: problemResponse('No such order, or not one of this customer\'s.'),
      },
    },
    patch: {
      summary: 'Cancel an order that has not started processing',
      security: BEARER_SECURITY,
      params: OrderIdParamSchema,
      body: { schema: CancelOrderSchema.check(z.meta({ id: 'CancelOrder' })) },
      responses: {
        200: { description: 'The cancelled order.', content: json(OrderStatusViewSchema) },
        400: problemResponse('Invalid body or id.'),
        ...authResponses('The token grants neither `checkout/orders.write` nor is it a customer\'s.'),
        404: problemResponse('No such order, or not one of this customer\'s.'),
        409: problemResponse(
          'The order has already started processing (or is cancelled). An invoiced order is never cancelled: the problem (`/problems/order-invoiced`) points to `POST /orders/{id}/refunds`.',
        ),
      },
    },
  },
  '/orders/{id}/refunds': {
    post: {
      summary: 'Refund an invoiced order, in full or by line and quantity; a credit note follows',
      description:
        'The invoice is never changed: each refund gets a credit note (EN 16931 type 381, its own number series CN-<year>-<sequence>) that references the invoice, ' +
        'stored beside it and emailed to the customer. Without `lines`, everything not yet refunded is refunded. An order not invoiced yet is cancelled with PATCH instead. ' +
        'Only the shop asks for refunds (scope `checkout/orders.write`); customers read them.',
      security: BEARER_SECURITY,
      params: OrderIdParamSchema,
      headers: RefundIdempotencyHeaderSchema,
      body: { schema: RefundRequestSchema, examples: REFUND_EXAMPLES },
      responses: {
        202: { description: 'Accepted; the credit note follows asynchronously.', content: json(RefundAcceptedSchema) },
        400: problemResponse('Invalid fields or a missing Idempotency-Key, each named in `errors`.'),
        ...authResponses('The token does not grant `checkout/orders.write` (a customer\'s never does).'),
        404: problemResponse('No such order.'),
        409: problemResponse('The order has no invoice yet (`/problems/order-not-invoiced`); cancel it instead.'),
        422: problemResponse(
          'Unknown lines, quantities above what is still refundable, or nothing left to refund (`/problems/refund-rejected`, each named in `errors`); or the Idempotency-Key was used with another body.',
        ),
      },
    },
  },
  '/orders/{id}/refunds/{refundId}': {
    get: {
      summary: 'A refund, with its credit note number and a download link once issued',
      security: BEARER_SECURITY,
      params: RefundIdParamSchema,
      responses: {
        200: { description: 'The refund.', content: json(RefundViewSchema) },
        400: problemResponse('Malformed id.'),
        ...authResponses('The token grants neither `checkout/orders.read` nor is it a customer\'s.'),
        404: problemResponse('No such order or refund.'),
      },
    },
  },
  [DOCUMENTS_PATH]: {
    get: {
      summary: 'Open an emailed invoice or credit note (public; the token is the capability)',
      description:
        'The link in the invoice and credit note emails. Answers 303 with a presigned download URL that works for a few minutes; follow it at once. ' +
        'The token names one document and expires (the email says when); an operator can revoke it (`npm run ops -- revoke-links <orderId>`).',
      params: DocumentTokenParamSchema,
      responses: {
        303: { description: 'Redirect to the document (Location: a presigned URL, valid for minutes).' },
        404: linkProblem('Not a valid link (changed, incomplete, or its document is gone).'),
        410: linkProblem('The link has expired or was revoked.'),
        503: linkProblem('The link could not be checked or followed now (a store did not answer); it is not used up. Try again after `Retry-After` seconds.'),
      },
    },
  },
  '/products': {
    get: {
      summary: 'The catalog, a page at a time (public)',
      description: 'In the catalog\'s own stable order (not alphabetical). Follow `nextCursor` until it is absent.',
      query: ProductListQuerySchema,
      responses: {
        200: { description: 'A page of products.', content: json(ProductPageSchema) },
        400: problemResponse('Invalid `limit` or `cursor`.'),
      },
    },
  },
  '/products/{sku}': {
    get: {
      summary: 'One product (public)',
      params: SkuParamSchema,
      responses: {
        200: { description: 'The product.', content: json(ProductSchema) },
        400: problemResponse('Malformed SKU.'),
        404: problemResponse('No such product.'),
      },
    },
    put: {
      summary: 'Create or replace a product (administrators)',
      description:
        'Orders placed from now on take this description, price and VAT; orders already accepted keep what they were priced at. ' +
        'The same body again changes nothing (200, same version).',
      // The app's bearer scheme (a Cognito access token); the scope is checked by ROUTE_ACCESS.putProduct.
      security: [{ bearer: [SCOPES.catalogAdmin] }],
      params: SkuParamSchema,
      body: {
        schema: ProductInputSchema,
        example: { description: 'Domain-Driven Design (hardcover)', unitPriceMinor: 5499, currency: 'EUR', vatCategory: 'S', taxRateBps: 700 },
      },
      responses: {
        200: { description: 'Replaced (or unchanged).', content: json(ProductSchema) },
        201: { description: 'Created.', content: json(ProductSchema) },
        400: problemResponse('Invalid fields, each named in `errors`.'),
        401: problemResponse('No administrator\'s credential.'),
        413: problemResponse('Body too large.'),
        415: problemResponse('Body is not application/json.'),
      },
    },
  },
};

const COMPONENT = '#/components/schemas/';
const JSON_SCHEMA = { target: 'draft-2020-12', io: 'input', uri: (id: string) => `${COMPONENT}${id}` } as const;

/** The OpenAPI 3.1 document of the API, as `GET /openapi.json` serves it. */
export function openApiDocument(): object {
  const paths = Object.fromEntries(
    Object.entries(PATHS).map(([path, operations]) => [path, Object.fromEntries(Object.entries(operations).map(([method, doc]) => [method, operation(doc)]))]),
  );
  // Named after paths: the schemas with an `id` the operations use, including the PATCH body's.
  const { schemas } = z.toJSONSchema(z.globalRegistry, JSON_SCHEMA) as { schemas: Record<string, object> };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Checkout Orders API',
      version: '1.0.0',
      description: 'Checkout orders become invoice PDFs and emails. Amounts are integer minor units. Errors are RFC 9457 problem details.',
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A Cognito access token: a customer\'s (InitiateAuth, USER_PASSWORD_AUTH) or the shop\'s (client credentials at the pool\'s /oauth2/token).',
        },
      },
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, tidy(schema)])),
    },
    paths,
  };
}

function operation(doc: OperationDoc): object {
  const parameters = [...parametersOf('query', doc.query), ...parametersOf('path', doc.params), ...parametersOf('header', doc.headers)];
  return {
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(doc.security ? { security: doc.security } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(doc.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: schemaOf(doc.body.schema),
                ...(doc.body.examples ? { examples: doc.body.examples } : {}),
                ...(doc.body.example ? { example: doc.body.example } : {}),
              },
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(doc.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.content
            ? { content: Object.fromEntries(Object.entries(response.content).map(([type, schema]) => [type, { schema: '_zod' in schema ? schemaOf(schema as z.ZodMiniType) : {} }])) }
            : {}),
        },
      ]),
    ),
  };
}

/** One parameter per property of the object schema; its description is repeated on the parameter, as Swagger UI shows it there. */
function parametersOf(where: 'query' | 'path' | 'header', schema: ObjectSchema | undefined): object[] {
  if (!schema) return [];
  const { properties, required = [] } = schemaOf(schema) as { properties: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({
    schema: property,
    required: where === 'path' || required.includes(name),
    ...(property.description ? { description: property.description } : {}),
    name,
    in: where,
  }));
}

/** A reference to a named schema, or the schema itself. */
function schemaOf(schema: z.ZodMiniType): object {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: `${COMPONENT}${id}` } : tidy(z.toJSONSchema(schema, JSON_SCHEMA));
}

/**
 * Leaves out what says nothing to an API client: `$schema` (OpenAPI 3.1 fixes the dialect), a
 * component's `$id` (its place in the document names it), and the safe-integer bounds zod gives
 * every integer (`z.int()`, ±2^53-1) where no rule of ours sets one.
 */
function tidy(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema), (key, value) => {
    if (key === '$schema' || key === '$id') return undefined;
    if ((key === 'minimum' && value === Number.MIN_SAFE_INTEGER) || (key === 'maximum' && value === Number.MAX_SAFE_INTEGER)) return undefined;
    return value;
  });
}
