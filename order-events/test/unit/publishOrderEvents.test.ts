import { marshall } from '@aws-sdk/util-dynamodb';
import { createLogger, orderKey } from '@checkout/aws-adapters';
import { newOrder, type Order, type OrderEvent } from '@checkout/domain';
import type { DynamoDBRecord } from 'aws-lambda';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { createOrderEventsPublisher, type EventTopic } from '../../src';

const T0 = new Date('2026-11-29T10:00:00.000Z');
const order = newOrder(anOrderRequest(), T0, '01M84GAXWBR7XFKF4AN5573XZ9');
const processing: Order = { ...order, status: 'PROCESSING', updatedAt: '2026-11-29T10:00:01.000Z' };

/** An order item as the store writes it (ORDER#<id>, entity ORDER, with bookkeeping attributes). */
const item = (o: Order, extra: Record<string, unknown> = {}) => ({ ...orderKey(o.orderId), entity: 'ORDER', ...o, ...extra });

let sequence = 0;
/** A stream record as Lambda delivers it. */
function aRecord(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', images: { old?: Record<string, unknown>; new?: Record<string, unknown> }): DynamoDBRecord {
  const keyOf = (images.new ?? images.old)!;
  return {
    eventName,
    dynamodb: {
      Keys: marshall({ pk: keyOf.pk }) as never,
      SequenceNumber: String(++sequence).padStart(21, '0'),
      ...(images.old ? { OldImage: marshall(images.old, { removeUndefinedValues: true }) as never } : {}),
      ...(images.new ? { NewImage: marshall(images.new, { removeUndefinedValues: true }) as never } : {}),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

function recordingTopic(failOn?: (event: OrderEvent) => boolean): EventTopic & { published: OrderEvent[] } {
  const published: OrderEvent[] = [];
  return {
    published,
    async publish(event) {
      if (failOn?.(event)) throw new Error('Throttling: Rate exceeded');
      published.push(event);
    },
  };
}

const logger = createLogger('order-events-test', 'SILENT');

describe('the order-events publisher, given stream records', () => {
  it('publishes the events of order status changes, in stream order', async () => {
    const topic = recordingTopic();
    const publisher = createOrderEventsPublisher({ topic, logger });
    const result = await publisher.handle({
      Records: [aRecord('INSERT', { new: item(order, { outboxPending: 'PENDING' }) }), aRecord('MODIFY', { old: item(order), new: item(processing) })],
    });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(topic.published.map((e) => [e.eventType, e.status])).toEqual([
      ['OrderCreated', 'RECEIVED'],
      ['OrderStatusChanged', 'PROCESSING'],
    ]);
  });

  it('skips invoice numbers, series counters, leases, deletions and writes that keep the status', async () => {
    const topic = recordingTopic();
    const publisher = createOrderEventsPublisher({ topic, logger });
    const result = await publisher.handle({
      Records: [
        aRecord('INSERT', { new: { pk: 'INVOICE#INV-2026-000001', orderId: order.orderId } }),
        aRecord('MODIFY', { old: { pk: 'SERIES#2026', last: 1 }, new: { pk: 'SERIES#2026', last: 2 } }),
        aRecord('INSERT', { new: { pk: 'NUMBERER', holder: 'w1' } }),
        aRecord('MODIFY', { old: item(processing), new: item(processing, { numberPending: 'PENDING#1' }) }),
        aRecord('REMOVE', { old: item(order) }),
      ],
    });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(topic.published).toEqual([]);
  });

  it('stops at the first record it cannot publish and reports it, so the retry starts there', async () => {
    const topic = recordingTopic((event) => event.status === 'PROCESSING');
    const publisher = createOrderEventsPublisher({ topic, logger });
    const records = [
      aRecord('INSERT', { new: item(order) }),
      aRecord('MODIFY', { old: item(order), new: item(processing) }),
      aRecord('MODIFY', { old: item(processing), new: item({ ...processing, status: 'FAILED', updatedAt: '2026-11-29T10:00:02.000Z' }) }),
    ];
    const result = await publisher.handle({ Records: records });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: records[1]!.dynamodb!.SequenceNumber }] });
    // The FAILED event did not overtake the PROCESSING one.
    expect(topic.published.map((e) => e.eventType)).toEqual(['OrderCreated']);
  });

  it('reports a modification without its old image: the stream must carry NEW_AND_OLD_IMAGES', async () => {
    const topic = recordingTopic();
    const publisher = createOrderEventsPublisher({ topic, logger });
    const record = aRecord('MODIFY', { new: item(processing) });
    expect(await publisher.handle({ Records: [record] })).toEqual({ batchItemFailures: [{ itemIdentifier: record.dynamodb!.SequenceNumber }] });
    expect(topic.published).toEqual([]);
  });
});
