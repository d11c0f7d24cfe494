import { SCALE_IN_COOLDOWN_SECONDS, BACKLOG_WITHOUT_WORKERS } from '../../src/constructs/workerScaling';
import { SHUTDOWN_TIMEOUT_SECONDS, STOP_TIMEOUT_SECONDS } from '../../src/constructs/workerService';
import type { StageName } from '../../src/stages';
import { committedSettings, ref, resources, resourceWhere, synthStage, type Resource, type Synthesized } from './support/synth';

const STAGES: StageName[] = ['dev', 'prod'];
const synths = {} as Record<StageName, Synthesized>;
beforeAll(() => {
  for (const stage of STAGES) synths[stage] = synthStage(stage);
});

interface Worker {
  cluster: string;
  service: string;
  queue: string;
  dlq: string;
  target: string;
}
function workerIds(synth: Synthesized, stage: StageName): Worker {
  return {
    cluster: Object.keys(resources(synth, 'aws_ecs_cluster'))[0]!,
    service: resourceWhere(synth, 'aws_ecs_service', 'name', `invoice-worker-${stage}`)[0],
    queue: resourceWhere(synth, 'aws_sqs_queue', 'name', `orders-${stage}`)[0],
    dlq: resourceWhere(synth, 'aws_sqs_queue', 'name', `orders-${stage}-dlq`)[0],
    target: Object.keys(resources(synth, 'aws_appautoscaling_target'))[0]!,
  };
}
const policyOfType = (synth: Synthesized, type: string) => resourceWhere(synth, 'aws_appautoscaling_policy', 'policy_type', type);

