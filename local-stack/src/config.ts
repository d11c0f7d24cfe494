import { envInt, parseEnv } from '@checkout/aws-adapters';
import { z } from 'zod';

const port = () => envInt(1, 65_535);

const LocalStackEnvSchema = z.object({
  STAGE: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, { message: 'must be lower-case letters, digits or "-"' }).default('local'),
  AWS_REGION: z.string().default('us-east-1'),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
  LOCAL_API_PORT: port().default(3000),
  LOCAL_AWS_PORT: port().default(4566),
  LOCAL_DYNAMODB_PORT: port().default(8000),
  LOCAL_SMTP_PORT: port().default(1025),
  LOCAL_INBOX_PORT: port().default(1080),
  /** The local console (orders, invoices, emails, dead letters; ops/src/console). */
  LOCAL_CONSOLE_PORT: port().default(3001),
  /** cognito-local: the Cognito API and the client-credentials token endpoint (not 9229, Node's inspector port and cognito-local's default). */
  LOCAL_COGNITO_PORT: port().default(9329),
  /** Delays (ms) before the retries of a failed notifier invocation; Lambda uses about 1 and 2 minutes. */
  LOCAL_NOTIFIER_RETRY_DELAYS_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, { message: 'must be comma-separated milliseconds such as 1000,5000' })
    .default('1000,5000')
    .transform((value) => value.split(',').map(Number)),
  /** Invoice worker processes running at once, each replaced when it dies (ECS tasks of the service). */
  LOCAL_WORKERS: envInt(1, 16).default(1),
  /** Notifier invocations running at once (Lambda runs as many as there are events, up to the account's concurrency). */
  LOCAL_NOTIFIER_CONCURRENCY: envInt(1, 256).default(32),
  /** Where the stack keeps what it writes to disk: `traces.jsonl`, the spans of every component (emptied at each start). */
  LOCAL_DATA_DIR: z.string().trim().min(1, { message: 'must be a directory path' }).default('.local'),
  /** Count every request to the AWS and DynamoDB emulators by operation (GET <endpoint>/__requests); for benchmarks. */
  LOCAL_COUNT_REQUESTS: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false').transform((value) => value === 'true'),
});

export type LocalStackConfig = z.infer<typeof LocalStackEnvSchema>;

export const loadLocalStackConfig = (env: NodeJS.ProcessEnv = process.env): LocalStackConfig => parseEnv(LocalStackEnvSchema, env);

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
