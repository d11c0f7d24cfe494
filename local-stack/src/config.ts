import { envInt, envUrl, parseEnv } from '@checkout/aws-adapters';
import * as z from 'zod/mini';

const port = () => envInt(1, 65_535);

const stage = () => z._default(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/, { message: 'must be lower-case letters, digits or "-"' })), 'local');
const logLevel = () => z._default(z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']), 'INFO');

const LocalStackEnvSchema = z.object({
  STAGE: stage(),
  AWS_REGION: z._default(z.string(), 'us-east-1'),
  LOG_LEVEL: logLevel(),
  LOCAL_API_PORT: z._default(port(), 3000),
  LOCAL_AWS_PORT: z._default(port(), 4566),
  LOCAL_DYNAMODB_PORT: z._default(port(), 8000),
  LOCAL_SMTP_PORT: z._default(port(), 1025),
  LOCAL_INBOX_PORT: z._default(port(), 1080),
  /** The local console (orders, invoices, emails, dead letters; ops/src/console). */
  LOCAL_CONSOLE_PORT: z._default(port(), 3001),
  /** cognito-local: the Cognito API and the client-credentials token endpoint (not 9229, Node's inspector port and cognito-local's default). */
  LOCAL_COGNITO_PORT: z._default(port(), 9329),
  /** Delays (ms) before the retries of a failed notifier invocation; Lambda uses about 1 and 2 minutes. */
  LOCAL_NOTIFIER_RETRY_DELAYS_MS: z.pipe(
    z._default(z.string().check(z.regex(/^\d+(,\d+)*$/, { message: 'must be comma-separated milliseconds such as 1000,5000' })), '1000,5000'),
    z.transform((value) => value.split(',').map(Number)),
  ),
  /** Invoice worker processes running at once, each replaced when it dies (ECS tasks of the service). */
  LOCAL_WORKERS: z._default(envInt(1, 16), 1),
  /** Notifier invocations running at once (Lambda runs as many as there are events, up to the account's concurrency). */
  LOCAL_NOTIFIER_CONCURRENCY: z._default(envInt(1, 256), 32),
  /** Where the stack keeps what it writes to disk: `traces.jsonl`, the spans of every component (emptied at each start). */
  LOCAL_DATA_DIR: z._default(z.string().check(z.trim(), z.minLength(1, { message: 'must be a directory path' })), '.local'),
  /** Count every request to the AWS and DynamoDB emulators by operation (GET <endpoint>/__requests); for benchmarks. */
  LOCAL_COUNT_REQUESTS: z.pipe(
    z._default(z.enum(['true', 'false'], { message: 'must be true or false' }), 'false'),
    z.transform((value) => value === 'true'),
  ),
});

export type LocalStackConfig = z.infer<typeof LocalStackEnvSchema>;

export const loadLocalStackConfig = (env: NodeJS.ProcessEnv = process.env): LocalStackConfig => parseEnv(LocalStackEnvSchema, env);

const IdentityEnvSchema = z.object({
  STAGE: stage(),
  LOG_LEVEL: logLevel(),
  LOCAL_COGNITO_PORT: z._default(port(), 9329),
  /** The address to listen on: 127.0.0.1, or 0.0.0.0 in a container whose port is published. */
  IDENTITY_HOST: z._default(z.string().check(z.minLength(1, { message: 'must be an address such as 127.0.0.1 or 0.0.0.0' })), '127.0.0.1'),
  /** Tokens' `iss` is this URL plus `/<pool id>`, and the API fetches the pool's keys there. Default: http://127.0.0.1:<LOCAL_COGNITO_PORT>. */
  IDENTITY_ISSUER_DOMAIN: z.optional(envUrl().check(z.refine((url) => !url.endsWith('/'), { message: 'must not end with "/"' }))),
  /** Where the sign-up confirmation codes are emailed (an SMTP server without authentication: maildev). */
  IDENTITY_SMTP_HOST: z._default(z.string().check(z.minLength(1, { message: 'must be a host name' })), '127.0.0.1'),
  IDENTITY_SMTP_PORT: z._default(port(), 1025),
});

export type IdentityConfig = z.infer<typeof IdentityEnvSchema>;

/** The local user pool alone (`node local-stack/dist/identity.js`), as the LocalStack compose setup runs it. */
export const loadIdentityConfig = (env: NodeJS.ProcessEnv = process.env): IdentityConfig => parseEnv(IdentityEnvSchema, env);

/** Ports and the variables that set them, checked before anything starts. */
export function portVariables(config: LocalStackConfig): [string, number][] {
  return [
    ['LOCAL_API_PORT', config.LOCAL_API_PORT],
    ['LOCAL_AWS_PORT', config.LOCAL_AWS_PORT],
    ['LOCAL_DYNAMODB_PORT', config.LOCAL_DYNAMODB_PORT],
    ['LOCAL_SMTP_PORT', config.LOCAL_SMTP_PORT],
    ['LOCAL_INBOX_PORT', config.LOCAL_INBOX_PORT],
    ['LOCAL_CONSOLE_PORT', config.LOCAL_CONSOLE_PORT],
    ['LOCAL_COGNITO_PORT', config.LOCAL_COGNITO_PORT],
  ];
}
