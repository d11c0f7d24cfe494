import { CUSTOMER_SCOPE, type RouteAccess } from '@checkout/aws-adapters';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Caller } from './caller';
import { AuthenticationError, PermissionError } from './errors';
import type { TokenVerifier } from './tokenVerifier';

/** Hono variables the guards set: the verified caller of the request. */
export type AuthEnv = { Variables: { caller: Caller } };

/** A guard's middleware; it sets `caller` or throws AuthenticationError (401) / PermissionError (403). */
export type Guard = MiddlewareHandler<AuthEnv>;

export interface AuthGuards {
  /** Lets through the shop with any of `access.scopes`, and customers when `access.customers`. */
  requireAccess(access: Pick<RouteAccess, 'scopes' | 'customers'>): Guard;
  /** Lets through only a caller whose token grants `scope` (customers never have a custom scope). */
  requireScope(scope: string): Guard;
}

/** `Authorization: Bearer <token>` (RFC 6750 §2.1), the token in base64url JWT form. */
const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;

/**
 * Route guards that verify the request's access token with `verifier` and check it against the
 * route's rule, before the body is read. The same rule API Gateway's authorizer applies in AWS
 * (`authorizationScopesOf`), plus what it cannot check: the token's app client, and (in the
 * handlers, with `maySee`) that a customer sees only their own orders.
 */
export function authGuards(verifier: TokenVerifier): AuthGuards {
  const requireAccess = (access: Pick<RouteAccess, 'scopes' | 'customers'>): Guard =>
    createMiddleware<AuthEnv>(async (c, next) => {
      const caller = await callerFrom(c, verifier);
      const allowed =
        caller.kind === 'customer'
          ? access.customers && caller.scopes.includes(CUSTOMER_SCOPE)
          : access.scopes.some((scope) => caller.scopes.includes(scope));
      if (!allowed) throw new PermissionError(access.scopes);
      c.set('caller', caller);
      await next();
    });
  return { requireAccess, requireScope: (scope) => requireAccess({ scopes: [scope], customers: false }) };
}

async function callerFrom(c: Context, verifier: TokenVerifier): Promise<Caller> {
  const header = c.req.header('authorization');
  if (header === undefined) throw new AuthenticationError('no Authorization header');
  const token = BEARER.exec(header.trim())?.[1];
  if (!token) throw new AuthenticationError('Authorization is not a Bearer JWT');
  return verifier.verify(token);
}

/** The caller a guard verified; throws if the route has no guard (a wiring mistake, a 500). */
export function callerOf(c: Context<AuthEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw new Error('route has no auth guard');
  return caller;
}
