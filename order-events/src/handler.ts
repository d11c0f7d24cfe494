import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { orderEventsPublisherFromEnv, type RunningOrderEventsPublisher } from './publisherFromEnv';

/** Built on the first invocation and reused while the container stays warm. */
let publisher: RunningOrderEventsPublisher | undefined;

/**
 * Lambda entry for the event source mapping on the orders table's stream (with
 * ReportBatchItemFailures): publishes one event per order status change to the SNS FIFO topic.
 * A bad configuration throws ConfigError naming the variable, on every invocation, until fixed.
 */
export async function handler(event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> {
  publisher ??= orderEventsPublisherFromEnv(process.env);
  if (context?.awsRequestId) publisher.logger.addContext(context);
  return publisher.handle(event);
}
