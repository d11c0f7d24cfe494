import { toFieldErrors } from '@checkout/domain';
import type { Context, Env, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type * as z from 'zod/mini';
import { problemJson, validationProblem } from './problems';

/** The parts of a request a route validates, in the order it validates them. */
type Target = 'query' | 'param' | 'header' | 'json';

/**
 * Middleware that validates one part of the request with `schema`: the path parameters, the query
 * string, the headers (names in lower case) or the JSON body (already read strictly by the app's
 * `strictJsonBody`). A part that breaks a rule is answered with the validation problem, one
 * `{ path, message }` per rule, before the route runs; otherwise the route reads the parsed value
 * with `c.req.valid(target)`. Routes list these query, param, header, then json.
 */
export function valid<T extends Target, S extends z.ZodMiniType, E extends Env = Env, P extends string = string>(
  target: T,
  schema: S,
): MiddlewareHandler<E, P, { in: { [K in T]: z.input<S> }; out: { [K in T]: z.output<S> } }> {
  return validator(target, (value: unknown, c: Context) => {
    const result = schema.safeParse(value);
    if (!result.success) return problemJson(c, validationProblem(toFieldErrors(result.error.issues)));
    return result.data as z.output<S>;
  }) as unknown as MiddlewareHandler<E, P, { in: { [K in T]: z.input<S> }; out: { [K in T]: z.output<S> } }>;
}
