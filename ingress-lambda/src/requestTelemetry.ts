import { ROOT_CONTEXT, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { OrdersApiDeps } from './acceptOrder';

/**
 * First middleware of the app: one SERVER span per request (`POST /orders`), the root of the
 * order's trace, active while the route runs, so the queue send carries it to the worker; and
 * `Failures` for every 5xx answer. Metrics and spans leave before the response does: in Lambda the
 * invocation may be frozen right after it.
 *
 * A client's own `traceparent` is not continued: the API is public, and a trace id chosen by a
 * client could join or flood someone else's trace.
 */
export function requestTelemetry(deps: Pick<OrdersApiDeps, 'metrics' | 'tracing'>): MiddlewareHandler {
  return async (c, next) => {
    try {
      await deps.tracing.inSpan(
        c.req.method,
        { kind: SpanKind.SERVER, parent: ROOT_CONTEXT, attributes: { 'http.request.method': c.req.method } },
        async (span) => {
          await next();
          const route = routePath(c, -1);
          const status = c.res.status;
          span.updateName(`${c.req.method} ${route}`);
          span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
          if (status >= 500) {
            deps.metrics.add('Failures');
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
        },
      );
    } finally {
      deps.metrics.flush();
      await deps.tracing.flush();
    }
  };
}
