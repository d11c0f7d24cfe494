import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from './ports';

export interface LocalStackProcess {
  apiUrl: string;
  inboxUrl: string;
  awsUrl: string;
  /** Every JSON log line the stack and its worker printed so far. */
  logs: Record<string, unknown>[];
  /** Pid of the current invoice worker process (changes when it is replaced). */
  workerPid(): number | undefined;
  /** Resolves with the next log line that matches. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

/** The repository root, from local-stack/src (tests) or local-stack/dist and bench/dist (bundles). */
const ROOT = join(__dirname, '..', '..');

/**
 * Starts the embedded stack as its own process exactly as `npm start` does (the built `local-stack/dist/main.js`),
 * on free ports, and resolves once it reports ready.
 */
export async function startLocalStackProcess(options: { env?: Record<string, string> } = {}): Promise<LocalStackProcess> {
  const [api, aws, dynamodb, smtp, inbox] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'local-stack', 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOCAL_API_PORT: String(api),
      LOCAL_AWS_PORT: String(aws),
      LOCAL_DYNAMODB_PORT: String(dynamodb),
      LOCAL_SMTP_PORT: String(smtp),
      LOCAL_INBOX_PORT: String(inbox),
      LOG_LEVEL: 'INFO',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    if (!text.startsWith('{')) return;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text);
    } catch {
      return;
    }
    logs.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitForLog = (match: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000) => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching log line within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
      waiters.push({ match, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`local stack exited (${code}) before the awaited log line; stderr: ${stderr}`));
      });
    });
  };

  await waitForLog((line) => line.message === 'local stack ready', 120_000);
  return {
    apiUrl: `http://127.0.0.1:${api}`,
    inboxUrl: `http://127.0.0.1:${inbox}`,
    awsUrl: `http://127.0.0.1:${aws}`,
    logs,
    workerPid: () => [...logs].reverse().find((l) => l.message === 'invoice worker process started')?.pid as number | undefined,
    waitForLog,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
