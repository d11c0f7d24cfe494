import type { SpanLine } from '@checkout/aws-adapters';
import { readFile } from 'node:fs/promises';

/** A span as the console lists it: in tree order, with its depth and its start relative to the trace's. */
export interface TraceRow extends SpanLine {
  depth: number;
  offsetMs: number;
}

/**
 * The traces of one order from the trace file's text (`SpanLine` per line): every trace with a
 * span that names the order (`order.id`), each in tree order (a parent before its children,
 * siblings by start time), oldest trace first. An order has more than one trace when it was
 * re-sent by the outbox sweep, redriven or its email resent. Lines that do not parse (one cut
 * short by a SIGKILL) are skipped.
 */
export function orderTraces(text: string, orderId: string): TraceRow[][] {
  const spans: SpanLine[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      spans.push(JSON.parse(line) as SpanLine);
    } catch {
      // a line cut short: its span is lost, the others stand
    }
  }
  const traceIds = new Set(spans.filter((span) => span.attributes['order.id'] === orderId).map((span) => span.traceId));
  const byStart = (a: SpanLine, b: SpanLine) => a.startTime.localeCompare(b.startTime);
  return [...traceIds]
    .map((traceId) => spans.filter((span) => span.traceId === traceId).sort(byStart))
    .sort((a, b) => byStart(a[0]!, b[0]!))
    .map((trace) => {
      const ids = new Set(trace.map((span) => span.spanId));
      const start = Date.parse(trace[0]!.startTime);
      const rows: TraceRow[] = [];
      const visit = (span: SpanLine, depth: number) => {
        rows.push({ ...span, depth, offsetMs: Date.parse(span.startTime) - start });
        for (const child of trace.filter((s) => s.parentSpanId === span.spanId)) visit(child, depth + 1);
      };
      // Roots: no parent, or a parent this file does not have (a span lost to a SIGKILL).
      for (const root of trace.filter((span) => !span.parentSpanId || !ids.has(span.parentSpanId))) visit(root, 0);
      return rows;
    });
}

/** `orderTraces` of the file; none when there is no file (tracing off). */
export async function readOrderTraces(file: string | undefined, orderId: string): Promise<TraceRow[][]> {
  if (!file) return [];
  try {
    return orderTraces(await readFile(file, 'utf8'), orderId);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
