import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Logger } from '@checkout/aws-adapters';

export interface WorkerFleetOptions {
  /** The invoice worker bundle (invoice-worker/dist/main.js). */
  entry: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Worker processes kept running, like the desired count of the ECS service. */
  count: number;
  restartDelayMs?: number;
  /** Where the workers' log lines go; this process's stdout and stderr by default. */
  output?: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
}

export interface WorkerFleet {
  /** The pid of every running worker process, by worker number (1..count); a worker being replaced has none. */
  pids(): number[];
  /**
   * One promise per worker (1..count): resolves with the pid of its first process that logged
   * 'invoice worker started' (its consumers are receiving), rejects if that process exited first.
   * The line is an INFO line: under LOG_LEVEL WARN or above these never settle.
   */
  ready: Promise<number>[];
  /** SIGTERM to every worker (each drains its in-flight invoices); resolves when all have exited. */
  stop(): Promise<void>;
}

/** What a worker logs once its consumers receive (invoice-worker/src/invoiceWorker.ts). */
const READY_LINE = '"message":"invoice worker started"';

/**
 * V8 sizes the young generation from the host's memory: on a 24 GiB machine each semi-space may grow
 * to 64 MiB (128 MiB of new space), and the worker's RSS reached 360–380 MiB after 300 orders with no
 * leak. A Fargate task has far less memory, and N local workers multiply it; 8 MiB semi-spaces, as in
 * the worker image (docker/Dockerfile.worker), keep the PDF rendering's short-lived garbage cheap to
 * collect at a fraction of the footprint. The old generation is capped at 128 MiB as in the image
 * (RSS after 1,000 orders: 232 MiB without, 176 MiB with; the worst case measured needs 38 MiB).
 */
const WORKER_NODE_OPTIONS = ['--enable-source-maps', '--max-semi-space-size=8', '--max-old-space-size=128'];

/**
 * Runs `count` invoice worker processes, the way the ECS service runs its Fargate tasks, and
 * replaces each one when it dies (as ECS would), so a crashed worker's messages are redelivered to
 * the others and its successor. Every JSON log line of a worker gets `worker` (its number) and `pid`
 * appended, the local equivalent of the task id in the log stream's name, so logs say which worker.
 */
export function startWorkerFleet(options: WorkerFleetOptions): WorkerFleet {
  const output = options.output ?? { stdout: process.stdout, stderr: process.stderr };
  const workers = Array.from({ length: options.count }, (_, i) => superviseWorker(i + 1, options, output));
  return {
    pids: () => workers.map((w) => w.pid()).filter((pid): pid is number => pid !== undefined),
    ready: workers.map((w) => w.ready),
    stop: async () => {
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}

function superviseWorker(worker: number, options: WorkerFleetOptions, output: NonNullable<WorkerFleetOptions['output']>) {
  let child: ChildProcess;
  let alive = false;
  let stopping = false;
  let restarts = 0;
  let restart: NodeJS.Timeout | undefined;
  let isReady = false;
  let becameReady!: (pid: number) => void;
  let failedToStart!: (error: Error) => void;
  const ready = new Promise<number>((resolve, reject) => ((becameReady = resolve), (failedToStart = reject)));
  ready.catch(() => {}); // a caller that does not wait must not see an unhandled rejection

  const launch = () => {
    child = spawn(process.execPath, [...WORKER_NODE_OPTIONS, options.entry], { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    alive = true;
    const pid = child.pid;
    const context = `,"worker":${worker},"pid":${pid}}`;
    // Powertools writes WARN and ERROR lines to stderr, the others to stdout: tag both, keep each where it was.
    for (const [from, to] of [[child.stdout!, output.stdout], [child.stderr!, output.stderr]] as const) {
      createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
        // Appended without parsing (the stack shares its cores with the workers); a line cut short by SIGKILL passes as is.
        const isObject = line.length > 2 && line.startsWith('{') && line.endsWith('}');
        to.write(`${isObject ? line.slice(0, -1) + context : line}\n`);
        if (!isReady && line.includes(READY_LINE)) {
          isReady = true;
          becameReady(pid!);
        }
      });
    }
    options.logger.info('invoice worker process started', { worker, pid, restarts });
    child.once('exit', (code, signal) => {
      alive = false;
      if (!isReady) failedToStart(new Error(`invoice worker ${worker} (pid ${pid}) exited (${signal ?? `code ${code}`}) before it was ready; its log lines are above`));
      if (stopping) return;
      restarts++;
      options.logger.error('invoice worker process died; starting a new one', { worker, pid, code, signal, restarts });
      restart = setTimeout(launch, options.restartDelayMs ?? 500).unref();
    });
  };
  launch();

  return {
    ready,
    pid: () => (alive ? child.pid : undefined),
    stop(): Promise<void> {
      stopping = true;
      clearTimeout(restart);
      if (!alive) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
