import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { createPipelineMetrics, createTracing, InvoiceFiles, OrderQueue, sdkMessageSender, SERVICES } from '@checkout/aws-adapters';
import { newOrder } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { eventually } from '../../../local-stack/test/support/eventually';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { captureStdout, metricTotals } from '../../../aws-adapters/test/support/emfOutput';
import { observedRendering, startInvoiceWorker, type InvoiceWorker } from '../../src';
import { fastOptions, invoicesStored, storeFor, workerDeps } from '../support/workerHarness';

let stage: TestStage;
let deps: Awaited<ReturnType<typeof workerDeps>>;
let worker: InvoiceWorker;
let stdout: ReturnType<typeof captureStdout>;
const spans = new InMemorySpanExporter();
const api = createTracing({ service: 'ingress', destination: { kind: 'off' }, exporter: spans });

beforeAll(async () => {
  stage = await createTestStage('worker-telemetry');
  stdout = captureStdout();
  const plain = await workerDeps(stage);
  const metrics = createPipelineMetrics({ service: SERVICES.worker, stage: stage.env.STAGE!, logger: plain.logger });
  const tracing = createTracing({ service: SERVICES.worker, destination: { kind: 'off' }, exporter: spans });
  deps = { ...plain, metrics, tracing, render: observedRendering(plain.render, { metrics, tracing }) };
  worker = startInvoiceWorker(deps, fastOptions(stage));
});
afterAll(async () => {
  await worker.stop(10_000);
  stdout.restore();
  await deps.numberer.stop();
  stage.close();
});

describe('invoice worker metrics (EMF on stdout) and spans', () => {
  it('counts the invoice and its render time, and continues the trace of the message in render, store and the PDF metadata', async () => {
    const order = newOrder(anOrderRequest({ items: 2 }), new Date());
    await storeFor(stage).createOrder(order);
    const sent = await api.inSpan('POST /orders', {}, async (span) => {
      await new OrderQueue(sdkMessageSender(stage.clients.sqs), stage.resources.ordersQueueUrl).send(order.orderId);
      return span.spanContext();
    });
    const [invoiced] = await invoicesStored(stage, [order.orderId]);

    const finished = await eventually('the message span', async () => {
      const all = spans.getFinishedSpans().filter((span) => span.spanContext().traceId === sent.traceId);
      return all.some((span) => span.name === 'process order message') && all;
    });
    const named = (name: string) => finished.find((span) => span.name === name)!;
    expect(named('process order message').parentSpanContext?.spanId).toBe(sent.spanId);
    expect(named('process order message').attributes).toMatchObject({ 'order.id': order.orderId, 'messaging.system': 'aws_sqs' });
    expect(named('render invoice').parentSpanContext?.spanId).toBe(named('process order message').spanContext().spanId);
    expect(named('store invoice').parentSpanContext?.spanId).toBe(named('process order message').spanContext().spanId);
    const files = new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket);
    const fromPdf = trace.getSpanContext(await files.traceContextOf(invoiced!.invoice!.objectKey!, ROOT_CONTEXT));
    expect(fromPdf).toMatchObject({ traceId: sent.traceId, spanId: named('store invoice').spanContext().spanId });

    const totals = await eventually('the EMF line of the message', async () => {
      const counted = metricTotals(stdout.emf(), SERVICES.worker);
      return counted.InvoicesIssued ? counted : undefined;
    });
    expect(totals).toEqual({ InvoicesIssued: 1, RenderMs: expect.any(Number) });
    expect(totals.RenderMs).toBeGreaterThan(0);
    for (const line of stdout.emf()) {
      expect(line).toMatchObject({ service: 'invoice-worker', stage: stage.env.STAGE });
      expect(JSON.stringify(line)).not.toContain(order.orderId);
    }
  });

  it('counts a failed attempt as a failure and the message the DLQ takes as a dead letter', async () => {
    const before = metricTotals(stdout.emf(), SERVICES.worker);
    // An order id nobody stored: every attempt fails, the third receive sends it to the DLQ.
    const orderId = newOrder(anOrderRequest(), new Date()).orderId;
    await stage.clients.sqs.send(new SendMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MessageBody: JSON.stringify({ orderId }) }));
    const after = await eventually(
      'a dead letter counted',
      async () => {
        const counted = metricTotals(stdout.emf(), SERVICES.worker);
        return (counted.DeadLetters ?? 0) > (before.DeadLetters ?? 0) && counted;
      },
      30_000,
      100,
    );
    expect((after.Failures ?? 0) - (before.Failures ?? 0)).toBe(3);
    expect((after.DeadLetters ?? 0) - (before.DeadLetters ?? 0)).toBe(1);
    expect(after.InvoicesIssued).toBe(before.InvoicesIssued);
  });
});
