import { describeError } from '@checkout/aws-adapters';
import { CheckoutError, ORDER_STATUSES, OrderNotFoundError, type OrderStatus } from '@checkout/domain';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { OpsError } from '../errors';
import { listOrders } from '../listOrders';
import { orderHistory } from '../orderHistory';
import type { OpsPorts } from '../ports';
import { redriveDeadLetters } from '../redriveDeadLetters';
import { replayNotificationFailures } from '../replayNotificationFailures';
import { resendInvoiceEmail } from '../resendInvoiceEmail';
import { emailHtml, emailsAbout, EMAIL_ID_PATTERN } from './mailInboxApi';
import { pollingOrderFeed, type OrderFeed } from './orderFeed';
import { readOrderTraces } from './orderTrace';
import { orderView } from './orderView';

/**
 * The page may load its own script and stylesheet, talk to its own origin, and frame its own
 * origin (the invoice PDF, the sandboxed email); nothing inline, nothing from elsewhere.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** An email's HTML is shown in a sandbox: no script, no form, no request anywhere; inline styles only. */
export const EMAIL_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/console.js': { file: 'console.js', type: 'text/javascript; charset=utf-8' },
  '/console.css': { file: 'console.css', type: 'text/css; charset=utf-8' },
};

export interface ConsoleOptions {
  ops: OpsPorts;
  /** 127.0.0.1 port; 0 picks a free one. */
  port: number;
  /** Where the page, its script and stylesheet are: the repository's `ops/public`. */
  publicDir: string;
  /** Base URL of maildev's REST API (`GET /api/email`), to show the captured emails. */
  inboxApi?: string;
  /** Where live updates come from; by default the orders are polled every second. */
  feed?: OrderFeed;
  /** The stack's span file (TRACES_FILE), for each order's trace; none: no traces shown. */
  tracesFile?: string;
}

export interface RunningConsole {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the local console on 127.0.0.1: live orders with their status timelines, each invoice
 * PDF (same-origin proxy of the S3 object), the captured emails, the dead-letter queue with a
 * redrive button, resend and replay. Every action goes through the operations core, like the CLI.
 * Requests whose Host is not this server (DNS rebinding) or whose POST comes from another origin
 * (a page elsewhere posting to 127.0.0.1) are refused.
 */
export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const { ops } = options;
  const feed = options.feed ?? pollingOrderFeed(ops, { intervalMs: 1000, limit: 50 });
  const assets = Object.fromEntries(Object.entries(ASSETS).map(([path, asset]) => [path, { ...asset, body: readFileSync(join(options.publicDir, asset.file)) }]));
  let port = options.port;
  const app = new Hono();

  app.use('*', async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return c.text('unknown host', 421);
    if (c.req.method === 'POST' && c.req.header('origin') !== `http://${host}`) return c.text('cross-origin request refused', 403);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });

  for (const [path, asset] of Object.entries(assets)) {
    app.get(path, (c) => c.body(new Uint8Array(asset.body), 200, { 'Content-Type': asset.type, 'Content-Security-Policy': CONSOLE_CSP }));
  }

  app.get('/api/orders', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !(ORDER_STATUSES as readonly string[]).includes(status)) return c.json({ error: `status must be one of ${ORDER_STATUSES.join(', ')}` }, 400);
    const { orders } = await listOrders(ops, { limit: 50, ...(status ? { status: status as OrderStatus } : {}) });
    return c.json({ orders: orders.map(orderView) });
  });

  app.get('/api/orders/:id', async (c) => {
    const history = await orderHistory(ops, c.req.param('id'));
    const emails = options.inboxApi && history.invoice ? await emailsAbout(options.inboxApi, history.order.customer.email, history.invoice.invoiceNumber) : [];
    return c.json({ order: orderView(history.order), invoice: history.invoice ?? null, emails });
  });

  app.get('/api/orders/:id/trace', async (c) => c.json({ traces: await readOrderTraces(options.tracesFile, c.req.param('id')) }));

  app.get('/api/orders/:id/invoice.pdf', async (c) => {
    const { invoice } = await orderHistory(ops, c.req.param('id'));
    if (!invoice?.pdfStored) return c.json({ error: 'no invoice PDF stored for this order (yet)' }, 404);
    const pdf = await ops.files.read(invoice.objectKey);
    return c.body(new Uint8Array(pdf.bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${invoice.invoiceNumber}.pdf"`,
    });
  });

  app.get('/api/emails/:id/html', async (c) => {
    const id = c.req.param('id');
    if (!options.inboxApi || !EMAIL_ID_PATTERN.test(id)) return c.text('no such email', 404);
    const html = await emailHtml(options.inboxApi, id);
    if (html === undefined) return c.text('no such email', 404);
    return c.body(html, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': EMAIL_CSP });
  });

  app.get('/api/dead-letters', async (c) => {
    const [depth, failed] = await Promise.all([ops.deadLetters.depth(), listOrders(ops, { status: 'FAILED', limit: 50 })]);
    return c.json({ depth, failed: failed.orders.map(orderView) });
  });

  app.post('/api/dead-letters/redrive', async (c) => c.json(await redriveDeadLetters(ops)));
  app.post('/api/notifications/replay', async (c) => c.json(await replayNotificationFailures(ops)));
  app.post('/api/orders/:id/resend', async (c) => {
    const { before: _before, ...receipt } = await resendInvoiceEmail(ops, c.req.param('id'));
    return c.json(receipt);
  });

  app.get('/api/feed', (c) =>
    streamSSE(c, async (stream) => {
      const { orders } = await listOrders(ops, { limit: 50 });
      await stream.writeSSE({ event: 'snapshot', data: JSON.stringify({ orders: orders.map(orderView), depth: await ops.deadLetters.depth() }) });
      const done = new Promise<void>((resolve) => {
        const unsubscribe = feed.subscribe((event) => void stream.writeSSE({ event: event.type, data: JSON.stringify(event) }));
        stream.onAbort(() => {
          unsubscribe();
          resolve();
        });
      });
      await done;
    }),
  );

  app.onError((error, c: Context) => {
    if (error instanceof OrderNotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof OpsError || error instanceof CheckoutError) return c.json({ error: error.message }, 409);
    ops.logger.error('console request failed', { path: c.req.path, error: describeError(error) });
    return c.json({ error: 'internal error; see the log' }, 500);
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: '127.0.0.1' }, () => resolve(s as Server));
    (s as Server).once('error', reject);
  });
  const address = server.address();
  if (typeof address === 'object' && address) port = address.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      feed.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
