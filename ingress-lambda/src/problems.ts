import type { FieldError } from '@checkout/domain';
import type { Context } from 'hono';
import { DEFAULT_RESPONSE_HEADERS } from './securityHeaders';

/** RFC 9457 problem details, the body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are relative URIs documented in docs/api.md. */
export const problemType = (slug: string) => `/problems/${slug}`;

export function problem(status: number, slug: string, title: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: problemType(slug), title, status, detail, ...extra };
}

export function validationProblem(errors: FieldError[], detail = 'The request has invalid fields; see errors.'): Problem {
  return problem(400, 'validation-error', 'Invalid request', detail, { errors });
}

/**
 * A problem as response text, every character outside ASCII written as a `\uXXXX` escape: a
 * message that quotes a client's key or value cannot put a bidi control, an invisible character
 * or raw non-ASCII bytes into an answer or into a log that stores it.
 */
export function problemBody(body: Problem): string {
  return JSON.stringify(body).replace(/[\u007F-\uFFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Answers with `body` as problem+json, kept by no cache (an error answer is never shared). */
export function problemJson(c: Context, body: Problem) {
  return c.body(problemBody(body), body.status as 400, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': DEFAULT_RESPONSE_HEADERS['Cache-Control'] });
}