describe.each(STAGES)('worker scaling in %s', (stage) => {
  let synth: Synthesized;
  let ids: Worker;
  beforeAll(() => {
    synth = synths[stage];
    ids = workerIds(synth, stage);
  });

  it('scales the worker service desired count between the stage min and max', () => {
    const { minTasks, maxTasks } = committedSettings(stage).worker;
    expect(resources(synth, 'aws_appautoscaling_target')[ids.target]).toEqual({
      service_namespace: 'ecs',
      scalable_dimension: 'ecs:service:DesiredCount',
      resource_id: `service/${ref('aws_ecs_cluster', ids.cluster, 'name')}/${ref('aws_ecs_service', ids.service, 'name')}`,
      min_capacity: minTasks,
      max_capacity: maxTasks,
    });
  });

  it('leaves the desired count to autoscaling after creation', () => {
    const service = resources(synth, 'aws_ecs_service')[ids.service]!;
    expect(service.lifecycle).toEqual({ ignore_changes: ['desired_count'] });
    expect(service.desired_count).toBe(committedSettings(stage).worker.minTasks);
  });

  it('attaches both policies to the worker scalable target', () => {
    const policies = Object.values(resources(synth, 'aws_appautoscaling_policy'));
    expect(policies.map((p) => p.policy_type).sort()).toEqual(['StepScaling', 'TargetTrackingScaling']);
    for (const policy of policies) {
      expect(policy).toMatchObject({
        resource_id: ref('aws_appautoscaling_target', ids.target, 'resource_id'),
        scalable_dimension: ref('aws_appautoscaling_target', ids.target, 'scalable_dimension'),
        service_namespace: ref('aws_appautoscaling_target', ids.target, 'service_namespace'),
      });
    }
  });

  it('tracks visible orders per running task (at least one) at the acceptable backlog of the stage', () => {
    const [, policy] = policyOfType(synth, 'TargetTrackingScaling');
    const config = policy.target_tracking_scaling_policy_configuration;
    expect(config.target_value).toBe(committedSettings(stage).worker.acceptableBacklogPerTask);
    const metrics = config.customized_metric_specification.metrics as Resource[];
    const byId = Object.fromEntries(metrics.map((m) => [m.id, m]));
    expect(byId.visible!.metric_stat.metric).toMatchObject({
      namespace: 'AWS/SQS',
      metric_name: 'ApproximateNumberOfMessagesVisible',
      dimensions: [{ name: 'QueueName', value: ref('aws_sqs_queue', ids.queue, 'name') }],
    });
    expect(byId.running!.metric_stat.metric).toMatchObject({
      namespace: 'ECS/ContainerInsights',
      metric_name: 'RunningTaskCount',
      dimensions: [
        { name: 'ClusterName', value: ref('aws_ecs_cluster', ids.cluster, 'name') },
        { name: 'ServiceName', value: ref('aws_ecs_service', ids.service, 'name') },
      ],
    });
    const returned = metrics.filter((m) => m.return_data === true);
    expect(returned).toHaveLength(1);
    expect(returned[0]!.expression).toBe('FILL(visible, 0) / IF(FILL(running, 0) > 1, FILL(running, 0), 1)');
  });

  it('scales in only after a cooldown far longer than a task needs to drain and stop', () => {
    const [, policy] = policyOfType(synth, 'TargetTrackingScaling');
    const config = policy.target_tracking_scaling_policy_configuration;
    expect(config.scale_in_cooldown).toBe(SCALE_IN_COOLDOWN_SECONDS);
    expect(config.scale_in_cooldown).toBeGreaterThan(STOP_TIMEOUT_SECONDS);
    expect(config.disable_scale_in).toBeUndefined();
  });

  it('adds a task when messages wait in the orders queue or the DLQ and no task runs', () => {
    const [policyId, policy] = policyOfType(synth, 'StepScaling');
    expect(policy.step_scaling_policy_configuration).toMatchObject({
      adjustment_type: 'ChangeInCapacity',
      step_adjustment: [{ metric_interval_lower_bound: '0', scaling_adjustment: 1 }],
    });
    const [, alarm] = resourceWhere(synth, 'aws_cloudwatch_metric_alarm', 'alarm_name', `invoice-worker-${stage}-scale-from-zero`);
    expect(alarm).toMatchObject({
      alarm_actions: [ref('aws_appautoscaling_policy', policyId, 'arn')],
      comparison_operator: 'GreaterThanOrEqualToThreshold',
      threshold: 1,
      evaluation_periods: 1,
    });
    expectBacklogWithoutWorkersMath(alarm, ids);
  });

  it('pages when messages have waited the configured minutes with no running task', () => {
    const minutes = committedSettings(stage).alarms.backlogWithoutWorkersMinutes;
    const [, alarm] = resourceWhere(synth, 'aws_cloudwatch_metric_alarm', 'alarm_name', `invoice-worker-${stage}-backlog-without-workers`);
    expect(alarm).toMatchObject({ evaluation_periods: minutes, datapoints_to_alarm: minutes, threshold: 1 });
    expect(alarm.alarm_actions[0]).toMatch(/^\$\{aws_sns_topic\./);
    expectBacklogWithoutWorkersMath(alarm, ids);
  });
});

function expectBacklogWithoutWorkersMath(alarm: Resource, ids: Worker): void {
  const queries = alarm.metric_query as Resource[];
  const byId = Object.fromEntries(queries.map((q) => [q.id, q]));
  expect(byId.visible!.metric).toMatchObject({ dimensions: { QueueName: ref('aws_sqs_queue', ids.queue, 'name') } });
  expect(byId.dlq_visible!.metric).toMatchObject({ dimensions: { QueueName: ref('aws_sqs_queue', ids.dlq, 'name') } });
  expect(byId.running!.metric).toMatchObject({
    namespace: 'ECS/ContainerInsights',
    metric_name: 'RunningTaskCount',
    dimensions: { ClusterName: ref('aws_ecs_cluster', ids.cluster, 'name'), ServiceName: ref('aws_ecs_service', ids.service, 'name') },
  });
  expect(queries.filter((q) => q.return_data === true).map((q) => q.id)).toEqual([BACKLOG_WITHOUT_WORKERS]);
  expect(byId[BACKLOG_WITHOUT_WORKERS]!.expression).toBe(
    'IF((FILL(visible, 0) + FILL(dlq_visible, 0)) > 0 AND FILL(running, 0) == 0, 1, 0)',
  );
}

it('makes scale-in safe: the worker drains within its shutdown timeout before ECS kills it', () => {
  const container = JSON.parse(
    Object.values(resources(synths.dev, 'aws_ecs_task_definition'))[0]!.container_definitions,
  )[0] as Resource;
  const shutdown = Number(container.environment.find((e: Resource) => e.name === 'SHUTDOWN_TIMEOUT_SECONDS').value);
  expect(shutdown).toBe(SHUTDOWN_TIMEOUT_SECONDS);
  expect(container.stopTimeout).toBeGreaterThan(shutdown);
  expect(container.stopTimeout).toBeLessThanOrEqual(120);
});
