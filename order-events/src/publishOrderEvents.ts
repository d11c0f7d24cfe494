import { describeError, forOrder, type Logger } from '@checkout/aws-adapters';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { EventTopic } from './adapters/snsEventTopic';
import { eventOf, orderChangeOf } from './orderChanges';

export interface OrderEventsPublisherDeps {
  topic: EventTopic;
  logger: Logger;
}

export interface OrderEventsPublisher {
  /**
   * Publishes the event of every order status change in a batch of stream records, one at a time
   * in stream order. Stops at the first record it cannot publish and reports it as the batch's
   * failure (`batchItemFailures`, the Lambda contract for ReportBatchItemFailures): the records
   * before it are done, and the batch is retried from it, so an order's events never overtake
   * each other. Never throws for a record; a re-delivered record publishes the same event
   * (same eventId), which the FIFO topic drops as a duplicate.
   */
  handle(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse>;
}

export function createOrderEventsPublisher(deps: OrderEventsPublisherDeps): OrderEventsPublisher {
  const { topic, logger } = deps;

  async function publishRecord(record: DynamoDBRecord): Promise<void> {
    const change = orderChangeOf(record);
    if (!change) return;
    const event = eventOf(change);
    if (!event) return;
    await topic.publish(event);
    forOrder(logger, event.orderId).info('order event published', {
      eventType: event.eventType,
      eventId: event.eventId,
      ...('refundId' in event ? { refundId: event.refundId } : {}),
      sequenceNumber: record.dynamodb?.SequenceNumber,
    });
  }

  return {
    async handle(event) {
      for (const record of event.Records) {
        try {
          await publishRecord(record);
        } catch (error) {
          const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
          const orderId = orderIdOf(record);
          logger.error('order event not published; the batch is retried from this record', {
            ...(orderId ? { orderId } : {}),
            sequenceNumber,
            error: describeError(error),
          });
          return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
        }
      }
      return { batchItemFailures: [] };
    },
  };
}

/** The order a record is about, for the log line of a failure: the key of an order, the order id of a refund's image. */
function orderIdOf(record: DynamoDBRecord): string | undefined {
  const key = record.dynamodb?.Keys?.pk?.S;
  if (key?.startsWith('ORDER#')) return key.slice('ORDER#'.length);
  return record.dynamodb?.NewImage?.orderId?.S;
}
