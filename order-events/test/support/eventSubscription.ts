import { SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, DeleteMessageBatchCommand, DeleteQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { OrderEventSchema, type OrderEvent } from '@checkout/domain';
import { randomBytes } from 'node:crypto';

export interface EventSubscription {
  /**
   * Receives (and deletes) events until `done(all received so far)` holds; returns them in the
   * order they arrived. Every event must pass the published schema.
   */
  receiveUntil(done: (events: OrderEvent[]) => boolean, timeoutMs?: number): Promise<OrderEvent[]>;
  /** What one receive without waiting finds now (and deletes). */
  receiveNow(): Promise<OrderEvent[]>;
  close(): Promise<void>;
}

/**
 * Subscribes a new SQS FIFO queue to the order-events topic with raw message delivery, as a
 * subscriber would (README, "Order events"). `endpoint` defaults to the SDK's AWS_ENDPOINT_URL_*.
 */
export async function subscribeToOrderEvents(topicArn: string, options: { endpoint?: string; region?: string } = {}): Promise<EventSubscription> {
  const config = {
    region: options.region ?? process.env.AWS_REGION ?? 'us-east-1',
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } } : {}),
  };
  const sqs = new SQSClient(config);
  const sns = new SNSClient(config);
  const { QueueUrl: queueUrl } = await sqs.send(
    new CreateQueueCommand({ QueueName: `order-events-sub-${randomBytes(4).toString('hex')}.fifo`, Attributes: { FifoQueue: 'true' } }),
  );
  const arn = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
  const { SubscriptionArn } = await sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: arn.Attributes!.QueueArn!,
      Attributes: { RawMessageDelivery: 'true' },
      ReturnSubscriptionArn: true,
    }),
  );

  const receive = async (waitSeconds: number): Promise<OrderEvent[]> => {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: waitSeconds }),
    );
    if (Messages.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    }
    return Messages.map((m) => OrderEventSchema.parse(JSON.parse(m.Body!)));
  };

  return {
    async receiveUntil(done, timeoutMs = 60_000) {
      const events: OrderEvent[] = [];
      const deadline = Date.now() + timeoutMs;
      while (!done(events)) {
        if (Date.now() > deadline) {
          throw new Error(`timed out after ${timeoutMs} ms; received: ${events.map((e) => `${e.orderId} ${e.eventType}`).join(', ')}`);
        }
        // A long poll: returns as soon as a message arrives.
        events.push(...(await receive(1)));
      }
      return events;
    },
    receiveNow: () => receive(0),
    async close() {
      await sns.send(new UnsubscribeCommand({ SubscriptionArn }));
      await sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
      sqs.destroy();
      sns.destroy();
    },
  };
}

/** `eventType` (and for OrderStatusChanged, `:status`) of each event of `orderId`, in order. */
export const lifecycleOf = (events: readonly OrderEvent[], orderId: string): string[] =>
  events.filter((e) => e.orderId === orderId).map((e) => (e.eventType === 'OrderStatusChanged' ? `${e.eventType}:${e.status}` : e.eventType));
