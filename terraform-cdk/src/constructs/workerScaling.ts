import { Construct } from 'constructs';
import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { CloudwatchMetricAlarm, type CloudwatchMetricAlarmMetricQuery } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import type { StageSettings } from '../stages';
import type { OrderQueues } from './queues';
import type { WorkerService } from './workerService';

/** Names the scaling metrics are read under. */
export interface WorkerMetricNames {
  queueName: string;
  dlqName: string;
  clusterName: string;
  serviceName: string;
}

/** Id of the expression that is 1 while a queue has messages and no worker task runs, else 0. */
export const BACKLOG_WITHOUT_WORKERS = 'backlog_without_workers';

/**
 * Metric math for "work is waiting and nobody is there to do it": visible messages in the orders
 * queue or the DLQ (the worker consumes both) while ECS RunningTaskCount is 0. FILL(…, 0) turns
 * missing data (an idle queue, a service with no task) into zeros instead of INSUFFICIENT_DATA.
 */
export function backlogWithoutWorkersQueries(names: WorkerMetricNames): CloudwatchMetricAlarmMetricQuery[] {
  const metric = (id: string, namespace: string, metricName: string, dimensions: Record<string, string>) => ({
    id,
    returnData: false,
    metric: { namespace, metricName, dimensions, stat: 'Maximum', period: 60 },
  });
  return [
    metric('visible', 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', { QueueName: names.queueName }),
    metric('dlq_visible', 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', { QueueName: names.dlqName }),
    metric('running', 'ECS/ContainerInsights', 'RunningTaskCount', {
      ClusterName: names.clusterName,
      ServiceName: names.serviceName,
    }),
    {
      id: BACKLOG_WITHOUT_WORKERS,
      label: 'Messages waiting with zero running worker tasks',
      expression: 'IF((FILL(visible, 0) + FILL(dlq_visible, 0)) > 0 AND FILL(running, 0) == 0, 1, 0)',
      returnData: true,
    },
  ];
}

/** Seconds before another scale-in may follow: well above a task's drain (25 s) and stop timeout (60 s). */
export const SCALE_IN_COOLDOWN_SECONDS = 300;
/** Seconds the scale-from-zero step waits for the task it added to start before adding another. */
const SCALE_FROM_ZERO_COOLDOWN_SECONDS = 180;

/**
 * Queue-depth scaling of the worker service between `minTasks` (may be 0) and `maxTasks`:
 * 1. target tracking keeps visible messages per running task near `acceptableBacklogPerTask`;
 * 2. a step policy adds a task when messages wait and no task runs, because target tracking
 *    multiplies the current capacity and so can never leave zero.
 * Scale-in is safe: a stopped task drains within 25 s of SIGTERM and is killed only after 60 s.
 */
export class WorkerScaling extends Construct {
  readonly target: AppautoscalingTarget;
  readonly scaleFromZeroAlarm: CloudwatchMetricAlarm;

  constructor(scope: Construct, id: string, props: { settings: StageSettings; worker: WorkerService; queues: OrderQueues }) {
    super(scope, id);
    const { settings, worker, queues } = props;
    const names: WorkerMetricNames = {
      queueName: queues.queue.name,
      dlqName: queues.dlq.name,
      clusterName: worker.cluster.name,
      serviceName: worker.service.name,
    };

    this.target = new AppautoscalingTarget(this, 'target', {
      serviceNamespace: 'ecs',
      scalableDimension: 'ecs:service:DesiredCount',
      resourceId: `service/${worker.cluster.name}/${worker.service.name}`,
      minCapacity: settings.worker.minTasks,
      maxCapacity: settings.worker.maxTasks,
    });
    const targetRef = {
      serviceNamespace: this.target.serviceNamespace,
      scalableDimension: this.target.scalableDimension,
      resourceId: this.target.resourceId,
    };

    new AppautoscalingPolicy(this, 'backlog-per-task', {
      name: `invoice-worker-${settings.stage}-backlog-per-task`,
      policyType: 'TargetTrackingScaling',
      ...targetRef,
      targetTrackingScalingPolicyConfiguration: {
        targetValue: settings.worker.acceptableBacklogPerTask,
        scaleOutCooldown: 60,
        scaleInCooldown: SCALE_IN_COOLDOWN_SECONDS,
        customizedMetricSpecification: {
          metrics: [
            {
              id: 'visible',
              returnData: false,
              metricStat: {
                stat: 'Average',
                metric: {
                  namespace: 'AWS/SQS',
                  metricName: 'ApproximateNumberOfMessagesVisible',
                  dimensions: [{ name: 'QueueName', value: names.queueName }],
                },
              },
            },
            {
              id: 'running',
              returnData: false,
              metricStat: {
                stat: 'Average',
                metric: {
                  namespace: 'ECS/ContainerInsights',
                  metricName: 'RunningTaskCount',
                  dimensions: [
                    { name: 'ClusterName', value: names.clusterName },
                    { name: 'ServiceName', value: names.serviceName },
                  ],
                },
              },
            },
            {
              id: 'backlog_per_task',
              label: 'Visible messages per running task',
              // visible ÷ max(running, 1): a missing or zero task count must not divide by zero.
              expression: 'FILL(visible, 0) / IF(FILL(running, 0) > 1, FILL(running, 0), 1)',
              returnData: true,
            },
          ],
        },
      },
    });

    const scaleFromZero = new AppautoscalingPolicy(this, 'scale-from-zero', {
      name: `invoice-worker-${settings.stage}-scale-from-zero`,
      policyType: 'StepScaling',
      ...targetRef,
      stepScalingPolicyConfiguration: {
        // Add one task; target tracking takes over once it runs. Never removes capacity.
        adjustmentType: 'ChangeInCapacity',
        cooldown: SCALE_FROM_ZERO_COOLDOWN_SECONDS,
        metricAggregationType: 'Maximum',
        stepAdjustment: [{ metricIntervalLowerBound: '0', scalingAdjustment: 1 }],
      },
    });

    this.scaleFromZeroAlarm = new CloudwatchMetricAlarm(this, 'scale-from-zero-alarm', {
      alarmName: `invoice-worker-${settings.stage}-scale-from-zero`,
      alarmDescription: 'Scaling trigger (not a page): messages are waiting and no worker task runs.',
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      threshold: 1,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      treatMissingData: 'notBreaching',
      metricQuery: backlogWithoutWorkersQueries(names),
      alarmActions: [scaleFromZero.arn],
    });
  }
}
