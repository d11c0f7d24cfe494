import { join } from 'node:path';

/**
 * Runs postman/checkout.postman_collection.json with newman and reports every failure in words a
 * test can print. Used by postman/test/unit (against a contract stub) and e2e/test/postman.test.ts
 * (against the embedded stack).
 */

export const COLLECTION_PATH = join(__dirname, 'checkout.postman_collection.json');
export const environmentPath = (name: 'local' | 'localstack' | 'deployed'): string =>
  join(__dirname, `${name}.postman_environment.json`);

export interface CollectionRun {
  /** One line per failed assertion or script error: `<request> › <test>: <message>`. */
  failures: string[];
  assertions: { total: number; failed: number };
  /** Requests sent, in order, as `<METHOD> <request name> -> <status>`. */
  requests: string[];
  /** What the scripts logged (console.log/warn), for the failure message. */
  console: string[];
}

export interface RunOptions {
  /** An environment file (environmentPath(...)). */
  environment: string;
  /** Values that override the environment, e.g. `{ baseUrl: apiUrl }`. */
  variables?: Record<string, string>;
  timeoutRequestMs?: number;
}

// newman ships no type declarations; this is the part of its API we use.
interface NewmanSummary {
  run: {
    stats: { assertions: { total: number; failed: number } };
    failures: { error: { message: string; test?: string; name?: string }; at: string; source?: { name?: string } }[];
    executions: { item: { name: string }; request?: { method: string }; response?: { code: number } }[];
  };
}
interface NewmanEmitter {
  on(event: 'console', listener: (error: unknown, args: { level: string; messages: unknown[] }) => void): NewmanEmitter;
}
interface Newman {
  run(
    options: Record<string, unknown>,
    callback: (error: Error | null, summary: NewmanSummary) => void,
  ): NewmanEmitter;
}

export function runCollection(options: RunOptions): Promise<CollectionRun> {
  const newman = require('newman') as Newman;
  const logged: string[] = [];
  return new Promise((resolve, reject) => {
    newman
      .run(
        {
          collection: COLLECTION_PATH,
          environment: options.environment,
          envVar: Object.entries(options.variables ?? {}).map(([key, value]) => ({ key, value })),
          reporters: [],
          timeoutRequest: options.timeoutRequestMs ?? 30_000,
        },
        (error, summary) => {
          if (error) {
            reject(error);
            return;
          }
          resolve({
            failures: summary.run.failures.map(
              (failure) =>
                `${failure.source?.name ?? '(collection)'} › ${failure.error.test ?? failure.at}: ${failure.error.message}`,
            ),
            assertions: summary.run.stats.assertions,
            requests: summary.run.executions.map(
              (execution) => `${execution.request?.method ?? '?'} ${execution.item.name} -> ${execution.response?.code ?? 'no response'}`,
            ),
            console: logged,
          });
        },
      )
      .on('console', (_error, args) => {
        logged.push(`${args.level}: ${args.messages.map(String).join(' ')}`);
      });
  });
}

/** A failure message with the requests and the script output that led to it. */
export function describeRun(run: CollectionRun): string {
  return [
    `${run.failures.length} failure(s), ${run.assertions.failed}/${run.assertions.total} assertions failed`,
    ...run.failures.map((failure) => `  ✗ ${failure}`),
    'requests:',
    ...run.requests.map((request) => `  ${request}`),
    'console:',
    ...run.console.map((line) => `  ${line}`),
  ].join('\n');
}
