import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ExportResultCode, hrTimeToMilliseconds, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace';
import { appendFileSync } from 'node:fs';

/** One line of the trace output (`TRACES_EXPORT`): the local trace file, or stdout in AWS. */
export interface SpanLine {
  traceId: string;
  spanId: string;
  /** Absent on a trace's root span. */
  parentSpanId?: string;
  name: string;
  kind: 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
  /** The component that recorded it (`ingress`, `invoice-worker`, `notifier`). */
  service: string;
  /** UTC ISO-8601, millisecond precision. */
  startTime: string;
  endTime: string;
  durationMs: number;
  status: 'UNSET' | 'OK' | 'ERROR';
  statusMessage?: string;
  attributes: Record<string, unknown>;
}

/**
 * Writes each finished span as one JSON object per line, with one `write` per batch of spans:
 * - to a file (the local stack: the stack process and every worker process append to the same
 *   file, and an O_APPEND write of a few hundred bytes lands whole; the console reads it back);
 * - to stdout (AWS: Lambda and the worker's awslogs driver send it to CloudWatch Logs, beside the
 *   log lines and the EMF metrics, where Logs Insights finds a trace by `traceId`).
 * Synchronous (stdout is a pipe, which Node writes synchronously on Linux), so nothing is lost
 * when a process exits or a Lambda is frozen.
 */
export class JsonLinesSpanExporter implements SpanExporter {
  constructor(private readonly write: (text: string) => void) {}

  static toFile(file: string): JsonLinesSpanExporter {
    return new JsonLinesSpanExporter((text) => appendFileSync(file, text));
  }

  static toStdout(): JsonLinesSpanExporter {
    return new JsonLinesSpanExporter((text) => process.stdout.write(text));
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    try {
      this.write(spans.map((span) => `${JSON.stringify(spanLine(span))}\n`).join(''));
      resultCallback({ code: ExportResultCode.SUCCESS });
    } catch (error) {
      resultCallback({ code: ExportResultCode.FAILED, error: error as Error });
    }
  }

  async shutdown(): Promise<void> {}

  async forceFlush(): Promise<void> {}
}

export function spanLine(span: ReadableSpan): SpanLine {
  const { traceId, spanId } = span.spanContext();
  const startMs = hrTimeToMilliseconds(span.startTime);
  const endMs = hrTimeToMilliseconds(span.endTime);
  return {
    traceId,
    spanId,
    ...(span.parentSpanContext ? { parentSpanId: span.parentSpanContext.spanId } : {}),
    name: span.name,
    kind: SpanKind[span.kind] as SpanLine['kind'],
    service: String(span.resource.attributes['service.name'] ?? span.instrumentationScope.name),
    startTime: new Date(startMs).toISOString(),
    endTime: new Date(endMs).toISOString(),
    durationMs: Math.round((endMs - startMs) * 1000) / 1000,
    status: SpanStatusCode[span.status.code] as SpanLine['status'],
    ...(span.status.message ? { statusMessage: span.status.message } : {}),
    attributes: { ...span.attributes },
  };
}
