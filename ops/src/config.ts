import { baseEnv, envUrl, parseEnv } from '@checkout/aws-adapters';
import * as z from 'zod/mini';

/**
 * Every variable operations read: the ones the components read (the same names, so an operator
 * points the CLI at a stage with that stage's environment), and both queues.
 */
export const OpsEnvSchema = z.object({
  ...baseEnv,
  ORDERS_QUEUE_URL: envUrl(),
  ORDERS_DLQ_URL: envUrl(),
});

export type OpsConfig = z.infer<typeof OpsEnvSchema>;

/** Reads the configuration once; throws ConfigError (aws-adapters) naming every bad variable. */
export function loadOpsConfig(env: NodeJS.ProcessEnv = process.env): OpsConfig {
  return parseEnv(OpsEnvSchema, env);
}
