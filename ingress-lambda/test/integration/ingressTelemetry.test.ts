import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { contextFromMessageAttributes, createLogger, createPipelineMetrics, createTracing, OrderStore, SERVICES, TRACE_CONTEXT_KEYS } from '@checkout/aws-adapters';
import { aCatalogFor } from '../../../domain/test/support/aCatalogFor';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { serviceAuthorization } from '../../../local-stack/test/support/identity';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { captureStdout, metricTotals } from '../../../aws-adapters/test/support/emfOutput';
import { createOrdersApp, type OrdersApiDeps, type OrdersApp } from '../../src';
import { testOrdersApiDeps } from '../support/testOrdersApi';

let stage: TestStage;
let deps: OrdersApiDeps;
let app: OrdersApp;
let stdout: ReturnType<typeof captureStdout>;
/** The shop's token: every order route needs one. */
let shop: { authorization: string };
const spans = new InMemorySpanExporter();

beforeAll(async () => {
  stage = await createTestStage('ingress-telemetry');
  await stage.products.seedProducts(aCatalogFor(anOrderRequest({ items: 3 })), new Date());
  shop = await serviceAuthorization();
  const logger = createLogger('ingress-test', 'SILENT');
  deps = testOrdersApiDeps(stage, {
    logger,
    metrics: createPipelineMetrics({ service: SERVICES.ingress, stage: stage.env.STAGE!, logger }),
    tracing: createTracing({ service: SERVICES.ingress, destination: { kind: 'off' }, exporter: spans }),
  });
  app = createOrdersApp(deps);
  stdout = captureStdout();
});
afterAll(() => {
  stdout.restore();
  stage.close();
});

const post = (body: unknown, headers: Record<string, string> = {}, target: OrdersApp = app) =>
  target.request('/orders', { method: 'POST', headers: { 'content-type': 'application/json', ...shop, ...headers }, body: JSON.stringify(body) });

describe('Orders API metrics (EMF on stdout) and spans', () => {
  it('counts an accepted order once, not its Idempotency-Key replay, with one EMF line per request', async () => {
    const before = stdout.emf().length;
    const request = anOrderRequest();
    const key = `metrics-${Date.now()}`;
    expect((await post(request, { 'Idempotency-Key': key })).status).toBe(202);
    expect((await post(request, { 'Idempotency-Key': key })).status).toBe(202);
    expect((await app.request('/orders/01M8N49TT7W38AVHVNF23PJ1NT', { headers: shop })).status).toBe(404);

    const lines = stdout.emf().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'ingress', stage: stage.env.STAGE, OrdersAccepted: 1 });
    expect(lines[0]!._aws.CloudWatchMetrics).toEqual([
      { Namespace: 'Checkout', Dimensions: [['service', 'stage']], Metrics: [{ Name: 'OrdersAccepted', Unit: 'Count' }] },
    ]);
  });

  it('counts a 5xx answer as a failure', async () => {
    const before = metricTotals(stdout.emf(), SERVICES.ingress);
    const broken = Object.create(deps.store) as OrderStore;
    broken.createOrder = async () => {
      throw new Error('simulated DynamoDB outage');
    };
    expect((await post(anOrderRequest(), {}, createOrdersApp({ ...deps, store: broken }))).status).toBe(500);
    expect(metricTotals(stdout.emf(), SERVICES.ingress).Failures).toBe((before.Failures ?? 0) + 1);
    const failed = spans.getFinishedSpans().at(-1)!;
    expect(failed).toMatchObject({ name: 'POST /orders', status: { code: 2 } });
  });

  it('starts the trace at POST /orders, naming the order, and sends its traceparent with the queue message', async () => {
    const response = await post(anOrderRequest(), { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
    const { orderId } = (await response.json()) as { orderId: string };
    const request = spans.getFinishedSpans().find((span) => span.attributes['order.id'] === orderId)!;
    expect(request).toMatchObject({ name: 'POST /orders', attributes: { 'http.route': '/orders', 'http.response.status_code': 202 } });
    // A client's traceparent is not continued: the public API starts its own trace.
    expect(request.parentSpanContext).toBeUndefined();
    expect(request.spanContext().traceId).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');

    const received = await stage.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageAttributeNames: [...TRACE_CONTEXT_KEYS, 'orderId'] }),
    );
    const message = received.Messages!.find((m) => m.MessageAttributes?.orderId?.StringValue === orderId)!;
    expect(trace.getSpanContext(contextFromMessageAttributes(message.MessageAttributes, ROOT_CONTEXT))).toMatchObject({
      traceId: request.spanContext().traceId,
      spanId: request.spanContext().spanId,
    });
  });
});
