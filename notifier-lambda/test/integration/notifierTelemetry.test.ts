import { ROOT_CONTEXT } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { createLogger, createPipelineMetrics, createTracing, DocumentLinkGenerations, documentLinkKeySource, InvoiceFiles, InvoiceNumbers, OrderStore, RefundStore, SERVICES } from '@checkout/aws-adapters';
import { freePort } from '../../../local-stack/src/ports';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { captureStdout, metricTotals } from '../../../aws-adapters/test/support/emfOutput';
import { createMailer, createNotifier, loadNotifierConfig, NotificationsFailedError, type Mailer, type Notifier, type NotifierConfig } from '../../src';
import { anInvoicedOrder } from '../support/invoicedOrder';
import { anS3Event } from '../support/s3Event';

let stage: TestStage;
let config: NotifierConfig;
let store: OrderStore;
let files: InvoiceFiles;
let numbers: InvoiceNumbers;
let mailer: Mailer;
let stdout: ReturnType<typeof captureStdout>;
const spans = new InMemorySpanExporter();
const worker = createTracing({ service: SERVICES.worker, destination: { kind: 'off' }, exporter: spans });
const logger = createLogger('notifier-test', 'SILENT');

const notifierWith = (mail: Mailer): Notifier =>
  createNotifier({
    store,
    refunds: new RefundStore(stage.clients.dynamo, { orders: stage.resources.ordersTable }),
    links: new DocumentLinkGenerations(stage.clients.dynamo, stage.resources.ordersTable),
    linkKeys: documentLinkKeySource(config),
    files,
    mailer: mail,
    clock: () => new Date(),
    logger,
    metrics: createPipelineMetrics({ service: SERVICES.notifier, stage: config.STAGE, logger }),
    tracing: createTracing({ service: SERVICES.notifier, destination: { kind: 'off' }, exporter: spans }),
    config,
  });

beforeAll(async () => {
  stage = await createTestStage('notifier-telemetry');
  config = loadNotifierConfig({ ...stage.env, MAIL_FROM: 'Example Trading <billing@example.com>' });
  store = new OrderStore(stage.clients.dynamo, { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable });
  files = new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket);
  numbers = new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);
  mailer = createMailer(config);
  stdout = captureStdout();
});
afterAll(() => {
  stdout.restore();
  mailer.close();
  stage.close();
});

const eventFor = (key: string) => anS3Event({ bucket: stage.resources.invoicesBucket, key });

describe('notifier metrics (EMF on stdout) and spans', () => {
  it('counts each email sent, one EMF line per invocation, and continues the trace the PDF metadata carries', async () => {
    // The PDF is put inside a worker span, as the worker does: its metadata carries that span.
    const { arranged, stored } = await worker.inSpan('store invoice', {}, async (span) => ({
      arranged: await anInvoicedOrder(store, numbers, files),
      stored: span.spanContext(),
    }));
    const before = stdout.emf().length;
    await expect(notifierWith(mailer).handle(eventFor(arranged.key))).resolves.toMatchObject([{ outcome: 'sent' }]);

    const lines = stdout.emf().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'notifier', stage: config.STAGE, EmailsSent: 1 });
    expect(lines[0]!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'stage']]);
    const email = spans.getFinishedSpans().find((span) => span.name === 'send invoice email' && span.attributes['order.id'] === arranged.order.orderId)!;
    expect(email.spanContext().traceId).toBe(stored.traceId);
    expect(email.parentSpanContext).toMatchObject({ spanId: stored.spanId, isRemote: true });
    expect(email.attributes['notification.outcome']).toBe('sent');
  });

  it('counts a failed email as a failure, and a repeated event that sends nothing as neither', async () => {
    const { key } = await anInvoicedOrder(store, numbers, files);
    const broken = createMailer({ ...config, SMTP_PORT: await freePort() });
    const before = metricTotals(stdout.emf(), SERVICES.notifier);
    try {
      await expect(notifierWith(broken).handle(eventFor(key))).rejects.toBeInstanceOf(NotificationsFailedError);
    } finally {
      broken.close();
    }
    await notifierWith(mailer).handle(eventFor(key));
    await notifierWith(mailer).handle(eventFor(key)); // already notified: skipped
    const after = metricTotals(stdout.emf(), SERVICES.notifier);
    expect({ failures: after.Failures! - (before.Failures ?? 0), sent: after.EmailsSent! - before.EmailsSent! }).toEqual({ failures: 1, sent: 1 });
  });

  it('starts a new trace for a PDF without trace metadata (stored before tracing, or by hand)', async () => {
    const { key } = await anInvoicedOrder(store, numbers, files); // put outside any span
    await notifierWith(mailer).handle(eventFor(key));
    const email = spans.getFinishedSpans().find((span) => span.attributes['aws.s3.key'] === key)!;
    expect(email.parentSpanContext).toBeUndefined();
    expect(await files.traceContextOf(key, ROOT_CONTEXT)).toBe(ROOT_CONTEXT);
  });
});
