import type { SpanLine } from '@checkout/aws-adapters';
import { orderTraces } from '../../src/console/orderTrace';

const ORDER = '01M8N49TT7W38AVHVNF23PJ1NT';
let next = 0;
const aSpan = (fields: Partial<SpanLine> & Pick<SpanLine, 'traceId' | 'name'>, startMs: number): SpanLine => ({
  spanId: `span${String(++next).padStart(12, '0')}`,
  kind: 'INTERNAL',
  service: 'invoice-worker',
  startTime: new Date(Date.UTC(2026, 10, 30, 2, 0, 0, startMs)).toISOString(),
  endTime: new Date(Date.UTC(2026, 10, 30, 2, 0, 0, startMs + 10)).toISOString(),
  durationMs: 10,
  status: 'UNSET',
  attributes: {},
  ...fields,
});
const lines = (...spans: SpanLine[]) => spans.map((span) => JSON.stringify(span)).join('\n') + '\n';

describe('an order\'s traces from the trace file', () => {
  const request = aSpan({ traceId: 'a'.repeat(32), name: 'POST /orders', service: 'ingress', attributes: { 'order.id': ORDER } }, 0);
  const message = aSpan({ traceId: 'a'.repeat(32), name: 'process order message', parentSpanId: request.spanId }, 100);
  const render = aSpan({ traceId: 'a'.repeat(32), name: 'render invoice', parentSpanId: message.spanId }, 110);
  const store = aSpan({ traceId: 'a'.repeat(32), name: 'store invoice', parentSpanId: message.spanId }, 400);
  const email = aSpan({ traceId: 'a'.repeat(32), name: 'send invoice email', service: 'notifier', parentSpanId: store.spanId }, 450);
  const other = aSpan({ traceId: 'b'.repeat(32), name: 'POST /orders', service: 'ingress', attributes: { 'order.id': '01M8OTHERORDER000000000000' } }, 50);

  it('lists every span of the order\'s trace, parents before children, with depth and start offset, and no other order\'s', () => {
    // Written in the order the spans ended, interleaved with another order's.
    const [trace, ...more] = orderTraces(lines(render, other, store, email, message, request), ORDER);
    expect(more).toEqual([]);
    expect(trace!.map((row) => [row.name, row.depth, row.offsetMs])).toEqual([
      ['POST /orders', 0, 0],
      ['process order message', 1, 100],
      ['render invoice', 2, 110],
      ['store invoice', 2, 400],
      ['send invoice email', 3, 450],
    ]);
  });

  it('lists a second trace of the same order (a redrive, a resend) after the first, and skips a line cut short', () => {
    const redrive = aSpan({ traceId: 'c'.repeat(32), name: 'process order message', attributes: { 'order.id': ORDER } }, 9_000);
    const text = lines(request, message, redrive) + '{"traceId":"cut sho';
    expect(orderTraces(text, ORDER).map((trace) => trace.map((row) => [row.name, row.depth]))).toEqual([
      [['POST /orders', 0], ['process order message', 1]],
      [['process order message', 0]],
    ]);
  });

  it('shows a span whose parent was lost (its process was killed) as a root', () => {
    const [trace] = orderTraces(lines(request, render), ORDER);
    expect(trace!.map((row) => [row.name, row.depth])).toEqual([['POST /orders', 0], ['render invoice', 0]]);
  });
});
