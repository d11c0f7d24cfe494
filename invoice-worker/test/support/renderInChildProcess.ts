import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvoiceDocument } from '@checkout/domain';
import { build } from 'esbuild';

const root = join(__dirname, '..', '..', '..');

/** What the child reports: the PDF and the time zone offset it saw at `issuedAt`. */
export interface ChildRender {
  pdf: Uint8Array;
  timezoneOffsetMinutes: number;
}

/**
 * Bundles the renderer (our workspaces inlined, third-party packages left to node_modules, as the
 * local stack's build does) into a temporary directory and returns a function that renders one
 * document in a new Node process with the given environment (e.g. `TZ`). Call `dispose` after.
 */
export async function childRenderer(): Promise<{
  render(doc: InvoiceDocument, facturXml: string, env: Record<string, string>): Promise<ChildRender>;
  dispose(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'invoice-render-'));
  const script = join(dir, 'render.js');
  await build({
    stdin: {
      contents: `
        const { createInvoiceRenderer } = require('./invoice-worker/src/renderInvoice');
        (async () => {
          const chunks = [];
          for await (const chunk of process.stdin) chunks.push(chunk);
          const { doc, facturXml } = JSON.parse(Buffer.concat(chunks).toString());
          const pdf = await (await createInvoiceRenderer()).render(doc, { facturXml });
          const timezoneOffsetMinutes = new Date(doc.issuedAt).getTimezoneOffset();
          process.stdout.write(JSON.stringify({ pdf: Buffer.from(pdf).toString('base64'), timezoneOffsetMinutes }));
        })().catch((error) => { console.error(error); process.exit(1); });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    outfile: script,
    logLevel: 'warning',
    plugins: [
      {
        name: 'external-third-party',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@checkout/') || args.path.startsWith('node:') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });

  return {
    render: (doc, facturXml, env) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [script], {
          env: { PATH: process.env.PATH, NODE_PATH: join(root, 'node_modules'), ...env },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) return reject(new Error(`render child exited with ${code}: ${Buffer.concat(stderr).toString()}`));
          const { pdf, timezoneOffsetMinutes } = JSON.parse(Buffer.concat(stdout).toString()) as { pdf: string; timezoneOffsetMinutes: number };
          resolve({ pdf: new Uint8Array(Buffer.from(pdf, 'base64')), timezoneOffsetMinutes });
        });
        child.stdin.end(JSON.stringify({ doc, facturXml }));
      }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
