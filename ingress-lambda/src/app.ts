import {
  CatalogMismatchError,
  CheckoutError,
  CreateOrderRequestSchema,
  IdempotencyKeyReusedError,
  isRefundable,
  ORDER_LIMITS,
  OrderInvoicedError,
  OrderNotFoundError,
  OrderNotInvoicedError,
  OrderStatusConflictError,
  OrderValidationError,
  type Order,
  ProductNotFoundError,
  RefundIdempotencyKeyReusedError,
  RefundNotFoundError,
  RefundRejectedError,
  RefundRequestSchema,
} from '@checkout/domain';
import { describeError, ROUTE_ACCESS } from '@checkout/aws-adapters';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { acceptOrder, type OrdersApiDeps } from './acceptOrder';
import { AuthenticationError, type AuthEnv, authGuards, callerOf, maySee, PermissionError } from './auth';
import { apiDocs, openApiJson } from './apiDocs';
import { mountDocumentLinks } from './documentLinks';
import { registerCatalogRoutes } from './catalogRoutes';
import { requestRefund } from './requestRefund';
import { requestTelemetry } from './requestTelemetry';
import { type DownloadLinks, refundAccepted, refundPath, refundView, orderAccepted, orderPath, orderStatusView } from './orderViews';
import { problem, problemJson, validationProblem, type Problem } from './problems';
import { bodyHeaderProblems, readJsonBody } from './requestBody';
import { CancelOrderSchema, IdempotencyHeaderSchema, OrderIdParamSchema, RefundIdempotencyHeaderSchema, RefundIdParamSchema } from './requestSchemas';
import { valid } from './requestValidation';
import { OPENAPI_CACHE_CONTROL, securityHeaders } from './securityHeaders';

/**
 * The Orders API as one Hono application: wrapped by `hono/aws-lambda` in Lambda, served by
 * `@hono/node-server` locally, and called with `app.request()` in tests.
 */
