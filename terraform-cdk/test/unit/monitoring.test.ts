import { METRICS, METRICS_NAMESPACE } from '@checkout/aws-adapters/src/telemetry/constants';
import { INVOICED_RATIO_ALARM, RENDER_P99_ALARM_MS } from '../../src/constructs/monitoring';
import { ref, resources, resourceWhere, synthStage, type Resource, type Synthesized } from './support/synth';

let dev: Synthesized;
beforeAll(() => {
  dev = synthStage('dev');
});

const alarmNamed = (name: string): Resource => resourceWhere(dev, 'aws_cloudwatch_metric_alarm', 'alarm_name', name)[1];
const alarmTopic = () => ref('aws_sns_topic', resourceWhere(dev, 'aws_sns_topic', 'name', 'checkout-alarms-dev')[0], 'arn');
const dashboard = () => {
  const [id, resource] = resourceWhere(dev, 'aws_cloudwatch_dashboard', 'dashboard_name', 'checkout-dev');
  return { id, body: JSON.parse(resource.dashboard_body) as { widgets: { type: string; properties: Record<string, unknown> }[] } };
};

describe('pipeline metrics in CloudWatch: dashboard and alarms', () => {
  it.each(['ingress', 'invoice-worker', 'notifier'])('alarms on any failure of %s, in namespace Checkout by service and stage, notifying the alarm topic', (service) => {
    expect(alarmNamed(`checkout-dev-${service}-failures`)).toMatchObject({
      namespace: METRICS_NAMESPACE,
      metric_name: 'Failures',
      dimensions: { service, stage: 'dev' },
      statistic: 'Sum',
      comparison_operator: 'GreaterThanThreshold',
      threshold: 0,
      treat_missing_data: 'notBreaching',
      alarm_actions: [alarmTopic()],
      ok_actions: [alarmTopic()],
    });
  });

  it('alarms on any dead letter and on a p99 render time over the limit', () => {
    expect(alarmNamed('checkout-dev-dead-letters')).toMatchObject({
      metric_name: 'DeadLetters',
      dimensions: { service: 'invoice-worker', stage: 'dev' },
      statistic: 'Sum',
      threshold: 0,
      comparison_operator: 'GreaterThanThreshold',
      alarm_actions: [alarmTopic()],
    });
    expect(alarmNamed('checkout-dev-render-p99')).toMatchObject({
      metric_name: 'RenderMs',
      extended_statistic: 'p99',
      threshold: RENDER_P99_ALARM_MS,
      comparison_operator: 'GreaterThanThreshold',
      alarm_actions: [alarmTopic()],
    });
  });

  it('alarms when invoices issued lag behind orders accepted, and only once enough orders arrive to tell', () => {
    const lagging = alarmNamed('checkout-dev-invoices-lagging');
    expect(lagging).toMatchObject({ comparison_operator: 'LessThanThreshold', threshold: INVOICED_RATIO_ALARM, evaluation_periods: 2, alarm_actions: [alarmTopic()] });
    const queries = lagging.metric_query as Resource[];
    expect(queries.filter((q) => q.metric).map((q) => [q.id, q.metric.metric_name, q.metric.dimensions.service, q.metric.stat])).toEqual([
      ['accepted', 'OrdersAccepted', 'ingress', 'Sum'],
      ['issued', 'InvoicesIssued', 'invoice-worker', 'Sum'],
    ]);
    expect(queries.find((q) => q.return_data)!.expression).toBe('IF(FILL(accepted, 0) >= 10, FILL(issued, 0) / FILL(accepted, 0), 1)');
  });

  it('shows every pipeline metric, every alarm above and the recent spans on the dashboard checkout-<stage>', () => {
    const { body } = dashboard();
    const charted = body.widgets
      .filter((w) => w.type === 'metric')
      .flatMap((w) => (w.properties.metrics as unknown[][]).map((m) => m[1]));
    expect(new Set(charted)).toEqual(new Set(Object.keys(METRICS)));
    for (const metric of body.widgets.filter((w) => w.type === 'metric').flatMap((w) => w.properties.metrics as unknown[][])) {
      expect(metric.slice(0, 1).concat(metric.slice(2, 6))).toEqual([METRICS_NAMESPACE, 'service', expect.any(String), 'stage', 'dev']);
    }
    const pipelineAlarms = Object.entries(resources(dev, 'aws_cloudwatch_metric_alarm')).filter(([, alarm]) => alarm.namespace === METRICS_NAMESPACE || alarm.alarm_name === 'checkout-dev-invoices-lagging');
    expect(pipelineAlarms).toHaveLength(6);
    const shown = body.widgets.find((w) => w.type === 'alarm')!.properties.alarms;
    expect(new Set(shown as string[])).toEqual(new Set(pipelineAlarms.map(([id]) => ref('aws_cloudwatch_metric_alarm', id, 'arn'))));
    const spans = body.widgets.find((w) => w.type === 'log')!.properties.query as string;
    expect(spans).toMatch(/filter ispresent\(spanId\)/);
    for (const group of ['/aws/lambda/checkout-ingress-dev', '/aws/lambda/checkout-notifier-dev']) {
      const [id] = resourceWhere(dev, 'aws_cloudwatch_log_group', 'name', group);
      expect(spans).toContain(`SOURCE '${ref('aws_cloudwatch_log_group', id, 'name')}'`);
    }
    expect(dev.output.dashboard_name!.value).toBe(ref('aws_cloudwatch_dashboard', dashboard().id, 'dashboard_name'));
  });

  it('has the API, the worker and the notifier write their spans to their logs (TRACES_EXPORT=stdout)', () => {
    for (const name of ['checkout-ingress-dev', 'checkout-notifier-dev']) {
      expect(resourceWhere(dev, 'aws_lambda_function', 'function_name', name)[1].environment.variables.TRACES_EXPORT).toBe('stdout');
    }
    const [, task] = resourceWhere(dev, 'aws_ecs_task_definition', 'family', 'invoice-worker-dev');
    const [container] = JSON.parse(task.container_definitions) as { environment: { name: string; value: string }[]; logConfiguration: { logDriver: string } }[];
    expect(container!.environment).toContainEqual({ name: 'TRACES_EXPORT', value: 'stdout' });
    expect(container!.logConfiguration.logDriver).toBe('awslogs');
  });
});
