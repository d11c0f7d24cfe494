import { context, SpanStatusCode, trace, type Context, type Span, type SpanOptions, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { SimpleSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import { ConfigError } from '../config';
import { describeError } from '../logger';
import { JsonLinesSpanExporter } from './jsonLinesSpanExporter';

/** Where finished spans go, one JSON object per line (`SpanLine`). */
export type TracesDestination = { kind: 'off' } | { kind: 'stdout' } | { kind: 'file'; file: string };

/**
 * The destination `TRACES_EXPORT` and `TRACES_FILE` (parsed by `baseEnv`) name. Throws ConfigError
 * naming TRACES_FILE when TRACES_EXPORT=file comes without it.
 */
export function tracesDestinationFrom(env: { TRACES_EXPORT?: 'off' | 'stdout' | 'file'; TRACES_FILE?: string | undefined }): TracesDestination {
  switch (env.TRACES_EXPORT) {
    case 'stdout':
      return { kind: 'stdout' };
    case 'file':
      if (!env.TRACES_FILE) throw new ConfigError(['TRACES_FILE is required: must be the span file when TRACES_EXPORT=file']);
      return { kind: 'file', file: env.TRACES_FILE };
    default:
      return { kind: 'off' };
  }
}

/** What the cores trace with. */
export interface Tracing {
  /** False when spans go nowhere: callers may skip work done only for traces (a HEAD for the S3 metadata). */
  readonly enabled: boolean;
  /**
   * Runs `work` in a new span, active for everything `work` awaits (so the SQS and S3 adapters
   * inject it), child of `parent` (default: the active span). Ends the span when `work` settles;
   * a throw marks it ERROR with the error's message and is rethrown.
   */
  inSpan<T>(name: string, options: SpanOptions & { parent?: Context }, work: (span: Span) => Promise<T>): Promise<T>;
  /** Exports every finished span; call before a Lambda invocation returns. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

let contextManagerRegistered = false;

/**
 * OpenTelemetry tracing for one component (`service` is the span's `service.name`). Each
 * component gets its own provider and none is registered globally, so that the local stack can run
 * the API and the notifier in one process under their own names. Only the context manager is
 * global (AsyncLocalStorage): it is what makes a span active across awaits.
 *
 * Spans are exported one by one as they end (SimpleSpanProcessor): a Lambda may be frozen right
 * after it returns, and a worker may be SIGKILLed, so nothing waits in a batch.
 */
export function createTracing(options: { service: string; destination: TracesDestination; exporter?: SpanExporter }): Tracing {
  const exporter = options.exporter ?? exporterFor(options.destination);
  if (!exporter) return NO_TRACING;
  if (!contextManagerRegistered) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    contextManagerRegistered = true;
  }
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.service }),
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
  });
  return tracingWith(provider.getTracer(options.service), true, provider);
}

function exporterFor(destination: TracesDestination): SpanExporter | undefined {
  switch (destination.kind) {
    case 'file':
      return JsonLinesSpanExporter.toFile(destination.file);
    case 'stdout':
      return JsonLinesSpanExporter.toStdout();
    case 'off':
      return undefined;
  }
}

function tracingWith(tracer: Tracer, enabled: boolean, provider?: TracerProvider): Tracing {
  return {
    enabled,
    inSpan: (name, { parent, ...spanOptions }, work) =>
      tracer.startActiveSpan(name, spanOptions, parent ?? context.active(), async (span) => {
        try {
          return await work(span);
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: describeError(error) });
          throw error;
        } finally {
          span.end();
        }
      }),
    flush: async () => provider?.forceFlush(),
    shutdown: async () => provider?.shutdown(),
  };
}

/**
 * Tracing that records nothing (the API's no-op tracer). A remote parent's context still passes
 * through, so a component without tracing does not cut the trace of the next one.
 */
export const NO_TRACING: Tracing = tracingWith(trace.getTracer('none'), false);
