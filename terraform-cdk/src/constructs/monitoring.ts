import { Construct } from 'constructs';
import { CloudwatchDashboard } from '@cdktf/provider-aws/lib/cloudwatch-dashboard';
import { CloudwatchMetricAlarm, type CloudwatchMetricAlarmConfig } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { METRICS_NAMESPACE, SERVICES, type MetricName } from '@checkout/aws-adapters/src/telemetry/constants';
import type { StageSettings } from '../stages';

/** Render time (p99 of `RenderMs`) above which someone looks: one invoice renders in about 0.3 s (docs/decisions/observability.md). */
export const RENDER_P99_ALARM_MS = 5_000;
/**
 * Invoices issued per order accepted, over 15 minutes, below which invoicing is lagging (or
 * failing) while orders arrive. Cancelled orders are never invoiced, hence not 1.
 */
export const INVOICED_RATIO_ALARM = 0.5;
/** Orders in 15 minutes below which the ratio says nothing and the lag alarm stays quiet. */
export const INVOICED_RATIO_MIN_ORDERS = 10;

export interface MonitoringProps {
  settings: StageSettings;
  /** The alarm topic (Alarms.topic): every alarm here notifies it, as the others do. */
  alarmTopicArn: string;
  /** Log groups whose span lines (TRACES_EXPORT=stdout) the dashboard's trace table reads. */
  logGroupNames: string[];
}

/**
 * The pipeline's own metrics (`Checkout` namespace, EMF from every component; aws-adapters
 * telemetry/constants.ts) on one dashboard, `checkout-<stage>`, and the alarms on them:
 * failures of each component, dead letters, slow rendering and invoices lagging behind orders.
 */
export class Monitoring extends Construct {
  readonly dashboard: CloudwatchDashboard;
  readonly alarms: CloudwatchMetricAlarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { settings } = props;
    const stage = settings.stage;
    const dimensions = (service: string) => ({ service, stage });
    /** A metric as a dashboard widget lists it: namespace, name, then dimension pairs. */
    const widgetMetric = (name: MetricName, service: string, options: Record<string, unknown> = {}) => [
      METRICS_NAMESPACE,
      name,
      'service',
      service,
      'stage',
      stage,
      options,
    ];

    const alarm = (alarmId: string, config: Omit<CloudwatchMetricAlarmConfig, 'alarmActions' | 'okActions' | 'treatMissingData'>) => {
      const created = new CloudwatchMetricAlarm(this, alarmId, {
        // No data means nothing happened (EMF metrics exist only when counted): not an alarm.
        treatMissingData: 'notBreaching',
        ...config,
        alarmActions: [props.alarmTopicArn],
        okActions: [props.alarmTopicArn],
      });
      this.alarms.push(created);
      return created;
    };
    const sumOver = (name: MetricName, service: string, period: number) => ({
      namespace: METRICS_NAMESPACE,
      metricName: name,
      dimensions: dimensions(service),
      statistic: 'Sum',
      period,
    });

    for (const service of Object.values(SERVICES)) {
      alarm(`failures-${service}`, {
        alarmName: `checkout-${stage}-${service}-failures`,
        alarmDescription: `${service} failed (a 5xx answer, a failed message attempt or a failed email); its log lines say why, by orderId.`,
        ...sumOver('Failures', service, 300),
        evaluationPeriods: 1,
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0,
      });
    }

    alarm('dead-letters', {
      alarmName: `checkout-${stage}-dead-letters`,
      alarmDescription: 'An order or refund message reached the dead-letter queue: its order is FAILED and archived under failed/. Fix, then `npm run ops -- redrive`.',
      ...sumOver('DeadLetters', SERVICES.worker, 60),
      evaluationPeriods: 1,
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 0,
    });