export function createOrdersApp(deps: OrdersApiDeps) {
  const app = new Hono<AuthEnv>();

  app.use('*', requestTelemetry(deps));
  app.use('*', securityHeaders());

  // Who may call, checked before a body is read (API Gateway's authorizer does the same in AWS).
  const guards = authGuards(deps.auth);
  app.on('POST', '/orders', guards.requireAccess(ROUTE_ACCESS.createOrder));
  app.on('GET', '/orders/:id', guards.requireAccess(ROUTE_ACCESS.getOrder));
  app.on('PATCH', '/orders/:id', guards.requireAccess(ROUTE_ACCESS.cancelOrder));
  app.on('POST', '/orders/:id/refunds', guards.requireAccess(ROUTE_ACCESS.requestRefund));
  app.on('GET', '/orders/:id/refunds/:refundId', guards.requireAccess(ROUTE_ACCESS.getRefund));

  const limitBody = bodyLimit({
    maxSize: ORDER_LIMITS.maxBodyBytes,
    onError: (c) => {
      // The rest of the body is still on the connection, unread: close it after this answer, or the
      // server would parse those bytes as the next request and the client's next call would hang up.
      c.header('Connection', 'close');
      return problemJson(
        c,
        problem(413, 'body-too-large', 'Request body too large', `The body must be at most ${ORDER_LIMITS.maxBodyBytes} bytes.`, {
          errors: [{ path: '', message: `body must be at most ${ORDER_LIMITS.maxBodyBytes} bytes` }],
        }),
      );
    },
  });
  app.use('/orders', limitBody);
  app.use('/orders/*', limitBody);
  app.on('POST', '/orders', strictJsonBody);
  app.on('PATCH', '/orders/:id', strictJsonBody);
  app.on('POST', '/orders/:id/refunds', strictJsonBody);
  app.use('/products/*', limitBody);
  // The guard first: a body is read only for a caller allowed to change the catalog.
  app.on('PUT', '/products/:sku', guards.requireAccess(ROUTE_ACCESS.putProduct), strictJsonBody);

  // Each route validates its parts with the schemas the OpenAPI document is generated from
  // (requestSchemas.ts, openapi/apiDocument.ts); a part that breaks a rule gets the validation problem.
  app.post('/orders', valid('header', IdempotencyHeaderSchema), valid('json', CreateOrderRequestSchema), async (c) => {
    const { order, replayed } = await acceptOrder(deps, c.req.valid('json'), c.req.valid('header')['idempotency-key'], callerOf(c));
    const base = stagePrefix(c);
    c.header('Location', `${base}${orderPath(order.orderId)}`);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(orderAccepted(order, base), 202);
  });

  /** Fresh presigned links to the PDFs that exist, by key: the invoice's and its credit notes'. */
  const downloadLinks = async (documents: { key?: string; number?: string }[]): Promise<DownloadLinks> => {
    const expiresAt = new Date(deps.now().getTime() + deps.statusLinkExpirySeconds * 1000).toISOString();
    const links: DownloadLinks = new Map();
    for (const { key, number } of documents) {
      if (key && number) links.set(key, { url: await deps.files.presignDownload(key, deps.statusLinkExpirySeconds, `${number}.pdf`), expiresAt });
    }
    return links;
  };
  const creditNoteDocuments = (refunds: { creditNote?: { objectKey?: string; creditNoteNumber: string } }[]) =>
    refunds.map((refund) => ({ key: refund.creditNote?.objectKey, number: refund.creditNote?.creditNoteNumber }));

  /** The order, if this caller may see it; another customer's order is as absent as one that does not exist. */
  const visibleOrder = async (c: Context<AuthEnv>, orderId: string) => {
    const order = await deps.store.requireOrder(orderId);
    if (!maySee(callerOf(c), order)) throw new OrderNotFoundError(orderId);
    return order;
  };

  app.get('/orders/:id', valid('param', OrderIdParamSchema), async (c) => {
    const order = await visibleOrder(c, c.req.valid('param').id);
    const refunds = await deps.refunds.refundsOf(order);
    const links = await downloadLinks([{ key: order.invoice?.objectKey, number: order.invoice?.invoiceNumber }, ...creditNoteDocuments(refunds)]);
    const invoiceKey = order.invoice?.objectKey;
    return c.json(orderStatusView(order, invoiceKey ? links.get(invoiceKey) : undefined, refunds, links, stagePrefix(c)), 200);
  });

  app.patch('/orders/:id', valid('param', OrderIdParamSchema), valid('json', CancelOrderSchema), async (c) => {
    const { id } = c.req.valid('param'); // the body was validated: it can only ask for CANCELLED
    await visibleOrder(c, id);
    let order: Order;
    try {
      order = await deps.store.transition(id, 'CANCELLED', deps.now());
    } catch (error) {
      // An invoice is never cancelled or changed: say so, and where a refund is asked for.
      if (error instanceof OrderStatusConflictError && isRefundable(error.status)) throw new OrderInvoicedError(id, error.status, { cause: error });
      throw error;
    }
    deps.logger.info('order cancelled', { orderId: id });
    return c.json(orderStatusView(order), 200);
  });

  app.post(
    '/orders/:id/refunds',
    valid('param', OrderIdParamSchema),
    valid('header', RefundIdempotencyHeaderSchema),
    valid('json', RefundRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const { refund, replayed } = await requestRefund(deps, id, c.req.valid('json'), c.req.valid('header')['idempotency-key'], callerOf(c));
      const base = stagePrefix(c);
      c.header('Location', `${base}${refundPath(id, refund.refundId)}`);
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(refundAccepted(refund, base), 202);
    },
  );

  app.get('/orders/:id/refunds/:refundId', valid('param', RefundIdParamSchema), async (c) => {
    const { id, refundId } = c.req.valid('param');
    const order = await visibleOrder(c, id);
    const refund = await deps.refunds.requireRefund(refundId, id);
    const links = await downloadLinks(creditNoteDocuments([refund]));
    return c.json(refundView(refund, order, links, stagePrefix(c)), 200);
  });

  mountDocumentLinks(app, { ...deps.documentLinks, files: deps.files, logger: deps.logger, now: deps.now });
  registerCatalogRoutes(app, deps);

  // Generated at build time (openapi/apiDocument.ts); an error answer sets no-store again (problemJson).
  app.get('/openapi.json', (c) => c.body(openApiJson(), 200, { 'Content-Type': 'application/json', 'Cache-Control': OPENAPI_CACHE_CONTROL }));
  // Swagger UI from the installed swagger-ui-dist, no CDN (apiDocs.ts).
  app.route('/docs', apiDocs());
  app.get('/health', (c) => c.json({ status: 'ok' }));

  // Neither answer repeats the path: an answer must not reflect what a client put in the URL.
  app.notFound((c) => {
    const allowed = methodsOf(app.routes, c.req.path);
    // A route that matched and found nothing (an unknown /docs asset) is a plain 404.
    if (allowed.length && !allowed.includes(c.req.method)) {
      c.header('Allow', allowed.join(', '));
      return problemJson(c, problem(405, 'method-not-allowed', 'Method not allowed', `This resource answers ${allowed.join(', ')}.`, {
        errors: [{ path: 'method', message: `must be one of ${allowed.join(', ')}` }],
      }));
    }
    return problemJson(c, problem(404, 'not-found', 'Not found', 'There is no such resource; see /openapi.json.', {
      errors: [{ path: 'url', message: 'must name a resource of this API' }],
    }));
  });
  app.onError((error, c) => {
    // RFC 6750 §3: say which scheme, and whether the token or its scope was the trouble.
    if (error instanceof AuthenticationError) {
      deps.logger.info('request refused: access token', { reason: error.reason });
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
    }
    if (error instanceof PermissionError) c.header('WWW-Authenticate', `Bearer error="insufficient_scope", scope="${error.requiredScopes.join(' ')}"`);
    return problemJson(c, problemFor(error, deps));
  });
  return app;
}

export type OrdersApp = ReturnType<typeof createOrdersApp>;

