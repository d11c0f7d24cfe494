import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../../local-stack/src/ports';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';

const MAIN = join(__dirname, '..', '..', 'local-stack', 'dist', 'main.js');

function runStack(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('npm start refuses to start on bad ground', () => {
  it('names the variable of a port that is taken, and exits 1 without starting anything', async () => {
    const port = await freePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', () => resolve()));
    try {
      const { code, stderr } = await runStack({ LOCAL_API_PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} (LOCAL_API_PORT) is already in use on 127.0.0.1`);
    } finally {
      squatter.close();
    }
  });

  it('names a malformed variable', async () => {
    const { code, stderr } = await runStack({ LOCAL_NOTIFIER_RETRY_DELAYS_MS: 'soon' });
    expect(code).toBe(1);
    expect(stderr).toContain('LOCAL_NOTIFIER_RETRY_DELAYS_MS="soon": must be comma-separated milliseconds');
  });
});

describe('npm start, once it is running', () => {
  let stack: LocalStackProcess;
  beforeAll(async () => {
    stack = await startLocalStackProcess({ env: { LOCAL_WORKERS: '2' } });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  /** The URL the banner prints after `label` (`  Email inbox    http://...`). */
  const bannerUrl = (label: string): string => {
    const line = stack.printed.find((l) => l.trimStart().startsWith(label));
    if (!line) throw new Error(`the banner has no "${label}" line:\n${stack.printed.join('\n')}`);
    return /https?:\/\/\S+/.exec(line)![0];
  };

  it('reports each part as it starts and again when it is ready, with its time, before the banner', () => {
    const parts = ['DynamoDB Local', 'SQS + S3 emulator', 'Mail server', 'Tables, queues, bucket', 'Notifier', 'Order events', 'Invoice worker 1', 'Invoice worker 2', 'Orders API'];
    const banner = stack.printed.findIndex((l) => /^Checkout pipeline is running, ready in \d+\.\d s/.test(l));
    expect(banner).toBeGreaterThan(0);
    for (const part of parts) {
      const starting = stack.printed.findIndex((l) => new RegExp(`^  ${escape(part)} +starting$`).test(l));
      const ready = stack.printed.findIndex((l) => new RegExp(`^  ${escape(part)} +ready in \\d+\\.\\d s`).test(l));
      expect({ part, startingBeforeReady: starting >= 0 && starting < ready, readyBeforeBanner: ready < banner }).toEqual({
        part,
        startingBeforeReady: true,
        readyBeforeBanner: true,
      });
    }
  });

  it('prints an inbox URL that answers 200 with the inbox page, for any client', async () => {
    const response = await fetch(bannerUrl('Email inbox'), { headers: { accept: '*/*' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<title>MailDev<\/title>/);
  });

  it('serves the API docs page and everything it loads from the API itself, under a CSP that allows nothing else', async () => {
    const page = bannerUrl('API docs');
    const response = await fetch(page);
    expect(response.status).toBe(200);
    const html = await response.text();

    const references = [...html.matchAll(/\b(?:src|href|data-spec-url)="([^"]*)"/g)].map((m) => m[1]!);
    expect(references.sort()).toEqual(['docs/init.js', 'docs/swagger-ui-bundle.js', 'docs/swagger-ui.css', 'openapi.json']);
    for (const reference of references) {
      const url = new URL(reference, page);
      expect(url.origin).toBe(new URL(page).origin);
      const asset = await fetch(url);
      expect(`${reference} ${asset.status}`).toBe(`${reference} 200`);
      const expectedType = reference.endsWith('.css') ? /^text\/css/ : reference.endsWith('.js') ? /^text\/javascript/ : /^application\/json/;
      expect(asset.headers.get('content-type')).toMatch(expectedType);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    expect(await (await fetch(new URL('docs/swagger-ui-bundle.js', page))).text()).toContain('SwaggerUIBundle');

    // Every source the policy names is this origin, data: (icons) or inline style attributes.
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    const sources = [...directives.values()].flat();
    expect(sources.filter((source) => !["'none'", "'self'", 'data:', "'unsafe-inline'"].includes(source))).toEqual([]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
