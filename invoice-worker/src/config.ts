import { baseEnv, envInt, envString, envUrl, parseEnv } from '@checkout/aws-adapters';
import type { Seller } from '@checkout/domain';
import { z } from 'zod';

const WorkerEnvSchema = z
  .object({
    ...baseEnv,
    IDEMPOTENCY_TABLE: envString(),
    ORDERS_QUEUE_URL: envUrl(),
    ORDERS_DLQ_URL: envUrl(),
    WORKER_BATCH_SIZE: envInt(1, 10).default(10),
    /** Receive loops on the orders queue, each with up to WORKER_BATCH_SIZE messages in flight. */
    WORKER_POLLERS: envInt(1, 10).default(2),
    VISIBILITY_TIMEOUT_SECONDS: envInt(10, 43_200).default(60),
    HEARTBEAT_INTERVAL_SECONDS: envInt(1, 43_199).default(20),
    /** SQS long-poll wait; a shutdown waits at most this long for the last receive. */
    RECEIVE_WAIT_SECONDS: envInt(1, 20).default(10),
    /** First retry delay after a failed attempt; doubles per receive, capped at 5 minutes. 0 retries at once. */
    RETRY_BACKOFF_SECONDS: envInt(0, 300).default(2),
    SHUTDOWN_TIMEOUT_SECONDS: envInt(1, 110).default(25),
    OUTBOX_SWEEP_INTERVAL_SECONDS: envInt(1, 3600).default(60),
    OUTBOX_STALE_AFTER_SECONDS: envInt(1, 3600).default(60),
    HEALTH_PORT: envInt(0, 65_535).default(8080),
    /** Lease of the worker that numbers invoices for the fleet: how long numbering waits when it dies. */
    NUMBERING_LEASE_SECONDS: envInt(2, 300).default(10),
    /** Where the invoice fonts are; defaults to the fonts next to the bundle, else node_modules. */
    FONT_DIR: z.string().optional(),
    SELLER_NAME: envString().default('Example Trading GmbH'),
    SELLER_ADDRESS: envString().default('Hauptstrasse 1|10115 Berlin|Germany'),
    SELLER_EMAIL: z.email({ message: 'must be an email address' }).default('billing@example.com'),
    SELLER_TAX_ID: z.string().optional(),
  })
  .refine((env) => env.HEARTBEAT_INTERVAL_SECONDS < env.VISIBILITY_TIMEOUT_SECONDS, {
    path: ['HEARTBEAT_INTERVAL_SECONDS'],
    message: 'must be less than VISIBILITY_TIMEOUT_SECONDS',
  })
  .refine((env) => env.RECEIVE_WAIT_SECONDS < env.SHUTDOWN_TIMEOUT_SECONDS, {
    path: ['RECEIVE_WAIT_SECONDS'],
    message: 'must be less than SHUTDOWN_TIMEOUT_SECONDS, or a shutdown cannot wait for the last receive',
  });

export type WorkerConfig = z.infer<typeof WorkerEnvSchema>;

export const loadWorkerConfig = (env: NodeJS.ProcessEnv = process.env): WorkerConfig => parseEnv(WorkerEnvSchema, env);

export function sellerFrom(config: WorkerConfig): Seller {
  return {
    name: config.SELLER_NAME,
    addressLines: config.SELLER_ADDRESS.split('|').map((line) => line.trim()).filter(Boolean),
    email: config.SELLER_EMAIL,
    ...(config.SELLER_TAX_ID ? { taxId: config.SELLER_TAX_ID } : {}),
  };
}