function problemFor(error: Error, deps: OrdersApiDeps): Problem {
  if (error instanceof OrderNotFoundError) return problem(404, 'order-not-found', 'Order not found', error.message);
  if (error instanceof OrderStatusConflictError) {
    return problem(409, 'order-status-conflict', 'Order cannot be changed', error.message, { currentStatus: error.status });
  }
  if (error instanceof AuthenticationError) {
    return problem(401, 'unauthorized', 'Unauthorized', 'Send a valid access token: Authorization: Bearer <token>.', {
      errors: [{ path: 'authorization', message: 'must be a valid, unexpired access token' }], // as API Gateway's UNAUTHORIZED response says
    });
  }
  if (error instanceof PermissionError) {
    return problem(403, 'forbidden', 'Forbidden', 'The access token does not grant what this route needs.', {
      errors: [{ path: 'authorization', message: `must grant one of: ${error.requiredScopes.join(', ')}` }],
    });
  }
  // Neither names the order or refund the key was first used for: the key is the caller's own, and
  // the answer says only that it is taken.
  if (error instanceof IdempotencyKeyReusedError || error instanceof RefundIdempotencyKeyReusedError) {
    return problem(422, 'idempotency-key-reused', 'Idempotency-Key reused', error.message, {
      errors: [{ path: 'idempotency-key', message: 'was already used by this caller with a different request body; use a new key' }],
    });
  }
  if (error instanceof OrderInvoicedError) {
    return problem(409, 'order-invoiced', 'Order is invoiced', error.message, {
      currentStatus: error.status,
      refunds: `/orders/${error.orderId}/refunds`,
    });
  }
  if (error instanceof OrderNotInvoicedError) {
    return problem(409, 'order-not-invoiced', 'Order has no invoice to refund', error.message, { currentStatus: error.status });
  }
  if (error instanceof RefundRejectedError) {
    return problem(422, 'refund-rejected', 'Refund not possible', 'The refund asks for lines or quantities the order cannot refund; see errors.', {
      errors: error.errors,
    });
  }
  if (error instanceof RefundNotFoundError) return problem(404, 'refund-not-found', 'Refund not found', error.message);
  if (error instanceof ProductNotFoundError) return problem(404, 'product-not-found', 'Product not found', error.message);
  if (error instanceof CatalogMismatchError) {
    return problem(422, 'catalog-mismatch', 'Order does not match the catalog', 'Lines name products the catalog lacks, or repeat catalog data that differs; see errors.', {
      errors: error.errors,
    });
  }
  if (error instanceof OrderValidationError) return validationProblem(error.errors);
  if (error instanceof HTTPException) {
    if (error.status === 400) {
      return validationProblem([{ path: '', message: 'body must be valid JSON' }], 'The request body is not valid JSON.');
    }
    if (error.status === 415) {
      return problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as application/json.');
    }
    return problem(error.status, 'http-error', error.message || 'Request failed', error.message);
  }
  if (error instanceof CheckoutError) return problem(400, 'invalid-request', 'Invalid request', error.message);
  deps.logger.error('unhandled error', { error: describeError(error) });
  return problem(500, 'internal-error', 'Internal error', 'The request failed. Retry it with the same Idempotency-Key.');
}

/** The methods the app's routes answer on `path` (HEAD with GET), for a 405's `Allow`. */
function methodsOf(routes: readonly { method: string; path: string }[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const pattern = new RegExp(`^${route.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    if (pattern.test(path)) methods.add(route.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * On API Gateway's own URL (https://<id>.execute-api.<region>.amazonaws.com/<stage>/...) paths
 * start with the stage, which Lambda's event path leaves out; links we return must put it back.
 * Behind a custom domain (or locally) there is no prefix.
 */
function stagePrefix(c: Context): string {
  const context = (c.env as { event?: { requestContext?: { stage?: string; domainName?: string } } } | undefined)?.event?.requestContext;
  return context?.stage && context.domainName?.includes('.execute-api.') ? `/${context.stage}` : '';
}

/**
 * Reads the body of POST and PATCH strictly (requestBody.ts): media type, charset, UTF-8, JSON,
 * duplicate keys, Unicode text, exact numbers, depth. Hono keeps the bytes it read, and the route's
 * schema validator decodes and parses those same bytes, which are now known to be strict UTF-8
 * JSON. A body over the limit makes `arrayBuffer()` throw, and `bodyLimit` answers 413.
 */
const strictJsonBody: MiddlewareHandler = async (c, next) => {
  const headerProblems = bodyHeaderProblems({ contentType: c.req.header('content-type'), contentEncoding: c.req.header('content-encoding') });
  if (headerProblems.length) {
    return problemJson(c, problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as application/json in UTF-8.', { errors: headerProblems }));
  }
  const reading = readJsonBody(new Uint8Array(await c.req.arrayBuffer()));
  if (!reading.ok) {
    const wholeBody = reading.errors.every((error) => error.path === '');
    return problemJson(c, validationProblem(reading.errors, wholeBody ? 'The request body is not valid JSON in UTF-8.' : 'The request body breaks a rule of JSON bodies; see errors.'));
  }
  await next();
};
