import { createLogger, createPipelineMetrics, METRICS, METRICS_NAMESPACE } from '../../src';
import { captureStdout } from '../support/emfOutput';

const logger = createLogger('metrics-test', 'SILENT');
let stdout: ReturnType<typeof captureStdout>;
beforeEach(() => (stdout = captureStdout()));
afterEach(() => stdout.restore());

describe('pipeline metrics as CloudWatch EMF on stdout', () => {
  it('writes what was added as one EMF line: namespace Checkout, dimensions service and stage, each metric with its unit', () => {
    const metrics = createPipelineMetrics({ service: 'invoice-worker', stage: 'dev', logger });
    metrics.add('InvoicesIssued');
    metrics.add('RenderMs', 120.5);
    metrics.flush();

    expect(stdout.lines()).toHaveLength(1);
    const [line] = stdout.emf();
    expect(line!._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: METRICS_NAMESPACE,
        Dimensions: [['service', 'stage']],
        Metrics: [
          { Name: 'InvoicesIssued', Unit: METRICS.InvoicesIssued },
          { Name: 'RenderMs', Unit: 'Milliseconds' },
        ],
      },
    ]);
    expect(line).toMatchObject({ service: 'invoice-worker', stage: 'dev', InvoicesIssued: 1, RenderMs: 120.5 });
  });

  it('keeps each add of a flush as one value of the metric (CloudWatch sums them), and starts again after the flush', () => {
    const metrics = createPipelineMetrics({ service: 'notifier', stage: 'dev', logger });
    metrics.add('EmailsSent');
    metrics.add('EmailsSent');
    metrics.flush();
    metrics.add('Failures');
    metrics.flush();
    expect(stdout.emf().map(({ _aws, ...values }) => values)).toEqual([
      { service: 'notifier', stage: 'dev', EmailsSent: [1, 1] },
      { service: 'notifier', stage: 'dev', Failures: 1 },
    ]);
  });

  it('writes nothing, not even a warning, when nothing was added since the last flush', () => {
    const metrics = createPipelineMetrics({ service: 'ingress', stage: 'dev', logger });
    metrics.flush();
    metrics.add('OrdersAccepted');
    metrics.flush();
    metrics.flush();
    expect(stdout.lines()).toHaveLength(1);
  });
});
