import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The operator CLI bundle `npm run ops` runs (built by `npm run build`). */
export const OPS_CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

/** Runs `npm run ops -- <args>`'s bundle as its own process with `env` on top of this one's, and `input` (or nothing) on its stdin. */
export function runOps(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [OPS_CLI, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(input ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Parses a `--json` run that must have succeeded; fails with its stderr otherwise. */
export function jsonOf<T>(run: CliRun): T {
  if (run.code !== 0) throw new Error(`ops exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
