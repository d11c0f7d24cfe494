import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { OrderEvent } from '@checkout/domain';

/** Where events are published: the port the core uses. */
export interface EventTopic {
  /** Publishes one event; resolves once the topic has accepted it (or dropped it as a duplicate). */
  publish(event: OrderEvent): Promise<void>;
}

/**
 * The SNS FIFO topic `order-events-<stage>.fifo`. Each event is published with
 * MessageGroupId = orderId (an order's events are delivered in the order published) and
 * MessageDeduplicationId = eventId (a repeat within SNS's 5-minute window is accepted and dropped).
 * `eventType` and `schemaVersion` are message attributes, for subscription filter policies.
 */
export class SnsEventTopic implements EventTopic {
  constructor(
    private readonly sns: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(event: OrderEvent): Promise<void> {
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Message: JSON.stringify(event),
        MessageGroupId: event.orderId,
        MessageDeduplicationId: event.eventId,
        MessageAttributes: {
          eventType: { DataType: 'String', StringValue: event.eventType },
          schemaVersion: { DataType: 'Number', StringValue: String(event.schemaVersion) },
        },
      }),
    );
  }
}
