import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { isOrderItem, orderFromItem } from '@checkout/aws-adapters';
import type { Order } from '@checkout/domain';
import type { DynamoDBRecord } from 'aws-lambda';

/** One write to an order: the order before (undefined when the write created it) and after. */
export interface OrderChange {
  before: Order | undefined;
  after: Order;
}

/** A stream record the publisher cannot read: it says what is wrong with the stream's configuration. */
export class StreamRecordError extends Error {
  override readonly name = 'StreamRecordError';
  constructor(readonly sequenceNumber: string | undefined, message: string) {
    super(`stream record ${sequenceNumber ?? '(no sequence number)'}: ${message}`);
  }
}

type Image = Record<string, AttributeValue>;

/**
 * The order change in a DynamoDB stream record (as Lambda delivers it; the local poller builds the
 * same shape), or undefined when the record is not about an order or deletes one. Throws
 * StreamRecordError when a modification comes without its old image (the stream must be
 * NEW_AND_OLD_IMAGES: without the old image a status change cannot be told from any other write).
 */
export function orderChangeOf(record: DynamoDBRecord): OrderChange | undefined {
  const stream = record.dynamodb;
  if (record.eventName === 'REMOVE' || !stream?.NewImage) return undefined;
  const after = unmarshall(stream.NewImage as Image);
  if (!isOrderItem(after)) return undefined;
  if (record.eventName === 'INSERT') return { before: undefined, after: orderFromItem(after) };
  if (!stream.OldImage) {
    throw new StreamRecordError(stream.SequenceNumber, 'a MODIFY without OldImage; the stream view type must be NEW_AND_OLD_IMAGES');
  }
  return { before: orderFromItem(unmarshall(stream.OldImage as Image)), after: orderFromItem(after) };
}
