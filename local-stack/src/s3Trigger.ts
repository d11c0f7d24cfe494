import type { S3Event } from 'aws-lambda';
import type { ObjectCreated } from './awsEmulator';
import { objectCreatedRecord } from './s3EventRecord';

export interface S3TriggerOptions {
  bucket: string;
  prefix: string;
  suffix: string;
  region: string;
  /** Delays before each retry of a failed invocation, like Lambda's asynchronous retries (2 by default). */
  retryDelaysMs: readonly number[];
  /** Invocations running at once. */
  concurrency: number;
  invoke: (event: S3Event) => Promise<void>;
  onGiveUp: (event: S3Event, error: unknown) => void;
}

export interface S3Trigger {
  /** Called by the S3 emulator for every stored object; never blocks, never drops. */
  objectCreated(event: ObjectCreated): void;
  /** Resolves when every accepted event has been delivered or given up on. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Emulates an S3 bucket notification to a Lambda function: matching ObjectCreated events become
 * standard S3 event records, each delivered in its own invocation, with Lambda-style retries for
 * failed invocations. Events are queued in memory without a bound, so a burst loses none.
 */
export function createS3Trigger(options: S3TriggerOptions): S3Trigger {
  const pending: S3Event[] = [];
  let running = 0;
  let sequence = 0;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (pending.length === 0 && running === 0) {
      idleWaiters.forEach((resolve) => resolve());
      idleWaiters = [];
    }
  };

  const deliver = async (event: S3Event) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await options.invoke(event);
        return;
      } catch (error) {
        const delay = options.retryDelaysMs[attempt];
        if (delay === undefined || stopped) {
          options.onGiveUp(event, error);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };

  const pump = () => {
    while (!stopped && running < options.concurrency && pending.length > 0) {
      const event = pending.shift()!;
      running++;
      void deliver(event).finally(() => {
        running--;
        pump();
        settleIdle();
      });
    }
  };

  return {
    objectCreated(created) {
      if (stopped || created.bucket !== options.bucket) return;
      if (!created.key.startsWith(options.prefix) || !created.key.endsWith(options.suffix)) return;
      pending.push({ Records: [objectCreatedRecord(created, options.region, new Date(), ++sequence)] });
      pump();
    },
    idle: () => new Promise<void>((resolve) => {
      idleWaiters.push(resolve);
      settleIdle();
    }),
    async stop() {
      stopped = true;
      pending.length = 0;
      await new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
  };
}
