import { Construct } from 'constructs';
import { CloudwatchMetricAlarm, type CloudwatchMetricAlarmConfig } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { policyDocument } from '../iam';
import type { StageSettings } from '../stages';
import { backlogWithoutWorkersQueries, type WorkerMetricNames } from './workerScaling';

/**
 * What the key's own account may do with the alarm topic key. Listed instead of `kms:*` (our IAM rule:
 * no wildcard actions); it keeps PutKeyPolicy, so the account can always repair the policy.
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:DescribeKey',
  'kms:GetKeyPolicy',
  'kms:PutKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:EnableKeyRotation',
  'kms:DisableKeyRotation',
  'kms:ListKeyRotations',
  'kms:ListResourceTags',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateKeyDescription',
  'kms:EnableKey',
  'kms:DisableKey',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:CreateAlias',
  'kms:UpdateAlias',
  'kms:DeleteAlias',
  'kms:CreateGrant',
  'kms:ListGrants',
  'kms:RevokeGrant',
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:GenerateDataKey',
];

export interface AlarmsProps {
  settings: StageSettings;
  accountId: string;
  worker: WorkerMetricNames;
  apiName: string;
  lambdaFunctionNames: string[];
  notifierFailuresQueueName: string;
  /** The order-events publisher: its stream lag and the queue of records it had to drop. */
  orderEvents: { functionName: string; failuresQueueName: string; maxIteratorAgeSeconds: number };
}

/**
 * `checkout-alarms-<stage>` (SNS, encrypted with its own KMS key because CloudWatch cannot publish to a
 * topic encrypted with the AWS-managed SNS key) and the alarms that page a human.
 */
export class Alarms extends Construct {
  readonly topic: SnsTopic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { settings } = props;
    const stage = settings.stage;

    const keyPolicy = policyDocument(this, 'key-policy', [
      {
        // In a key policy, resource "*" means "this key".
        sid: 'KeyPolicyAccountAdministration',
        actions: KEY_ADMIN_ACTIONS,
        resources: ['*'],
        principals: [{ type: 'AWS', identifiers: [`arn:aws:iam::${props.accountId}:root`] }],
      },
      {
        sid: 'KeyPolicyCloudWatchAlarmsPublish',
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
      },
    ]);
    const key = new KmsKey(this, 'key', {
      description: `checkout-alarms-${stage} topic encryption`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: keyPolicy.json,
    });
    new KmsAlias(this, 'key-alias', { name: `alias/checkout-alarms-${stage}`, targetKeyId: key.keyId });

    this.topic = new SnsTopic(this, 'topic', { name: `checkout-alarms-${stage}`, kmsMasterKeyId: key.arn });
    if (settings.alarms.email) {
      new SnsTopicSubscription(this, 'email', {
        topicArn: this.topic.arn,
        protocol: 'email',
        endpoint: settings.alarms.email,
      });
    }

    const alarm = (alarmId: string, config: Omit<CloudwatchMetricAlarmConfig, 'alarmActions' | 'okActions'>) =>
      new CloudwatchMetricAlarm(this, alarmId, {
        treatMissingData: 'notBreaching',
        ...config,
        alarmActions: [this.topic.arn],
        okActions: [this.topic.arn],
      });
    const perMinute = { period: 60, evaluationPeriods: 1 };
    const queueVisible = (alarmId: string, queueName: string, description: string) =>
      alarm(alarmId, {
        alarmName: `${queueName}-not-empty`,
        alarmDescription: description,
        namespace: 'AWS/SQS',
        metricName: 'ApproximateNumberOfMessagesVisible',
        dimensions: { QueueName: queueName },
        statistic: 'Maximum',
        ...perMinute,
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0,
      });

    queueVisible(
      'dlq-not-empty',
      props.worker.dlqName,
      'An order failed 3 times. The worker marks it FAILED and archives it under failed/; investigate.',
    );
    queueVisible(
      'notifier-failures-not-empty',
      props.notifierFailuresQueueName,
      'An invoice e-mail could not be sent after retries; the event is in this queue.',
    );

    queueVisible(
      'order-events-failures-not-empty',
      props.orderEvents.failuresQueueName,
      'Order events were dropped after 24 h of failed publishing; the message names the stream records to replay.',
    );

    alarm('order-events-lagging', {
      alarmName: `${props.orderEvents.functionName}-iterator-age`,
      alarmDescription: 'Order events are published late: the publisher is failing or throttled; records leave the stream after 24 h.',
      namespace: 'AWS/Lambda',
      metricName: 'IteratorAge',
      dimensions: { FunctionName: props.orderEvents.functionName },
      statistic: 'Maximum',
      period: 60,
      evaluationPeriods: 5,
      comparisonOperator: 'GreaterThanThreshold',
      threshold: props.orderEvents.maxIteratorAgeSeconds * 1000,
    });

    alarm('oldest-order-too-old', {
      alarmName: `${props.worker.queueName}-oldest-message-too-old`,
      alarmDescription: 'Orders wait longer than expected: the worker is down, stuck or too small.',
      namespace: 'AWS/SQS',
      metricName: 'ApproximateAgeOfOldestMessage',
      dimensions: { QueueName: props.worker.queueName },
      statistic: 'Maximum',
      ...perMinute,
      comparisonOperator: 'GreaterThanThreshold',
      threshold: settings.alarms.oldestMessageAgeSeconds,
    });

    alarm('api-5xx', {
      alarmName: `${props.apiName}-5xx`,
      alarmDescription: 'The orders API returned server errors.',
      namespace: 'AWS/ApiGateway',
      metricName: '5XXError',
      dimensions: { ApiName: props.apiName, Stage: stage },
      statistic: 'Sum',
      ...perMinute,
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 0,
    });

    props.lambdaFunctionNames.forEach((functionName) =>
      alarm(`errors-${functionName}`, {
        alarmName: `${functionName}-errors`,
        alarmDescription: `${functionName} threw or timed out.`,
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensions: { FunctionName: functionName },
        statistic: 'Sum',
        ...perMinute,
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0,
      }),
    );

    const minutes = settings.alarms.backlogWithoutWorkersMinutes;
    alarm('backlog-without-workers', {
      alarmName: `invoice-worker-${stage}-backlog-without-workers`,
      alarmDescription: `Messages waited ${minutes} minutes with no running worker task: scaling from zero or the task itself is failing.`,
      metricQuery: backlogWithoutWorkersQueries(props.worker),
      evaluationPeriods: minutes,
      datapointsToAlarm: minutes,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      threshold: 1,
    });
  }
}
