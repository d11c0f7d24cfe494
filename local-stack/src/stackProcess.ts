import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { localShopAuthorization } from './localIdentity';
import { freePort } from './ports';

export interface LocalStackProcess {
  /** Pid of the stack process (the parent of the worker processes and of DynamoDB Local's JVM). */
  pid: number;
  apiUrl: string;
  inboxUrl: string;
  /** The local console (LOCAL_CONSOLE_PORT). */
  consoleUrl: string;
  awsUrl: string;
  dynamodbUrl: string;
  /** cognito-local: the Cognito API (sign-up, login) and `/oauth2/token`. */
  cognitoUrl: string;
  /** `{ authorization: 'Bearer <token>' }` of the shop's client-credentials client (all its scopes, or `scopes`). */
  shopAuthorization(scopes?: readonly string[]): Promise<{ authorization: string }>;
  /** ARN of the stack's SNS FIFO topic of order events (on the AWS emulator at `awsUrl`). */
  orderEventsTopicArn: string;
  /** The stack's trace file (one span per line), in a data directory of its own that `stop` removes. */
  tracesFile: string;
  /** Every JSON log line the stack and its workers printed so far (stdout and stderr, each in its order). */
  logs: Record<string, unknown>[];
  /** Every plain (not JSON) line on stdout so far, in order: the start-up progress and the banner. */
  printed: string[];
  /**
   * Pids of the running invoice worker processes (LOCAL_WORKERS of them, by worker number), from the
   * stack's 'invoice worker process started' and '... died; starting a new one' lines; a killed worker is absent until its
   * replacement has started.
   */
  workerPids(): number[];
  /** Resolves with the first log line that matches, already printed or yet to come. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the next matching log line printed from now on (lines already printed are not looked at). */
  nextLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

/** The repository root, from local-stack/src (tests) or local-stack/dist and bench/dist (bundles). */
const ROOT = join(__dirname, '..', '..');

/**
 * Starts the embedded stack as its own process exactly as `npm start` does (the built `local-stack/dist/main.js`),
 * on free ports, and resolves once it reports ready.
 */
export async function startLocalStackProcess(options: { env?: Record<string, string> } = {}): Promise<LocalStackProcess> {
  // A port picked free can still be taken before the stack binds it (another stack starting in a
  // parallel test file picked it too): start again on other ports, a bounded number of times.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePorts(options);
    } catch (error) {
      const portTaken = /already in use|EADDRINUSE/.test(String((error as Error).message));
      if (!portTaken || attempt === 3) throw error;
    }
  }
}

async function startOnFreePorts(options: { env?: Record<string, string> }): Promise<LocalStackProcess> {
  const [api, aws, dynamodb, smtp, inbox, consolePort, cognito] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
  const tokens = new Map<string, Promise<{ authorization: string }>>();
  // Stacks of parallel test files must not share (or empty) each other's trace file.
  const dataDir = mkdtempSync(join(tmpdir(), 'checkout-stack-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'local-stack', 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOCAL_API_PORT: String(api),
      LOCAL_AWS_PORT: String(aws),
      LOCAL_DYNAMODB_PORT: String(dynamodb),
      LOCAL_SMTP_PORT: String(smtp),
      LOCAL_INBOX_PORT: String(inbox),
      LOCAL_CONSOLE_PORT: String(consolePort),
      LOCAL_COGNITO_PORT: String(cognito),
      LOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: 'INFO',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const printed: string[] = [];
  const waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  const workerPids = new Map<number, number>();
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const onLine = (text: string, stream: 'stdout' | 'stderr') => {
    if (!text.startsWith('{')) {
      if (stream === 'stdout') printed.push(text);
      return;
    }
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text);
    } catch {
      return;
    }
    logs.push(line);
    if (line.service === 'local-stack' && typeof line.worker === 'number' && typeof line.pid === 'number') {
      if (line.message === 'invoice worker process started') workerPids.set(line.worker, line.pid);
      else if (line.message === 'invoice worker process died; starting a new one' && workerPids.get(line.worker) === line.pid) workerPids.delete(line.worker);
    }
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  // The logger writes WARN and ERROR lines to stderr, the others to stdout.
  createInterface({ input: child.stdout! }).on('line', (line) => onLine(line, 'stdout'));
  createInterface({ input: child.stderr! }).on('line', (line) => onLine(line, 'stderr'));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => rmSync(dataDir, { recursive: true, force: true }));

  const nextLog = (match: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching log line within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
      waiters.push({ match, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`local stack exited (${code}) before the awaited log line; stderr: ${stderr}`));
      });
    });
  const waitForLog = (match: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000) => {
    const seen = logs.find(match);
    return seen ? Promise.resolve(seen) : nextLog(match, timeoutMs);
  };

  // Logged after the banner, on the same stdout: the banner lines are in `printed` by then.
  const ready = await waitForLog((line) => line.message === 'local stack ready', 120_000);
  return {
    pid: child.pid!,
    apiUrl: `http://127.0.0.1:${api}`,
    inboxUrl: `http://127.0.0.1:${inbox}`,
    consoleUrl: `http://127.0.0.1:${consolePort}`,
    awsUrl: `http://127.0.0.1:${aws}`,
    dynamodbUrl: `http://127.0.0.1:${dynamodb}`,
    cognitoUrl: `http://127.0.0.1:${cognito}`,
    shopAuthorization: (scopes) => {
      // One token per set of scopes for the life of the stack (tokens last an hour).
      const key = scopes?.join(' ') ?? '*';
      let token = tokens.get(key);
      if (!token) tokens.set(key, (token = localShopAuthorization(`http://127.0.0.1:${cognito}/oauth2/token`, scopes)));
      return token;
    },
    orderEventsTopicArn: (ready.urls as { orderEvents: string }).orderEvents,
    tracesFile: (ready.urls as { traces: string }).traces,
    logs,
    printed,
    workerPids: () => [...workerPids.entries()].sort(([a], [b]) => a - b).map(([, pid]) => pid),
    waitForLog,
    nextLog,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
