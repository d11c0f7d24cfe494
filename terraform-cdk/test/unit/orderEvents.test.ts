import { ORDER_EVENTS_STREAM_FILTERS, ORDERS_STREAM_VIEW_TYPE } from '@checkout/aws-adapters/src/tableKeys';
import { STREAM_BATCH_SIZE } from '../../src/constructs/orderEvents';
import { policyStatements, ref, resources, resourceWhere, synthStage, type Resource, type Synthesized } from './support/synth';

let dev: Synthesized;
beforeAll(() => {
  dev = synthStage('dev');
});

const ordersTable = () => resourceWhere(dev, 'aws_dynamodb_table', 'name', 'orders-dev');
const publisher = () => resourceWhere(dev, 'aws_lambda_function', 'function_name', 'checkout-order-events-dev');
const failures = () => resourceWhere(dev, 'aws_sqs_queue', 'name', 'order-events-failures-dev');
const topic = () => resourceWhere(dev, 'aws_sns_topic', 'name', 'order-events-dev.fifo');
const mapping = (): Resource => {
  const mappings = Object.values(resources(dev, 'aws_lambda_event_source_mapping'));
  expect(mappings).toHaveLength(1);
  return mappings[0]!;
};

describe('order events in AWS', () => {
  it('streams every write of the orders table with its old and new image, as the publisher needs', () => {
    const [, table] = ordersTable();
    expect(table).toMatchObject({ stream_enabled: true, stream_view_type: ORDERS_STREAM_VIEW_TYPE });
    expect(ORDERS_STREAM_VIEW_TYPE).toBe('NEW_AND_OLD_IMAGES');
  });

  it('publishes to an SNS FIFO topic, deduplicated by the event id only, encrypted with its own rotating key', () => {
    const [, sns] = topic();
    expect(sns).toMatchObject({ fifo_topic: true, content_based_deduplication: false });
    const keyId = /^\$\{aws_kms_key\.([^.]+)\.arn\}$/.exec(sns.kms_master_key_id)![1]!;
    expect(resources(dev, 'aws_kms_key')[keyId]).toMatchObject({ enable_key_rotation: true });
    expect(dev.output.order_events_topic_arn!.value).toBe(ref('aws_sns_topic', topic()[0], 'arn'));
  });

  it('feeds the publisher from the stream in order, with partial batch failures, bisection and an on-failure queue', () => {
    const [tableId] = ordersTable();
    const [fnId] = publisher();
    expect(mapping()).toMatchObject({
      event_source_arn: ref('aws_dynamodb_table', tableId, 'stream_arn'),
      function_name: ref('aws_lambda_function', fnId, 'arn'),
      starting_position: 'TRIM_HORIZON',
      batch_size: STREAM_BATCH_SIZE,
      parallelization_factor: 1,
      function_response_types: ['ReportBatchItemFailures'],
      bisect_batch_on_function_error: true,
      maximum_record_age_in_seconds: -1,
      destination_config: { on_failure: { destination_arn: ref('aws_sqs_queue', failures()[0], 'arn') } },
    });
    // Left at the default, -1: retried until the record leaves the stream, never dropped earlier.
    expect(mapping().maximum_retry_attempts).toBeUndefined();
    expect(failures()[1]).toMatchObject({ sqs_managed_sse_enabled: true, message_retention_seconds: 14 * 24 * 3600 });
  });

  it('passes only order items to the publisher, with the filter of the table contract', () => {
    const patterns = (mapping().filter_criteria.filter as Resource[]).map((f) => JSON.parse(f.pattern));
    expect(patterns).toEqual(ORDER_EVENTS_STREAM_FILTERS);
  });

  it('creates the mapping only once the role may read the stream', () => {
    const [roleId] = resourceWhere(dev, 'aws_iam_role', 'name', 'checkout-order-events-dev');
    const [policyId] = Object.entries(resources(dev, 'aws_iam_role_policy')).find(([, p]) => p.role === ref('aws_iam_role', roleId, 'id'))!;
    expect(mapping().depends_on).toContain(`aws_iam_role_policy.${policyId}`);
  });

  it('lets the publisher read the stream, publish to the topic with its key and report failures, and nothing more', () => {
    const [roleId] = resourceWhere(dev, 'aws_iam_role', 'name', 'checkout-order-events-dev');
    const policy = Object.values(resources(dev, 'aws_iam_role_policy')).find((p) => p.role === ref('aws_iam_role', roleId, 'id'))!;
    const documentId = /^\$\{data\.aws_iam_policy_document\.([^.]+)\.json\}$/.exec(policy.policy)![1]!;
    const grants = policyStatements(dev)
      .filter((s) => s.document === documentId)
      .flatMap((s) => s.actions.flatMap((a) => s.resources.map((r) => `${a} ${r}`)))
      .sort();
    const [tableId] = ordersTable();
    const stream = ref('aws_dynamodb_table', tableId, 'stream_arn');
    const keyArn = topic()[1].kms_master_key_id as string;
    const [, fn] = publisher();
    const logGroup = /^\$\{aws_cloudwatch_log_group\.([^.]+)\.name\}$/.exec(fn.logging_config.log_group)![1]!;
    expect(grants).toEqual(
      [
        `dynamodb:DescribeStream ${stream}`,
        `dynamodb:GetRecords ${stream}`,
        `dynamodb:GetShardIterator ${stream}`,
        `dynamodb:ListStreams ${stream}`,
        `sns:Publish ${ref('aws_sns_topic', topic()[0], 'arn')}`,
        `kms:GenerateDataKey ${keyArn}`,
        `kms:Decrypt ${keyArn}`,
        `sqs:SendMessage ${ref('aws_sqs_queue', failures()[0], 'arn')}`,
        `logs:CreateLogStream ${ref('aws_cloudwatch_log_group', logGroup, 'arn')}:*`,
        `logs:PutLogEvents ${ref('aws_cloudwatch_log_group', logGroup, 'arn')}:*`,
      ].sort(),
    );
    expect(fn.environment.variables).toMatchObject({ ORDER_EVENTS_TOPIC_ARN: ref('aws_sns_topic', topic()[0], 'arn'), STAGE: 'dev' });
  });

  it('pages when events are published late or records had to be dropped', () => {
    const alarms = Object.values(resources(dev, 'aws_cloudwatch_metric_alarm'));
    expect(alarms.find((a) => a.metric_name === 'IteratorAge')).toMatchObject({
      namespace: 'AWS/Lambda',
      dimensions: { FunctionName: 'checkout-order-events-dev' },
      statistic: 'Maximum',
      threshold: 300_000,
    });
    expect(alarms.find((a) => a.alarm_name === `${ref('aws_sqs_queue', failures()[0], 'name')}-not-empty`)).toMatchObject({
      metric_name: 'ApproximateNumberOfMessagesVisible',
      threshold: 0,
    });
  });
});
