import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFromPackage } from './loadEsm';

export interface MailInbox {
  smtpPort: number;
  /** Base URL of the web inbox; its REST API lists messages at GET /api/email. */
  webUrl: string;
  /** The inbox page: `/`, for every client (see {@link serveInboxPageAtRoot}). */
  pageUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts maildev: an SMTP server that keeps every message and a web inbox, both on 127.0.0.1.
 * STARTTLS is hidden because the certificate bundled with its SMTP server has expired; this is a
 * loopback-only development server.
 */
export async function startMailInbox(options: { smtpPort: number; webPort: number }): Promise<MailInbox> {
  const { MailDev } = await importFromPackage<{ MailDev: new (config: object) => MailDevLike }>('maildev', 'dist/index.js');
  // Each inbox keeps its messages in its own directory (maildev's default is one shared /tmp/maildev).
  const mailDirectory = await mkdtemp(join(tmpdir(), 'checkout-inbox-'));
  const maildev = new MailDev({
    mailDirectory,
    smtp: options.smtpPort,
    ip: '127.0.0.1',
    web: options.webPort,
    webIp: '127.0.0.1',
    hideExtensions: ['STARTTLS'],
    silent: true,
  });
  const servers = await withoutConsoleInfo(/^MailDev API running at /, () => maildev.start());
  const web = servers.api?.server.server;
  if (!web) throw new Error('maildev started without its web server');
  serveInboxPageAtRoot(web);
  const webUrl = `http://127.0.0.1:${options.webPort}`;
  return {
    smtpPort: options.smtpPort,
    webUrl,
    pageUrl: `${webUrl}/`,
    stop: async () => {
      await maildev.stop();
      await rm(mailDirectory, { recursive: true, force: true });
    },
  };
}

/**
 * maildev's web server prints "MailDev API running at <url>" with console.info even when `silent`:
 * `npm start` prints its own line for the inbox, with the URL of the page rather than of the API.
 */
async function withoutConsoleInfo<T>(dropped: RegExp, run: () => Promise<T>): Promise<T> {
  const info = console.info;
  console.info = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && dropped.test(args[0]))) info(...args);
  };
  try {
    return await run();
  } finally {
    console.info = info;
  }
}

/**
 * maildev serves its page at `/` through a single-page-app fallback that answers only requests
 * accepting text/html, and 404 to the rest (curl, link checkers). `/index.html` is no way round:
 * the page takes its API prefix from its own path and then fails every call (/index.html/api/...).
 * So a GET of `/` is marked as accepting text/html before maildev's own handler sees it.
 */
function serveInboxPageAtRoot(server: Server): void {
  server.prependListener('request', (request: IncomingMessage) => {
    if (request.method === 'GET' && (request.url === '/' || request.url?.startsWith('/?'))) request.headers.accept = 'text/html';
  });
}

interface MailDevLike {
  start(): Promise<{ api?: { server: { server: Server } } }>;
  stop(): Promise<void>;
}
