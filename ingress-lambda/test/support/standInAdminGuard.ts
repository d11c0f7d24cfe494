import type { MiddlewareHandler } from 'hono';

/** The header value the stand-in lets through. */
export const STAND_IN_ADMIN_AUTHORIZATION = 'Bearer stand-in-admin';

/**
 * A unit-level stand-in for the app's admin guard (`catalogAdmin`): lets through requests whose
 * Authorization is STAND_IN_ADMIN_AUTHORIZATION and answers every other with 401 problem+json.
 * The routes' tests use it so they test the routes, not a credential scheme; the real guard has
 * its own tests.
 */
export const standInAdminGuard: MiddlewareHandler = async (c, next) => {
  if (c.req.header('authorization') === STAND_IN_ADMIN_AUTHORIZATION) return next();
  return c.body(JSON.stringify({ type: '/problems/unauthorized', title: 'Not authorized', status: 401, detail: 'stand-in guard', errors: [{ path: 'header.authorization', message: 'stand-in refused' }] }), 401, {
    'Content-Type': 'application/problem+json',
  });
};
