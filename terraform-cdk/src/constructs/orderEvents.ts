import { Construct } from 'constructs';
import type { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import type { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
// The stream and topic contract the application reads and writes, defined once (constants only, no SDK).
import { ORDER_EVENTS_STREAM_FILTERS, orderEventsTopicName } from '@checkout/aws-adapters/src/tableKeys';
import { policyDocument } from '../iam';
import type { StageSettings } from '../stages';
import { KEY_ADMIN_ACTIONS } from './alarms';
import { NodeLambda } from './nodeLambda';
import { encryptedQueue } from './queues';
import type { Tables } from './tables';

export interface OrderEventsProps {
  settings: StageSettings;
  accountId: string;
  bundleDir: string;
  tables: Tables;
}

/** Records per invocation: the poller reads up to this many per shard (and so does `npm start`'s). */
export const STREAM_BATCH_SIZE = 100;

/**
 * One event per order status change (docs/decisions/order-events.md): the orders table's stream →
 * event source mapping → `checkout-order-events-<stage>` → SNS FIFO topic `order-events-<stage>.fifo`
 * (MessageGroupId = orderId, MessageDeduplicationId = eventId), encrypted with its own KMS key.
 * Failed batches are retried until they succeed or the records leave the stream (24 h); records
 * dropped then are named (shard, sequence numbers) in `order-events-failures-<stage>`.
 */
export class OrderEvents extends Construct {
  readonly topic: SnsTopic;
  readonly lambda: NodeLambda;
  readonly failures: SqsQueue;
  readonly mapping: LambdaEventSourceMapping;

  constructor(scope: Construct, id: string, props: OrderEventsProps) {
    super(scope, id);
    const { settings, tables } = props;
    const stage = settings.stage;

    // A key of our own rather than aws/sns: subscribers in other accounts or services can be granted it.
    const key = new KmsKey(this, 'key', {
      description: `order-events-${stage} topic encryption`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policyDocument(this, 'key-policy', [
        {
          // In a key policy, resource "*" means "this key"; the account's IAM policies decide the rest.
          sid: 'KeyPolicyAccountAdministration',
          actions: KEY_ADMIN_ACTIONS,
          resources: ['*'],
          principals: [{ type: 'AWS', identifiers: [`arn:aws:iam::${props.accountId}:root`] }],
        },
      ]).json,
    });
    new KmsAlias(this, 'key-alias', { name: `alias/order-events-${stage}`, targetKeyId: key.keyId });

    this.topic = new SnsTopic(this, 'topic', {
      name: orderEventsTopicName(stage),
      fifoTopic: true,
      // Deduplication by the event id the publisher sets, never by content.
      contentBasedDeduplication: false,
      kmsMasterKeyId: key.arn,
    });

    this.failures = encryptedQueue(this, 'failures', { name: `order-events-failures-${stage}`, retentionSeconds: 14 * 24 * 3600 });

    this.lambda = new NodeLambda(this, 'publisher', {
      functionName: `checkout-order-events-${stage}`,
      bundleDir: props.bundleDir,
      memorySize: 256,
      timeoutSeconds: 30,
      logRetentionDays: settings.logRetentionDays,
      environment: {
        STAGE: stage,
        LOG_LEVEL: settings.logLevel,
        ORDER_EVENTS_TOPIC_ARN: this.topic.arn,
      },
      statements: [
        {
          // What the event source mapping does with the function's role.
          sid: 'ReadOrdersStream',
          actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
          resources: [tables.orders.streamArn],
        },
        { sid: 'PublishOrderEvents', actions: ['sns:Publish'], resources: [this.topic.arn] },
        { sid: 'EncryptOrderEvents', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [key.arn] },
        // The event source mapping delivers the on-failure record with the function's role.
        { sid: 'DeliverFailedBatches', actions: ['sqs:SendMessage'], resources: [this.failures.arn] },
      ],
    });

    this.mapping = new LambdaEventSourceMapping(this, 'stream', {
      eventSourceArn: tables.orders.streamArn,
      functionName: this.lambda.function.arn,
      // On the first deployment, every change the stream still holds (24 h) is published too.
      startingPosition: 'TRIM_HORIZON',
      batchSize: STREAM_BATCH_SIZE,
      maximumBatchingWindowInSeconds: 1,
      // One batch per shard at a time: an order's changes are published in the order they were written.
      parallelizationFactor: 1,
      functionResponseTypes: ['ReportBatchItemFailures'],
      bisectBatchOnFunctionError: true,
      // Retried until the record leaves the stream (maximumRetryAttempts left at its default, -1):
      // an event is late rather than lost; the iterator-age alarm pages long before 24 h.
      maximumRecordAgeInSeconds: -1,
      filterCriteria: { filter: ORDER_EVENTS_STREAM_FILTERS.map((filter) => ({ pattern: JSON.stringify(filter) })) },
      destinationConfig: { onFailure: { destinationArn: this.failures.arn } },
      // Lambda checks the role can read the stream when the mapping is created: the inline policy first.
      dependsOn: [this.lambda.node.findChild('role-policy') as IamRolePolicy],
    });
  }
}
