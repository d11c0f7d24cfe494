import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from '@aws-sdk/client-dynamodb-streams';
import { SNSClient } from '@aws-sdk/client-sns';
import { createLogger, OrderStore } from '@checkout/aws-adapters';
import { newOrder, type OrderEvent } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { lambdaEvent, startStreamPoller, type StreamPoller } from '../../../local-stack/src/streamPoller';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { SnsEventTopic, orderEventsPublisherFromEnv, type EventTopic, type RunningOrderEventsPublisher } from '../../src';
import { lifecycleOf, subscribeToOrderEvents, type EventSubscription } from '../support/eventSubscription';

/**
 * The orders table's stream → the publisher → the SNS FIFO topic → a subscribed SQS FIFO queue, on
 * the real emulators (DynamoDB Local's Streams API, fauxqs SNS and SQS). Orders are written through
 * the real OrderStore, so the events come from the writes the components make.
 */

const silent = createLogger('order-events-test', 'SILENT');

interface Harness {
  stage: TestStage;
  store: OrderStore;
  subscription: EventSubscription;
  publisher: RunningOrderEventsPublisher;
  close(): Promise<void>;
}

async function harness(prefix: string, topic?: (real: EventTopic) => EventTopic): Promise<Harness> {
  const stage = await createTestStage(prefix);
  const sns = new SNSClient({ region: stage.env.AWS_REGION });
  const real = new SnsEventTopic(sns, stage.resources.orderEventsTopicArn);
  const publisher = orderEventsPublisherFromEnv(stage.env, { logger: silent, topic: topic ? topic(real) : real });
  const subscription = await subscribeToOrderEvents(stage.resources.orderEventsTopicArn);
  return {
    stage,
    store: new OrderStore(stage.clients.dynamo, { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable }),
    subscription,
    publisher,
    async close() {
      await subscription.close();
      publisher.close();
      sns.destroy();
      stage.close();
    },
  };
}

const T0 = new Date('2026-11-29T10:00:00.000Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
/** A new order stored RECEIVED, as the ingress stores it. */
async function placeOrder(store: OrderStore): Promise<string> {
  const order = newOrder(anOrderRequest(), T0);
  await store.createOrder(order);
  return order.orderId;
}

const hasEvent = (orderId: string, eventType: OrderEvent['eventType'], status?: string) => (events: OrderEvent[]) =>
  events.some((e) => e.orderId === orderId && e.eventType === eventType && (status === undefined || e.status === status));

describe('order events from the orders stream, through the local poller', () => {
  let h: Harness;
  let poller: StreamPoller;
  beforeAll(async () => {
    h = await harness('events');
    poller = startStreamPoller({
      streamArn: h.stage.resources.ordersStreamArn,
      region: h.stage.env.AWS_REGION!,
      invoke: (event) => h.publisher.handle(event),
      logger: silent,
    });
  });
  afterAll(async () => {
    await poller?.stop();
    await h?.close();
  });

  it('publishes each status change once, in order, and nothing for writes that keep the status', async () => {
    const failed = await placeOrder(h.store);
    const cancelled = await placeOrder(h.store);
    await h.store.transition(cancelled, 'CANCELLED', later(1));
    await h.store.startProcessing(failed, later(1));
    // A redelivered order resuming where a crashed worker left it, then a failed attempt: same status.
    await h.store.transition(failed, 'PROCESSING', later(2));
    await h.store.recordFailureReason(failed, 'Error: boom', later(3));
    await h.store.transition(failed, 'FAILED', later(4), { failureReason: 'Error: boom' });

    const events = await h.subscription.receiveUntil((e) => hasEvent(failed, 'OrderFailed')(e) && hasEvent(cancelled, 'OrderStatusChanged', 'CANCELLED')(e));
    expect(lifecycleOf(events, failed)).toEqual(['OrderCreated', 'OrderStatusChanged:PROCESSING', 'OrderFailed']);
    expect(lifecycleOf(events, cancelled)).toEqual(['OrderCreated', 'OrderStatusChanged:CANCELLED']);
    expect(events.find((e) => e.orderId === failed && e.eventType === 'OrderFailed')).toMatchObject({
      status: 'FAILED',
      occurredAt: later(4).toISOString(),
      eventId: `${failed}:FAILED:${later(4).toISOString()}`,
      data: { previousStatus: 'PROCESSING', failureReason: 'Error: boom' },
    });
  });
});

describe('a stream batch delivered again (the event source mapping retries, a poller restarts)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness('events-redelivery');
  });
  afterAll(async () => h?.close());

  /** Every record of the stage's orders stream so far, read with the Streams API as Lambda would. */
  async function streamRecords(count: number): Promise<_Record[]> {
    const streams = new DynamoDBStreamsClient({ region: h.stage.env.AWS_REGION });
    try {
      const arn = h.stage.resources.ordersStreamArn;
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: arn }));
      const records: _Record[] = [];
      for (const shard of StreamDescription!.Shards!) {
        let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
        // DynamoDB Local answers at once; an empty page means this shard has nothing more now.
        while (iterator) {
          const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
          records.push(...(page.Records ?? []));
          if (!page.Records?.length) break;
          iterator = page.NextShardIterator;
        }
      }
      expect(records).toHaveLength(count);
      return records;
    } finally {
      streams.destroy();
    }
  }

  it('publishes nothing twice: each change keeps its event id and the FIFO topic drops the repeat', async () => {
    const orderId = await placeOrder(h.store);
    await h.store.startProcessing(orderId, later(1));
    await h.store.transition(orderId, 'FAILED', later(2), { failureReason: 'Error: poison' });
    const records = await streamRecords(3);

    const batch = lambdaEvent(records, h.stage.resources.ordersStreamArn);
    expect(await h.publisher.handle(batch)).toEqual({ batchItemFailures: [] });
    // The whole batch again, then its tail again, as a retry from a checkpoint would deliver it.
    expect(await h.publisher.handle(batch)).toEqual({ batchItemFailures: [] });
    expect(await h.publisher.handle(lambdaEvent(records.slice(1), h.stage.resources.ordersStreamArn))).toEqual({ batchItemFailures: [] });

    const events = await h.subscription.receiveUntil(hasEvent(orderId, 'OrderFailed'));
    expect(lifecycleOf(events, orderId)).toEqual(['OrderCreated', 'OrderStatusChanged:PROCESSING', 'OrderFailed']);
    // Every publish had returned before the first receive: a repeat would be in the queue now.
    expect(await h.subscription.receiveNow()).toEqual([]);
  });
});

