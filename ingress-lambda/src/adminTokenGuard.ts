import type { MiddlewareHandler } from 'hono';
import { createHash, timingSafeEqual } from 'node:crypto';
import { problem, PROBLEM_CONTENT_TYPE, problemBody } from './problems';

/** SHA-256 of a token, in hex: what CATALOG_ADMIN_TOKEN_SHA256 holds, so the configuration never holds the token. */
export const tokenSha256 = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Lets a request through only with `Authorization: Bearer <token>` whose SHA-256 is
 * `expectedSha256`; any other request gets 401 problem+json. Without `expectedSha256` every
 * request is refused, so an unconfigured stage never leaves the catalog open.
 */
export function adminTokenGuard(expectedSha256: string | undefined): MiddlewareHandler {
  const expected = expectedSha256 === undefined ? undefined : Buffer.from(expectedSha256, 'hex');
  return async (c, next) => {
    const token = /^Bearer ([\x21-\x7E]{1,4096})$/.exec(c.req.header('authorization') ?? '')?.[1];
    const presented = token === undefined ? undefined : Buffer.from(tokenSha256(token), 'hex');
    if (expected && presented && timingSafeEqual(presented, expected)) return next();
    const body = problem(401, 'unauthorized', 'Not authorized', 'Changing the catalog needs an administrator\'s credential.', {
      errors: [{ path: 'header.authorization', message: 'must be "Bearer " and an administrator\'s token' }],
    });
    return c.body(problemBody(body), 401, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'WWW-Authenticate': 'Bearer realm="catalog"' });
  };
}
