import { context as otelContext, type Context, type TextMapGetter, type TextMapSetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import { TRACE_CONTEXT_KEYS } from './constants';

/**
 * W3C Trace Context across the pipeline's two hops that are not HTTP: SQS message attributes
 * (API Gateway → worker) and S3 object metadata (worker → notifier, which reads it with a HEAD:
 * S3 event records carry no metadata). A context without a sampled span injects nothing, and a
 * missing or malformed `traceparent` extracts to the context given, so a message from before
 * tracing, or from a redrive, still processes (as a new trace).
 */
const propagator = new W3CTraceContextPropagator();

const recordSetter: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};
const recordGetter: TextMapGetter<Record<string, string | undefined>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key.toLowerCase()] ?? carrier[key],
};

/** `traceparent` (and `tracestate`) of `context` as strings, for S3 user metadata or HTTP headers. */
export function traceHeaders(context: Context = otelContext.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagator.inject(context, carrier, recordSetter);
  return carrier;
}

/** The context whose remote parent is the `traceparent` in `carrier` (S3 metadata, HTTP headers); `base` when there is none. */
export function contextFromTraceHeaders(carrier: Record<string, string | undefined> | undefined, base: Context = otelContext.active()): Context {
  return carrier ? propagator.extract(base, carrier, recordGetter) : base;
}

/** `traceparent` (and `tracestate`) of `context` as SQS String message attributes, to spread into `MessageAttributes`. */
export function traceMessageAttributes(context: Context = otelContext.active()): Record<string, MessageAttributeValue> {
  return Object.fromEntries(
    Object.entries(traceHeaders(context)).map(([key, value]) => [key, { DataType: 'String', StringValue: value }]),
  );
}

/** The context a received SQS message continues, from its `traceparent` attribute; `base` when there is none. */
export function contextFromMessageAttributes(
  attributes: Record<string, MessageAttributeValue> | undefined,
  base: Context = otelContext.active(),
): Context {
  const carrier: Record<string, string> = {};
  for (const key of TRACE_CONTEXT_KEYS) {
    const value = attributes?.[key]?.StringValue;
    if (value) carrier[key] = value;
  }
  return contextFromTraceHeaders(carrier, base);
}