describe('a batch that fails part-way', () => {
  let h: Harness;
  let poller: StreamPoller;
  const attempts: string[] = [];
  beforeAll(async () => {
    // The topic refuses each order's PROCESSING event the first time, as SNS does when it throttles.
    const refused = new Set<string>();
    h = await harness('events-retry', (real) => ({
      async publish(event) {
        attempts.push(`${event.orderId} ${event.eventType}`);
        if (event.status === 'PROCESSING' && !refused.has(event.orderId)) {
          refused.add(event.orderId);
          throw new Error('Throttling: Rate exceeded');
        }
        await real.publish(event);
      },
    }));
    poller = startStreamPoller({
      streamArn: h.stage.resources.ordersStreamArn,
      region: h.stage.env.AWS_REGION!,
      invoke: (event) => h.publisher.handle(event),
      logger: silent,
      retryDelaysMs: [10, 10, 10],
    });
  });
  afterAll(async () => {
    await poller?.stop();
    await h?.close();
  });

  it('is retried from the record that failed: every event once, no order overtaken', async () => {
    const orders = [await placeOrder(h.store), await placeOrder(h.store)];
    for (const orderId of orders) await h.store.startProcessing(orderId, later(1));
    for (const orderId of orders) await h.store.transition(orderId, 'FAILED', later(2));

    const events = await h.subscription.receiveUntil((e) => orders.every((orderId) => hasEvent(orderId, 'OrderFailed')(e)));
    for (const orderId of orders) {
      expect(lifecycleOf(events, orderId)).toEqual(['OrderCreated', 'OrderStatusChanged:PROCESSING', 'OrderFailed']);
      // The refused event was tried again; the ones before it were not.
      expect(attempts.filter((a) => a.startsWith(orderId))).toEqual([
        `${orderId} OrderCreated`,
        `${orderId} OrderStatusChanged`,
        `${orderId} OrderStatusChanged`,
        `${orderId} OrderFailed`,
      ]);
    }
  });
});
