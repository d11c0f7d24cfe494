import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { isOrderItem, isRefundItem, orderFromItem, refundFromItem } from '@checkout/aws-adapters';
import { type Order, orderEventFor, type OrderEvent, type Refund, refundEventFor } from '@checkout/domain';
import type { DynamoDBRecord } from 'aws-lambda';

/** One write to an order or a refund: the item before (undefined when the write created it) and after. */
export type OrderChange =
  | { kind: 'order'; before: Order | undefined; after: Order }
  | { kind: 'refund'; before: Refund | undefined; after: Refund };

/** A stream record the publisher cannot read: it says what is wrong with the stream's configuration. */
export class StreamRecordError extends Error {
  override readonly name = 'StreamRecordError';
  constructor(readonly sequenceNumber: string | undefined, message: string) {
    super(`stream record ${sequenceNumber ?? '(no sequence number)'}: ${message}`);
  }
}

type Image = Record<string, AttributeValue>;

/**
 * The order or refund change in a DynamoDB stream record (as Lambda delivers it; the local poller
 * builds the same shape), or undefined when the record is about neither or deletes one. Throws
 * StreamRecordError when a modification comes without its old image (the stream must be
 * NEW_AND_OLD_IMAGES: without the old image a status change cannot be told from any other write).
 */
export function orderChangeOf(record: DynamoDBRecord): OrderChange | undefined {
  const stream = record.dynamodb;
  if (record.eventName === 'REMOVE' || !stream?.NewImage) return undefined;
  const after = unmarshall(stream.NewImage as Image);
  const kind = isOrderItem(after) ? 'order' : isRefundItem(after) ? 'refund' : undefined;
  if (!kind) return undefined;
  let before: Record<string, unknown> | undefined;
  if (record.eventName !== 'INSERT') {
    if (!stream.OldImage) {
      throw new StreamRecordError(stream.SequenceNumber, 'a MODIFY without OldImage; the stream view type must be NEW_AND_OLD_IMAGES');
    }
    before = unmarshall(stream.OldImage as Image);
  }
  return kind === 'order'
    ? { kind: 'order', before: before && orderFromItem(before), after: orderFromItem(after) }
    : { kind: 'refund', before: before && refundFromItem(before), after: refundFromItem(after) };
}

/** The event of a change, or undefined when it did not change a status. */
export function eventOf(change: OrderChange): OrderEvent | undefined {
  return change.kind === 'order' ? orderEventFor(change.before, change.after) : refundEventFor(change.before, change.after);
}
