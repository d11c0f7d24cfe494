import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SpanLine } from '@checkout/aws-adapters';
import { eventually } from '../../local-stack/test/support/eventually';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';

let stack: LocalStackProcess;

beforeAll(async () => {
  stack = await startLocalStackProcess();
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const sampleOrder = () => JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));

/** Every span in the stack's trace file so far. */
const spans = (): SpanLine[] =>
  readFileSync(stack.tracesFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SpanLine);

/** The EMF lines (CloudWatch embedded metric format) the stack and its workers printed so far. */
const emfLines = () => stack.logs.filter((line) => typeof line._aws === 'object');

describe('metrics and traces of one order, on the embedded stack', () => {
  let orderId: string;
  let trace: SpanLine[];

  beforeAll(async () => {
    const order = sampleOrder();
    order.customer.email = `telemetry-${randomUUID()}@example.com`;
    const response = await fetch(`${stack.apiUrl}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await stack.shopAuthorization()) },
      body: JSON.stringify(order),
    });
    expect(response.status).toBe(202);
    ({ orderId } = (await response.json()) as { orderId: string });
    // The notifier's span ends after the email is sent and NOTIFIED recorded: it is the last one written.
    trace = await eventually('the notifier span of the order in the trace file', async () => {
      const all = spans();
      const email = all.find((span) => span.service === 'notifier' && span.attributes['order.id'] === orderId);
      return email && all.filter((span) => span.traceId === email.traceId);
    }, 60_000, 100);
  }, 90_000);

  it('writes one trace from POST /orders through the worker to the email, each span the child of the one before', () => {
    const one = (service: string, name: string) => {
      const found = trace.filter((span) => span.service === service && span.name === name);
      expect({ service, name, count: found.length }).toEqual({ service, name, count: 1 });
      return found[0]!;
    };
    const request = one('ingress', 'POST /orders');
    const message = one('invoice-worker', 'process order message');
    const render = one('invoice-worker', 'render invoice');
    const store = one('invoice-worker', 'store invoice');
    const email = one('notifier', 'send invoice email');

    expect(request.parentSpanId).toBeUndefined();
    expect(request).toMatchObject({ kind: 'SERVER', attributes: { 'order.id': orderId, 'http.route': '/orders', 'http.response.status_code': 202 } });
    expect(message).toMatchObject({ kind: 'CONSUMER', parentSpanId: request.spanId, attributes: { 'order.id': orderId, 'messaging.system': 'aws_sqs' } });
    expect(render.parentSpanId).toBe(message.spanId);
    expect(store).toMatchObject({ kind: 'CLIENT', parentSpanId: message.spanId });
    expect(email).toMatchObject({ kind: 'CONSUMER', parentSpanId: store.spanId, attributes: { 'notification.outcome': 'sent' } });
    // Each hop starts after the one that caused it (the clocks are one machine's).
    expect(Date.parse(message.startTime)).toBeGreaterThanOrEqual(Date.parse(request.startTime));
    expect(Date.parse(email.startTime)).toBeGreaterThanOrEqual(Date.parse(store.endTime) - 1);
    expect(new Set(trace.map((span) => span.traceId)).size).toBe(1);
    expect(trace.every((span) => span.status !== 'ERROR')).toBe(true);
  });

  it('prints EMF metrics from each component, in namespace Checkout with the dimensions service and stage only', async () => {
    const metric = (service: string, name: string) =>
      stack.waitForLog((line) => typeof line._aws === 'object' && line.service === service && typeof line[name] === 'number', 10_000);
    const accepted = await metric('ingress', 'OrdersAccepted');
    const issued = await metric('invoice-worker', 'InvoicesIssued');
    const sent = await metric('notifier', 'EmailsSent');
    expect(accepted).toMatchObject({ OrdersAccepted: 1, stage: 'local' });
    expect(issued).toMatchObject({ InvoicesIssued: 1, stage: 'local' });
    expect(issued.RenderMs).toEqual(expect.any(Number));
    expect(sent).toMatchObject({ EmailsSent: 1, stage: 'local' });
    for (const line of emfLines()) {
      const directive = (line._aws as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][] }[] }).CloudWatchMetrics;
      expect(directive).toEqual([expect.objectContaining({ Namespace: 'Checkout', Dimensions: [['service', 'stage']] })]);
      expect(JSON.stringify(line)).not.toContain(orderId);
    }
  });
});
