import { z } from 'zod';
import { ConfigError } from './configError';

export { ConfigError };

/** Variables whose values are secret: a problem with one names it but never quotes its value. */
const SECRET_VARIABLES = new Set(['DOCUMENT_LINK_KEYS']);

/** Parses `env` with `schema` once, at start-up. Throws ConfigError naming each variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
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

export const envString = () => z.string().trim().min(1, { message: 'must not be empty' });
export const envUrl = () => z.url({ message: 'must be a URL' });
export const envInt = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });
export const envBoolean = () =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .transform((value) => value === 'true' || value === '1');

/** Variables every component reads. */
export const baseEnv = {
  STAGE: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, { message: 'must be lower-case letters, digits or "-"' }).default('local'),
  AWS_REGION: envString().default('us-east-1'),
  ORDERS_TABLE: envString(),
  INVOICES_BUCKET: envString(),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
  S3_FORCE_PATH_STYLE: envBoolean().default(false),
  /** Where finished spans go, one JSON object per line: `off`, `stdout` (AWS: CloudWatch Logs) or `file` (TRACES_FILE). */
  TRACES_EXPORT: z.enum(['off', 'stdout', 'file'], { message: 'must be off, stdout or file' }).default('off'),
  /** The span file when TRACES_EXPORT=file (the local stack sets both). */
  TRACES_FILE: z.string().trim().min(1, { message: 'must be a file path' }).optional(),
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
};

export interface AwsSettings {
  AWS_REGION: string;
  S3_FORCE_PATH_STYLE: boolean;
}
