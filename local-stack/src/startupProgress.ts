import { performance } from 'node:perf_hooks';

/** What `npm start` reports while the stack comes up: each part as it starts, then when it is ready. */
export interface StartupProgress {
  starting(part: string, detail?: string): void;
  ready(part: string, detail?: string): void;
}

/** Reports nothing: tests and benchmarks that start the stack in-process. */
export const SILENT_PROGRESS: StartupProgress = { starting: () => {}, ready: () => {} };

/**
 * Runs `start` between a `starting` and a `ready` report of `part`; a failure reports nothing more
 * (the error says what went wrong).
 */
export async function reportStartup<T>(progress: StartupProgress, part: string, start: () => Promise<T>, readyDetail?: (value: T) => string): Promise<T> {
  progress.starting(part);
  const value = await start();
  progress.ready(part, readyDetail?.(value));
  return value;
}

/**
 * Progress as plain lines, one per event, each part timed from its own `starting`:
 *
 *     DynamoDB Local        starting
 *     DynamoDB Local        ready in 2.9 s
 *
 * `elapsedSeconds()` is the time since this reporter was made, for the closing line.
 */
export function printedProgress(write: (line: string) => void, now: () => number = () => performance.now()) {
  const createdAt = now();
  const startedAt = new Map<string, number>();
  const line = (part: string, text: string, detail?: string) => write(`  ${part.padEnd(22)} ${text}${detail ? ` (${detail})` : ''}\n`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return {
    starting(part: string, detail?: string) {
      startedAt.set(part, now());
      line(part, 'starting', detail);
    },
    ready(part: string, detail?: string) {
      line(part, `ready in ${seconds(now() - (startedAt.get(part) ?? createdAt))}`, detail);
    },
    elapsedSeconds: () => seconds(now() - createdAt),
  } satisfies StartupProgress & { elapsedSeconds(): string };
}
