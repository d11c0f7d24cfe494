import { SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, DeleteMessageBatchCommand, DeleteQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { withoutSdkLogging } from '@checkout/aws-adapters';
import { OrderEventSchema, type OrderEvent } from '@checkout/domain';
import { randomBytes } from 'node:crypto';

export interface EventSubscription {
  /** Long-polls up to `waitSeconds` (0: returns at once) and returns (and deletes) what arrived, in order. */
  receive(waitSeconds: number): Promise<OrderEvent[]>;
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
 * subscriber would (README, "Order events"), for the local console and the tests; `close`
 * unsubscribes and deletes the queue. `endpoint` defaults to the SDK's AWS_ENDPOINT_URL_*.
 * `name` prefixes the queue's name (a random suffix keeps subscribers apart).
 */
export async function subscribeToOrderEvents(
  topicArn: string,
  options: { endpoint?: string; region?: string; name?: string } = {},
): Promise<EventSubscription> {
  const config = {
    region: options.region ?? process.env.AWS_REGION ?? 'us-east-1',
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } } : {}),
  };
  const sqs = withoutSdkLogging(new SQSClient(config));
  const sns = withoutSdkLogging(new SNSClient(config));
  const { QueueUrl: queueUrl } = await sqs.send(
    new CreateQueueCommand({ QueueName: `${options.name ?? 'order-events-sub'}-${randomBytes(4).toString('hex')}.fifo`, Attributes: { FifoQueue: 'true' } }),
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
    receive,
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
