import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '@checkout/aws-adapters';

export interface WorkerProcess {
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Runs the invoice worker bundle as its own process, the way the Fargate task runs it, and
 * replaces it when it dies (as ECS would), so a crashed worker's messages get redelivered to
 * the new one. Its JSON log lines go to this process's stdout.
 */
export function startWorkerProcess(options: { entry: string; env: NodeJS.ProcessEnv; logger: Logger; restartDelayMs?: number }): WorkerProcess {
  let child: ChildProcess;
  let stopping = false;
  let restarts = 0;

  const launch = () => {
    child = spawn(process.execPath, ['--enable-source-maps', options.entry], { env: options.env, stdio: ['ignore', 'inherit', 'inherit'] });
    options.logger.info('invoice worker process started', { pid: child.pid, restarts });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      restarts++;
      options.logger.error('invoice worker process died; starting a new one', { code, signal, restarts });
      setTimeout(launch, options.restartDelayMs ?? 500).unref();
    });
  };
  launch();

  return {
    get pid() {
      return child.pid;
    },
    stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
