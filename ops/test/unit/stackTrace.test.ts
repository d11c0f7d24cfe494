import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { mapStackTrace, readBundleSourceMap } from '../../src/stackTrace';
import { runOps } from '../support/opsCli';

const REPO = join(__dirname, '..', '..', '..');

/** A bundle built as scripts/build.mjs builds the Lambdas (minified, linked map, no source contents) that throws from a known line. */
function throwingBundle(dir: string): { bundle: string; map: string } {
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'pricing.ts'), ['export function price(quantity: number): number {', '  if (quantity < 0) {', "    throw new Error('negative quantity');", '  }', '  return quantity * 100;', '}', ''].join('\n'));
  writeFileSync(join(dir, 'src', 'handler.ts'), "import { price } from './pricing';\nexport const handler = (q: number) => price(q);\n");
  buildSync({ entryPoints: [join(dir, 'src', 'handler.ts')], outfile: join(dir, 'dist', 'handler.js'), bundle: true, minify: true, platform: 'node', format: 'cjs', sourcemap: 'linked', sourcesContent: false, logLevel: 'silent' });
  return { bundle: join(dir, 'dist', 'handler.js'), map: join(dir, 'dist', 'handler.js.map') };
}

describe('mapping a stack trace a Lambda logged back to the sources', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stack-trace-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('turns the minified bundle positions of a real throw into file:line:column of the TypeScript source', () => {
    const { bundle, map } = throwingBundle(dir);
    // Run as in Lambda: without --enable-source-maps, so the trace names handler.js:1:<column>.
    const thrown = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(bundle)}).handler(-1)`], { encoding: 'utf8' });
    expect(thrown.stderr).toMatch(/handler\.js:1:\d+/);
    const mapped = mapStackTrace(thrown.stderr, { payload: JSON.parse(readFileSync(map, 'utf8')), file: map }, dir);
    expect(mapped).toContain('negative quantity');
    expect(mapped).toMatch(/src\/pricing\.ts:3:\d+/);
    expect(mapped).toMatch(/src\/handler\.ts:2:\d+/);
    expect(mapped).not.toMatch(/handler\.js:1:\d+/);
  });

  it('leaves lines it cannot map as they are', () => {
    const { map } = throwingBundle(dir);
    const trace = 'Error: boom\n    at node:internal/main:1:2\n    at /var/task/other.js:4:5\n';
    expect(mapStackTrace(trace, { payload: JSON.parse(readFileSync(map, 'utf8')), file: map }, dir)).toBe(trace);
  });

  it('`npm run ops -- stack-trace ingress-lambda` maps a position of the built ingress bundle to its source', async () => {
    // A position in the shipped bundle: where the 401 problem's detail is written.
    const anchor = 'Send a valid access token';
    const bundle = readFileSync(join(REPO, 'ingress-lambda', 'dist', 'handler.js'), 'utf8');
    const offset = bundle.indexOf(anchor);
    expect(offset).toBeGreaterThan(0);
    const line = bundle.slice(0, offset).split('\n').length;
    const column = offset - bundle.lastIndexOf('\n', offset - 1);
    const trace = `Error: x\n    at e (/var/task/handler.js:${line}:${column})\n`;
    const mapped = await runOps(['stack-trace', 'ingress-lambda'], {}, trace);
    expect(mapped.code).toBe(0);
    const [, source, sourceLine] = /\((\S+\.ts):(\d+):\d+\)/.exec(mapped.stdout) ?? [];
    expect(source).toMatch(/^ingress-lambda\/src\//);
    expect(readFileSync(join(REPO, source!), 'utf8').split('\n')[Number(sourceLine) - 1]).toContain(anchor);
    expect(readBundleSourceMap(REPO, 'ingress-lambda').file).toMatch(/handler\.js\.map$/);
  });

  it('names the bundles it knows when given another', async () => {
    const run = await runOps(['stack-trace', 'worker'], {}, '');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give one of ingress-lambda, notifier-lambda, order-events');
  });
});

