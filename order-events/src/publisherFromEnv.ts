import { SNSClient } from '@aws-sdk/client-sns';
import { createLogger, type Logger, withoutSdkLogging } from '@checkout/aws-adapters';
import { SnsEventTopic, type EventTopic } from './adapters/snsEventTopic';
import { loadOrderEventsConfig, type OrderEventsConfig } from './config';
import { createOrderEventsPublisher, type OrderEventsPublisher } from './publishOrderEvents';

export const SERVICE_NAME = 'order-events';

export interface RunningOrderEventsPublisher extends OrderEventsPublisher {
  config: OrderEventsConfig;
  logger: Logger;
  /** Closes the SNS client this function created (not a topic passed in). */
  close(): void;
}

/**
 * Builds the publisher for an environment: parses it (throws ConfigError naming each bad
 * variable), then creates the SNS client (endpoint from AWS_ENDPOINT_URL_SNS when set). The same
 * publisher runs in Lambda (handler.ts), under `npm start` (fed by the local stream poller) and in
 * tests. Pass `logger` or `topic` to share or replace them.
 */
export function orderEventsPublisherFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  options: { logger?: Logger; topic?: EventTopic } = {},
): RunningOrderEventsPublisher {
  const config = loadOrderEventsConfig(env);
  const sns = options.topic ? undefined : withoutSdkLogging(new SNSClient({ region: config.AWS_REGION }));
  const topic = options.topic ?? new SnsEventTopic(sns!, config.ORDER_EVENTS_TOPIC_ARN);
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  return {
    ...createOrderEventsPublisher({ topic, logger }),
    config,
    logger,
    close: () => sns?.destroy(),
  };
}
