import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ORDERS_STREAM_VIEW_TYPE, ORDERS_TABLE_INDEXES, ORDERS_TABLE_KEY_ATTRIBUTES, PRODUCTS_TABLE_HASH_KEY } from '@checkout/aws-adapters';
import { MAX_RECEIVE_COUNT, type StageResources } from './resources';

export interface ProvisionedStage extends StageResources {
  ordersQueueUrl: string;
  ordersDlqUrl: string;
  /** The orders table's change stream, which the order-events publisher reads. */
  ordersStreamArn: string;
  orderEventsTopicArn: string;
}

/**
 * Creates a stage's tables (the orders table with its stream, the catalog), queues, bucket and order-events
 * topic against any AWS-compatible endpoint (the local emulators, LocalStack; endpoints from
 * AWS_ENDPOINT_URL_*). Idempotent: existing resources are kept; an existing orders table without
 * its stream gets one.
 */
export async function provisionStage(
  names: StageResources,
  options: { region: string; visibilityTimeoutSeconds?: number },
): Promise<ProvisionedStage> {
  const clients = {
    dynamodb: new DynamoDBClient({ region: options.region }),
    sqs: new SQSClient({ region: options.region }),
    s3: new S3Client({ region: options.region, forcePathStyle: true }),
    sns: new SNSClient({ region: options.region }),
  };
  try {
    return await createResources(clients, names, options.visibilityTimeoutSeconds ?? 60);
  } finally {
    clients.dynamodb.destroy();
    clients.sqs.destroy();
    clients.s3.destroy();
    clients.sns.destroy();
  }
}

async function createResources(
  clients: { dynamodb: DynamoDBClient; sqs: SQSClient; s3: S3Client; sns: SNSClient },
  names: StageResources,
  visibilityTimeoutSeconds: number,
): Promise<ProvisionedStage> {
  await Promise.all([
    createTable(clients.dynamodb, new CreateTableCommand(ordersTableInput(names.ordersTable))),
    createTable(clients.dynamodb, new CreateTableCommand({
      TableName: names.idempotencyTable,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    })).then(() =>
      clients.dynamodb.send(
        new UpdateTimeToLiveCommand({
          TableName: names.idempotencyTable,
          TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        }),
      ).catch((error: { name?: string; message?: string }) => {
        // Re-provisioning a table whose TTL is already on is fine.
        if (!/already enabled/i.test(error.message ?? '')) throw error;
      }),
    ),
    createTable(clients.dynamodb, new CreateTableCommand(productsTableInput(names.productsTable))),
    clients.s3.send(new CreateBucketCommand({ Bucket: names.invoicesBucket })).catch((error: { name?: string }) => {
      if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists') throw error;
    }),
  ]);

  const dlq = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: names.ordersDlq, Attributes: { MessageRetentionPeriod: String(14 * 86_400) } }),
  );
  const dlqArn = await queueArn(clients.sqs, dlq.QueueUrl!);
  const queue = await clients.sqs.send(
    new CreateQueueCommand({
      QueueName: names.ordersQueue,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        ReceiveMessageWaitTimeSeconds: '20',
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: MAX_RECEIVE_COUNT }),
      },
    }),
  );
  const [ordersStreamArn, topic] = await Promise.all([
    enabledOrdersStream(clients.dynamodb, names.ordersTable),
    // FIFO: per-order order and deduplication by the event id the publisher sets (docs/decisions/order-events.md).
    clients.sns.send(
      new CreateTopicCommand({ Name: names.orderEventsTopic, Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'false' } }),
    ),
  ]);
  return { ...names, ordersQueueUrl: queue.QueueUrl!, ordersDlqUrl: dlq.QueueUrl!, ordersStreamArn, orderEventsTopicArn: topic.TopicArn! };
}

/** The orders table's stream ARN, enabling the stream first on a table created without it. */
async function enabledOrdersStream(dynamodb: DynamoDBClient, tableName: string): Promise<string> {
  const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
  if (Table?.StreamSpecification?.StreamEnabled && Table.LatestStreamArn) return Table.LatestStreamArn;
  const updated = await dynamodb.send(
    new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: ORDERS_STREAM_VIEW_TYPE } }),
  );
  return updated.TableDescription!.LatestStreamArn!;
}

/** The orders table of the contract: `pk`, the keys-only GSIs of ORDERS_TABLE_INDEXES, and its stream. */
export function ordersTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: ORDERS_TABLE_KEY_ATTRIBUTES.map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    })),
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    StreamSpecification: { StreamEnabled: true, StreamViewType: ORDERS_STREAM_VIEW_TYPE },
    GlobalSecondaryIndexes: ORDERS_TABLE_INDEXES.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.hashKey, KeyType: 'HASH' },
        { AttributeName: index.rangeKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'KEYS_ONLY' },
    })),
  };
}

/** The catalog of the contract: one item per product, keyed by `sku`. */
export function productsTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: PRODUCTS_TABLE_HASH_KEY, AttributeType: 'S' }],
    KeySchema: [{ AttributeName: PRODUCTS_TABLE_HASH_KEY, KeyType: 'HASH' }],
  };
}

async function createTable(dynamodb: DynamoDBClient, command: CreateTableCommand): Promise<void> {
  try {
    await dynamodb.send(command);
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}

async function queueArn(sqs: SQSClient, queueUrl: string): Promise<string> {
  const result = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
  return result.Attributes!.QueueArn!;
}
