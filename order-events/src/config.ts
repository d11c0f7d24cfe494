import { envString, parseEnv } from '@checkout/aws-adapters';
import * as z from 'zod/mini';

/** Every variable the order-events publisher reads. */
export const OrderEventsEnvSchema = z.object({
  STAGE: z._default(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/, { message: 'must be lower-case letters, digits or "-"' })), 'local'),
  AWS_REGION: z._default(envString(), 'us-east-1'),
  LOG_LEVEL: z._default(z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']), 'INFO'),
  ORDER_EVENTS_TOPIC_ARN: z
    .string({ message: 'must be set to the ARN of the SNS FIFO topic, e.g. arn:aws:sns:eu-west-1:123456789012:order-events-dev.fifo' })
    .check(
      z.regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+\.fifo$/, {
        message: 'must be the ARN of an SNS FIFO topic (arn:aws:sns:<region>:<account>:<name>.fifo)',
      }),
    ),
});

export type OrderEventsConfig = z.infer<typeof OrderEventsEnvSchema>;

/** Reads the publisher's configuration once; throws ConfigError naming every bad variable. */
export function loadOrderEventsConfig(env: NodeJS.ProcessEnv = process.env): OrderEventsConfig {
  return parseEnv(OrderEventsEnvSchema, env);
}