    alarm('render-p99', {
      alarmName: `checkout-${stage}-render-p99`,
      alarmDescription: `The slowest 1 % of invoice renders took over ${RENDER_P99_ALARM_MS} ms for 15 minutes: CPU or memory of the worker task, or very long orders.`,
      namespace: METRICS_NAMESPACE,
      metricName: 'RenderMs',
      dimensions: dimensions(SERVICES.worker),
      extendedStatistic: 'p99',
      period: 300,
      evaluationPeriods: 3,
      comparisonOperator: 'GreaterThanThreshold',
      threshold: RENDER_P99_ALARM_MS,
    });

    const quarterHour = (id: string, name: MetricName, service: string) => ({
      id,
      returnData: false,
      metric: { namespace: METRICS_NAMESPACE, metricName: name, dimensions: dimensions(service), stat: 'Sum', period: 900 },
    });
    alarm('invoices-lagging', {
      alarmName: `checkout-${stage}-invoices-lagging`,
      alarmDescription: `Fewer than ${INVOICED_RATIO_ALARM * 100} % of the orders accepted were invoiced, twice in a row over 15 minutes, while at least ${INVOICED_RATIO_MIN_ORDERS} orders came in: the worker is behind, stopped or failing.`,
      metricQuery: [
        quarterHour('accepted', 'OrdersAccepted', SERVICES.ingress),
        quarterHour('issued', 'InvoicesIssued', SERVICES.worker),
        {
          id: 'invoiced_ratio',
          label: 'Invoices issued per order accepted',
          expression: `IF(FILL(accepted, 0) >= ${INVOICED_RATIO_MIN_ORDERS}, FILL(issued, 0) / FILL(accepted, 0), 1)`,
          returnData: true,
        },
      ],
      evaluationPeriods: 2,
      comparisonOperator: 'LessThanThreshold',
      threshold: INVOICED_RATIO_ALARM,
    });

    const widget = (x: number, y: number, title: string, metrics: unknown[][], extra: Record<string, unknown> = {}) => ({
      type: 'metric',
      x,
      y,
      width: 12,
      height: 6,
      properties: { title, region: settings.region, view: 'timeSeries', stat: 'Sum', period: 60, metrics, ...extra },
    });
    const spanSources = props.logGroupNames.map((name) => `SOURCE '${name}'`).join(' | ');
    this.dashboard = new CloudwatchDashboard(this, 'dashboard', {
      dashboardName: `checkout-${stage}`,
      // Plain JSON with Terraform references inside its strings (alarm ARNs, log group names).
      dashboardBody: JSON.stringify({
        widgets: [
          widget(0, 0, 'Orders accepted, invoices issued, emails sent (per minute)', [
            widgetMetric('OrdersAccepted', SERVICES.ingress),
            widgetMetric('InvoicesIssued', SERVICES.worker),
            widgetMetric('CreditNotesIssued', SERVICES.worker),
            widgetMetric('EmailsSent', SERVICES.notifier),
          ]),
          widget(12, 0, 'Render time (ms)', [
            widgetMetric('RenderMs', SERVICES.worker, { stat: 'p50', label: 'p50' }),
            widgetMetric('RenderMs', SERVICES.worker, { stat: 'p99', label: 'p99' }),
          ], { period: 300 }),
          widget(0, 6, 'Failures and dead letters', [
            ...Object.values(SERVICES).map((service) => widgetMetric('Failures', service, { label: `failures: ${service}` })),
            widgetMetric('DeadLetters', SERVICES.worker, { label: 'dead letters' }),
          ]),
          {
            type: 'alarm',
            x: 12,
            y: 6,
            width: 12,
            height: 6,
            properties: { title: 'Pipeline alarms', alarms: this.alarms.map((a) => a.arn) },
          },
          {
            type: 'log',
            x: 0,
            y: 12,
            width: 24,
            height: 8,
            properties: {
              title: 'Recent spans (one trace per order: filter on traceId or attributes.order.id)',
              region: settings.region,
              view: 'table',
              query: `${spanSources} | fields @timestamp, traceId, service, name, durationMs, status, \`attributes.order.id\` | filter ispresent(spanId) | sort @timestamp desc | limit 100`,
            },
          },
        ],
      }),
    });
  }
}
