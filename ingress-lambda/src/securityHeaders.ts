import type { MiddlewareHandler } from 'hono';

/**
 * What every response of the API carries unless its route says otherwise. Order data (names,
 * addresses, presigned links to invoices) must not be kept by a browser or a shared cache, and no
 * response may be sniffed into HTML or framed. JSON is never a page, so its Content Security Policy
 * allows nothing; `/docs` sets its own (apiDocs.ts).
 */
export const DEFAULT_RESPONSE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/** `openapi.json` changes only with a deployment: shared caches may keep it for five minutes. */
export const OPENAPI_CACHE_CONTROL = 'public, max-age=300';

/**
 * Adds `DEFAULT_RESPONSE_HEADERS` to every response the app makes, error and not-found answers
 * included; a route may set its own `Cache-Control` or `Content-Security-Policy` (the /docs page
 * and its assets do). Set before the route runs, as Hono's default headers: a header added to a
 * finished response would be lost when @hono/node-server's lightweight Response materializes.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of Object.entries(DEFAULT_RESPONSE_HEADERS)) c.header(name, value);
    await next();
  };
}
