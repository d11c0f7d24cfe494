import { ROOT_CONTEXT, trace, type Context } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import {
  contextFromMessageAttributes,
  contextFromTraceHeaders,
  createTracing,
  NO_TRACING,
  traceHeaders,
  traceMessageAttributes,
} from '../../src';

const exporter = new InMemorySpanExporter();
const tracing = createTracing({ service: 'propagation-test', destination: { kind: 'off' }, exporter });

afterEach(() => exporter.reset());

/** The trace id and span id of the remote parent a context carries. */
const parentOf = (context: Context) => {
  const span = trace.getSpanContext(context);
  return span && { traceId: span.traceId, spanId: span.spanId, isRemote: span.isRemote };
};

describe('W3C trace context on SQS message attributes', () => {
  it('injects the active span as a traceparent String attribute that extracts to that span as remote parent', async () => {
    const { attributes, sent } = await tracing.inSpan('send', {}, async (span) => ({ attributes: traceMessageAttributes(), sent: span.spanContext() }));
    expect(attributes).toEqual({ traceparent: { DataType: 'String', StringValue: `00-${sent.traceId}-${sent.spanId}-01` } });
    expect(parentOf(contextFromMessageAttributes(attributes, ROOT_CONTEXT))).toEqual({ traceId: sent.traceId, spanId: sent.spanId, isRemote: true });
  });

  it('makes the consumer span a child of the producer span, in the same trace', async () => {
    const attributes = await tracing.inSpan('POST /orders', {}, async () => traceMessageAttributes());
    await tracing.inSpan('process order message', { parent: contextFromMessageAttributes(attributes, ROOT_CONTEXT) }, async () => undefined);
    const [producer, consumer] = exporter.getFinishedSpans().sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(consumer!.name).toBe('process order message');
    expect(consumer!.spanContext().traceId).toBe(producer!.spanContext().traceId);
    expect(consumer!.parentSpanContext?.spanId).toBe(producer!.spanContext().spanId);
  });

  it('adds nothing outside a span, and a message without a traceparent starts from the base context', () => {
    expect(traceMessageAttributes(ROOT_CONTEXT)).toEqual({});
    expect(parentOf(contextFromMessageAttributes(undefined, ROOT_CONTEXT))).toBeUndefined();
    expect(parentOf(contextFromMessageAttributes({ orderId: { DataType: 'String', StringValue: '01M8' } }, ROOT_CONTEXT))).toBeUndefined();
  });

  it('ignores a malformed traceparent instead of failing the message', () => {
    for (const value of ['garbage', '00-00000000000000000000000000000000-0000000000000000-01', '00-abc-def-01']) {
      expect(parentOf(contextFromMessageAttributes({ traceparent: { DataType: 'String', StringValue: value } }, ROOT_CONTEXT))).toBeUndefined();
    }
  });
});

describe('W3C trace context in S3 object metadata', () => {
  it('injects the active span as `traceparent` metadata that extracts to that span as remote parent', async () => {
    const { metadata, stored } = await tracing.inSpan('store invoice', {}, async (span) => ({ metadata: traceHeaders(), stored: span.spanContext() }));
    expect(metadata).toEqual({ traceparent: `00-${stored.traceId}-${stored.spanId}-01` });
    expect(parentOf(contextFromTraceHeaders(metadata, ROOT_CONTEXT))).toEqual({ traceId: stored.traceId, spanId: stored.spanId, isRemote: true });
  });

  it('reads the metadata as S3 returns it (lower-case keys, other metadata beside it)', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const context = contextFromTraceHeaders({ 'order-id': '01M8', 'invoice-number': 'INV-2026-000001', traceparent }, ROOT_CONTEXT);
    expect(parentOf(context)).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', isRemote: true });
  });

  it('passes a remote parent through when tracing is off, so the next component still joins the trace', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const headers = await NO_TRACING.inSpan('off', { parent: contextFromTraceHeaders({ traceparent }, ROOT_CONTEXT) }, async () => traceHeaders());
    expect(headers).toEqual({ traceparent });
  });
});
