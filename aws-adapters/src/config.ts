import * as z from 'zod/mini';
import '@checkout/domain/src/zodLocale';
import { ConfigError } from './configError';

export { ConfigError };

/** Variables whose values are secret: a problem with one names it but never quotes its value. */
const SECRET_VARIABLES = new Set(['DOCUMENT_LINK_KEYS']);

/** Parses `env` with `schema` once, at start-up. Throws ConfigError naming each variable. */
export function parseEnv<S extends z.ZodMiniType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
      if (value === undefined) return `${name} is required: ${issue.message}`;
      return SECRET_VARIABLES.has(name) ? `${name} (value not shown): ${issue.message}` : `${name}=${JSON.stringify(value)}: ${issue.message}`;
    }),
  );
}

export const envString = () => z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }));
export const envUrl = () => z.url({ message: 'must be a URL' });
export const envInt = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .check(
      z.int({ message: 'must be a whole number' }),
      z.minimum(min, { message: `must be at least ${min}` }),
      z.maximum(max, { message: `must be at most ${max}` }),
    );
export const envBoolean = () =>
  z.pipe(
    z.enum(['true', 'false', '1', '0'], { message: 'must be true or false' }),
    z.transform((value) => value === 'true' || value === '1'),
  );

/** `schema`, or unset: an empty variable (`NAME=` in a .env file) counts as unset. */
export const envOptional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z.optional(schema),
  );

/** Variables every component reads. */
export const baseEnv = {
  STAGE: z._default(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/, { message: 'must be lower-case letters, digits or "-"' })), 'local'),
  AWS_REGION: z._default(envString(), 'us-east-1'),
  ORDERS_TABLE: envString(),
  INVOICES_BUCKET: envString(),
  LOG_LEVEL: z._default(z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']), 'INFO'),
  S3_FORCE_PATH_STYLE: z._default(envBoolean(), false),
  /** Where finished spans go, one JSON object per line: `off`, `stdout` (AWS: CloudWatch Logs) or `file` (TRACES_FILE). */
  TRACES_EXPORT: z._default(z.enum(['off', 'stdout', 'file'], { message: 'must be off, stdout or file' }), 'off'),
  /** The span file when TRACES_EXPORT=file (the local stack sets both). */
  TRACES_FILE: z.optional(z.string().check(z.trim(), z.minLength(1, { message: 'must be a file path' }))),
};

/**
 * The user pool whose access tokens the API accepts (identity.ts). In AWS the issuer is
 * `https://cognito-idp.<region>.amazonaws.com/<poolId>`; locally cognito-local's URL and pool.
 */
export const identityEnv = {
  COGNITO_ISSUER: envUrl(),
  /** The customers' public app client (sign-up, login). */
  COGNITO_CUSTOMER_CLIENT_ID: envString(),
  /** The shop's client-credentials app client. */
  COGNITO_SERVICE_CLIENT_ID: envString(),
  /**
   * The pool's JWKS (JSON) as the deployment ships it, so a cold start verifies tokens without
   * fetching it; unset, it is fetched from the issuer (locally, cognito-local). Checked when the
   * token verifier is made (ingress-lambda/src/auth/tokenVerifier.ts).
   */
  COGNITO_JWKS: envOptional(z.string()),
};

export interface AwsSettings {
  AWS_REGION: string;
  S3_FORCE_PATH_STYLE: boolean;
}
