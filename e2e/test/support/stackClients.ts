import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocument, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { InvoiceFiles, OrderQueue, OrderStore, orderKey, sdkMessageSender } from '@checkout/aws-adapters';
import { newOrder, type Order } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import type { LocalStackProcess } from '../../../local-stack/src/stackProcess';

/** The `local` stage's adapters, talking to a stack process's emulators as any client would. */
export function stackAdapters(stack: LocalStackProcess) {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const region = 'us-east-1';
  const dynamo = DynamoDBDocument.from(new DynamoDBClient({ region, endpoint: stack.dynamodbUrl, credentials }), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const sqs = new SQSClient({ region, endpoint: stack.awsUrl, credentials });
  const s3 = new S3Client({ region, endpoint: stack.awsUrl, credentials, forcePathStyle: true });
  const store = new OrderStore(dynamo, { orders: 'orders-local' });
  return {
    store,
    files: new InvoiceFiles(s3, 'invoices-local'),
    queue: new OrderQueue(sdkMessageSender(sqs), `${stack.awsUrl}/000000000000/orders-local`),
    /** Records an order as another channel would (no API validation) and queues it. */
    async placeDirectly(order: Order): Promise<void> {
      await store.createOrder(order);
      await this.queue.send(order.orderId);
      await store.markEnqueued(order.orderId);
    },
    /** Changes stored attributes of an order, as an operator fixing a record would. */
    async patchOrder(orderId: string, set: Record<string, unknown>): Promise<void> {
      const names = Object.keys(set);
      await dynamo.send(
        new UpdateCommand({
          TableName: 'orders-local',
          Key: orderKey(orderId),
          UpdateExpression: `SET ${names.map((_, i) => `#n${i} = :v${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#n${i}`, name])),
          ExpressionAttributeValues: Object.fromEntries(names.map((name, i) => [`:v${i}`, set[name]])),
        }),
      );
    },
    close() {
      dynamo.destroy();
      sqs.destroy();
      s3.destroy();
    },
  };
}

/**
 * An order whose stored total does not match its lines: the worker refuses it three times, the
 * dead-letter queue takes it and the worker marks it FAILED. `fix` is the stored total it should have.
 */
export function aCorruptOrder(customerEmail: string): { order: Order; fix: { totalMinor: number } } {
  const order = newOrder(anOrderRequest({ customer: { ...anOrderRequest().customer, email: customerEmail } }), new Date());
  return { order: { ...order, totalMinor: 1 }, fix: { totalMinor: order.totalMinor } };
}
