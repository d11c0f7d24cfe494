import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file is docker/test/unit/support/repo.ts). */
export const repoRoot = resolve(__dirname, '..', '..', '..', '..');

export const repoPath = (...segments: string[]): string => join(repoRoot, ...segments);

export const readRepoFile = (path: string): string => readFileSync(repoPath(path), 'utf8');

/**
 * Every variable named in .env.example, the configuration contract, including the commented-out
 * ones (`# AWS_ENDPOINT_URL_SQS=...`): those are optional, not unknown.
 */
export function envExampleKeys(): Set<string> {
  const keys = readRepoFile('.env.example')
    .split('\n')
    .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => key !== undefined);
  return new Set(keys);
}
