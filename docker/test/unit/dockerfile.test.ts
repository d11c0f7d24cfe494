import { readRepoFile } from './support/repo';

/**
 * The images cannot be built here (no Docker engine), so these tests read the Dockerfiles as
 * instructions and check what the README and the ECS task definition rely on.
 */

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(path: string): Instruction[] {
  const logical = readRepoFile(path)
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  let stage = -1;
  return logical.map((line) => {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage += 1;
    return { keyword: keyword.toUpperCase(), args: args.trim(), stage };
  });
}

const args = (list: Instruction[], keyword: string): string[] =>
  list.filter((i) => i.keyword === keyword).map((i) => i.args);

/** The base image an instruction list resolves to, with ARG defaults substituted. */
function baseImages(list: Instruction[]): string[] {
  const defaults = new Map(
    args(list, 'ARG').map((arg) => {
      const [name = '', value = ''] = arg.split('=', 2);
      return [name, value] as const;
    }),
  );
  return args(list, 'FROM').map((from) => {
    const image = (from.split(/\s+AS\s+/i)[0] ?? '').replace(/^(--\S+\s+)+/, '');
    return image.replace(/^\$\{(\w+)\}$/, (_, name: string) => defaults.get(name) ?? '');
  });
}

const isExecForm = (value: string): boolean => {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((part) => typeof part === 'string');
  } catch {
    return false;
  }
};

const workspaces = (JSON.parse(readRepoFile('package.json')) as { workspaces: string[] }).workspaces;

describe('docker/Dockerfile.worker', () => {
  const worker = instructions('docker/Dockerfile.worker');
  const runtime = worker.filter((i) => i.stage === Math.max(...worker.map((w) => w.stage)));

  it('builds in one stage and runs in another, both on Node 24', () => {
    expect(args(worker, 'FROM')).toHaveLength(2);
    for (const image of baseImages(worker)) expect(image).toMatch(/^node:24(\.\d+)*-[a-z]+-slim(@sha256:[0-9a-f]{64})?$/);
  });

  it('builds on the build machine\'s platform, so an arm64 image builds on x64 without emulation', () => {
    const [buildStage] = args(worker, 'FROM');
    expect(buildStage).toMatch(/^--platform=\$BUILDPLATFORM /);
    expect(runtime.filter((i) => i.keyword === 'RUN')).toEqual([]);
  });

  it('installs from the lockfile without dropping optional platform binaries, then builds', () => {
    const run = args(worker, 'RUN').join('\n');
    expect(run).toMatch(/npm ci\b/);
    expect(run).not.toMatch(/--omit[= ]optional|--no-optional/);
    expect(run).toMatch(/npm run build/);
  });

  it('copies every workspace manifest before installing, so npm ci sees the whole lockfile', () => {
    const copies = args(worker, 'COPY').join('\n');
    for (const workspace of workspaces) expect(copies).toContain(`${workspace}/package.json`);
  });

  it('ships only the worker bundle in the runtime stage, without node_modules', () => {
    const copies = args(runtime, 'COPY');
    expect(copies).toEqual(['--from=build /repo/invoice-worker/dist/ /app/']);
    expect(runtime.some((i) => /node_modules|npm (ci|install)/.test(i.args))).toBe(false);
  });

  it('runs as the non-root node user', () => {
    expect(args(runtime, 'USER')).toEqual(['node']);
  });

  it('runs the bundle in production mode with an exec-form CMD, so node receives SIGTERM', () => {
    expect(args(runtime, 'ENV')).toContain('NODE_ENV=production');
    expect(args(runtime, 'STOPSIGNAL')).toEqual(['SIGTERM']);
    const [cmd] = args(runtime, 'CMD');
    expect(isExecForm(cmd ?? '')).toBe(true);
    expect(JSON.parse(cmd ?? '[]')).toEqual(['node', '/app/main.js']);
    expect(args(runtime, 'ENTRYPOINT')).toEqual([]);
  });

  it('caps the young and the old generation, so the worker\'s memory follows its live heap', () => {
    const options = args(runtime, 'ENV').find((env) => env.startsWith('NODE_OPTIONS='));
    expect(options).toMatch(/^NODE_OPTIONS="?(.* )?--max-semi-space-size=([1-9]|1[0-5])[ "]/);
    expect(options).toMatch(/--max-old-space-size=(12[89]|1[3-9]\d|2\d\d)"?$/);
  });

  it('checks its health with the bundled health check script', () => {
    const [healthcheck] = args(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD \["node", "\/app\/healthcheck\.js"\]$/);
  });
});

describe('docker/Dockerfile.embedded', () => {
  const embedded = instructions('docker/Dockerfile.embedded');

  it('runs on Node 24 with Java for DynamoDB Local', () => {
    for (const image of baseImages(embedded)) expect(image).toMatch(/^node:24(\.\d+)*-[a-z]+-slim/);
    expect(args(embedded, 'RUN').join('\n')).toMatch(/openjdk-17-jre-headless/);
  });

  it('copies every workspace manifest before installing', () => {
    const copies = args(embedded, 'COPY').join('\n');
    for (const workspace of workspaces) expect(copies).toContain(`${workspace}/package.json`);
  });

  it('runs as the node user with an exec-form CMD', () => {
    expect(args(embedded, 'USER')).toEqual(['node']);
    const [cmd] = args(embedded, 'CMD');
    expect(isExecForm(cmd ?? '')).toBe(true);
  });
});

describe('.dockerignore', () => {
  const ignored = readRepoFile('.dockerignore').split('\n').map((line) => line.trim());

  it('keeps dependencies, build output and git history out of the build context', () => {
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git', '**/cdktf.out', '**/coverage']));
  });

  it('keeps in the build context everything npm run build reads', () => {
    const needed = ['scripts', 'bench', 'package.json', 'package-lock.json', '.npmrc', ...workspaces];
    const dropped = needed.filter((path) => ignored.some((pattern) => pattern === path || pattern === `${path}/` || pattern === `/${path}`));
    expect(dropped).toEqual([]);
  });

  it('keeps local secrets out of the build context', () => {
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.env.*']));
  });
});
