/**
 * Invoice PDF rendering: ms per `render(doc)` on a warm renderer (fonts parsed once), for 10 and
 * 120 line items, plus the one-off cost of `createInvoiceRenderer()`.
 * Method: 5 warm-up renders, then at least 30 timed renders in sequence; median and p95 of the
 * wall-clock times (performance.now). The multi-script customer name pulls in the CJK font subset.
 */
import os from 'node:os';
import { createInvoiceRenderer } from '../invoice-worker/src/renderInvoice';
import { anInvoiceDocument } from '../invoice-worker/test/support/anInvoiceDocument';

export interface BenchResult {
  name: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  /** Size of the produced PDF, where the case produces one. */
  bytes?: number;
}

const WARM_UP = 5;
const RUNS = 30;

export async function benchRenderInvoice(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const startups: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await createInvoiceRenderer();
    startups.push(performance.now() - started);
  }
  results.push({ name: 'createInvoiceRenderer (read + parse fonts)', ...summarise(startups) });

  const renderer = await createInvoiceRenderer();
  for (const lines of [10, 120]) {
    const doc = anInvoiceDocument({ lines, billTo: { name: 'Łukasz Żółć · Nguyễn Văn A · 张伟 · Ærøskøbing' } });
    let bytes = 0;
    for (let run = 0; run < WARM_UP; run++) await renderer.render(doc);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      bytes = (await renderer.render(doc)).length;
      times.push(performance.now() - started);
    }
    results.push({ name: `render, ${lines} lines`, ...summarise(times), bytes });
  }
  return results;
}

function summarise(times: number[]): Pick<BenchResult, 'median_ms' | 'p95_ms' | 'runs'> {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: sorted.length };
}

if (require.main === module) {
  benchRenderInvoice().then(
    (results) => {
      console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'} x${os.cpus().length}, ${os.platform()}`);
      console.table(results);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
