import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the orders API, written from the HTTP contract alone, to test the Postman
 * collection's own logic (variables, polling, auth header, branches) without the real stack. It
 * is not the API: e2e/test/postman.test.ts runs the same collection against the real one.
 *
 * The "worker" moves an order one status further on each GET (RECEIVED → PROCESSING → INVOICED
 * → NOTIFIED); `cancelRace` decides whether it started before the first PATCH arrived. The invoice
 * is served by a second server (another origin, like S3), which, like S3, refuses a request that
 * carries an Authorization header next to a presigned signature.
 */
export interface ContractStub {
  apiUrl: string;
  /** Every request as `<METHOD> <path> auth=<yes|no>`. */
  requests: string[];
  stop(): Promise<void>;
}

export interface StubOptions {
  /** true: the worker has started before the first cancel arrives, so PATCH answers 409. */
  cancelRace?: boolean;
  /** When set, API routes answer 401 without `Authorization: Bearer <requiredToken>`. */
  requiredToken?: string;
  /** GETs it takes until an order is NOTIFIED. */
  getsUntilNotified?: number;
  /** The bearer token that may change the catalog (PUT /products/{sku}); unset, no one may. */
  adminToken?: string;
}

interface StubProduct {
  sku: string;
  description: string;
  unitPriceMinor: number;
  currency: string;
  vatCategory: string;
  taxRateBps: number;
  version: number;
}

/** A few products of the demo catalog the collection orders from. */
const CATALOG: StubProduct[] = [
  { sku: 'BOOK-002', description: 'Notes on the Analytical Engine', unitPriceMinor: 1999, currency: 'EUR', vatCategory: 'S', taxRateBps: 700, version: 1 },
  { sku: 'MUG-002', description: 'Difference Engine mug', unitPriceMinor: 1250, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900, version: 1 },
  { sku: 'POSTER-7', description: 'Ada Lovelace portrait, A2 poster', unitPriceMinor: 1999, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900, version: 1 },
];

interface StoredOrder {
  view: Record<string, unknown>;
  gets: number;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newOrderId = () => Array.from({ length: 26 }, (_, i) => CROCKFORD[i === 0 ? randomInt(8) : randomInt(32)]).join('');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

export async function startContractStub(options: StubOptions = {}): Promise<ContractStub> {
  const orders = new Map<string, StoredOrder>();
  const products = new Map(CATALOG.map((product) => [product.sku, { ...product }]));
  const keys = new Map<string, { body: string; response: string; orderId: string }>();
  const requests: string[] = [];
  let invoicePort = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const problem = status >= 400;
    res.writeHead(status, { 'content-type': problem ? 'application/problem+json' : 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const problem = (res: ServerResponse, status: number, slug: string, detail: string, extra: object = {}) =>
    send(res, status, { type: `/problems/${slug}`, title: slug, status, detail, ...extra });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    requests.push(`${req.method} ${url.pathname} auth=${req.headers.authorization ? 'yes' : 'no'}`);

    if (options.requiredToken && req.headers.authorization !== `Bearer ${options.requiredToken}`) {
      return problem(res, 401, 'unauthorized', 'missing or wrong token');
    }

    if (req.method === 'POST' && url.pathname === '/orders') {
      if (raw.length > 256 * 1024) return problem(res, 413, 'body-too-large', 'at most 256 KiB');
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return problem(res, 415, 'unsupported-media-type', 'send JSON');
      const body = JSON.parse(raw) as {
        currency: string;
        taxRateBps?: number;
        customer: { email: string };
        lineItems: { sku: string; quantity: number; unitPriceMinor?: number }[];
      };
      const errors = [
        ...(body.customer.email.includes('@') ? [] : [{ path: 'customer.email', message: 'must be an email address' }]),
        ...body.lineItems.flatMap((line, i) =>
          line.quantity >= 1 ? [] : [{ path: `lineItems[${i}].quantity`, message: 'must be at least 1' }],
        ),
      ];
      if (errors.length > 0) return problem(res, 400, 'validation-error', 'see errors', { errors });
      const mismatches = body.lineItems.flatMap((line, i) => {
        const product = products.get(line.sku);
        if (!product) return [{ path: `lineItems[${i}].sku`, message: 'is not a product of the catalog' }];
        return line.unitPriceMinor === undefined || line.unitPriceMinor === product.unitPriceMinor ? [] : [{ path: `lineItems[${i}].unitPriceMinor`, message: `must be ${product.unitPriceMinor}` }];
      });
      if (mismatches.length > 0) return problem(res, 422, 'catalog-mismatch', 'see errors', { errors: mismatches });
      const key = req.headers['idempotency-key'] as string | undefined;
      const canonical = JSON.stringify(body);
      const previous = key ? keys.get(key) : undefined;
      if (previous && previous.body !== canonical) return problem(res, 422, 'idempotency-key-reused', 'another body');
      if (previous) {
        return send(res, 202, previous.response, { location: `/orders/${previous.orderId}`, 'idempotent-replayed': 'true' });
      }
      const orderId = newOrderId();
      // Priced by the catalog: net per line, VAT per rate.
      const netByRate = new Map<number, number>();
      for (const line of body.lineItems) {
        const product = products.get(line.sku)!;
        netByRate.set(product.taxRateBps, (netByRate.get(product.taxRateBps) ?? 0) + line.quantity * product.unitPriceMinor);
      }
      const subtotalMinor = [...netByRate.values()].reduce((sum, net) => sum + net, 0);
      const taxMinor = [...netByRate].reduce((sum, [rate, net]) => sum + Math.round((net * rate) / 10_000), 0);
      const totals = { currency: body.currency, subtotalMinor, taxMinor, totalMinor: subtotalMinor + taxMinor };
      const now = new Date().toISOString();
      orders.set(orderId, {
        gets: 0,
        view: { orderId, status: options.cancelRace ? 'PROCESSING' : 'RECEIVED', createdAt: now, updatedAt: now, ...totals, lineItemCount: body.lineItems.length },
      });
      const response = JSON.stringify({ orderId, status: 'RECEIVED', ...totals, links: { self: `/orders/${orderId}` } });
      if (key) keys.set(key, { body: canonical, response, orderId });
      return send(res, 202, response, { location: `/orders/${orderId}` });
    }

    if (req.method === 'GET' && url.pathname === '/products') {
      const all = [...products.values()];
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const from = url.searchParams.has('cursor') ? Number(Buffer.from(url.searchParams.get('cursor')!, 'base64url').toString()) : 0;
      if (!Number.isInteger(from) || from < 0) return problem(res, 400, 'validation-error', 'bad cursor', { errors: [{ path: 'cursor', message: 'bad' }] });
      const page = all.slice(from, from + limit);
      const next = from + limit < all.length ? { nextCursor: Buffer.from(String(from + limit)).toString('base64url') } : {};
      return send(res, 200, { products: page, ...next });
    }
    const productMatch = /^\/products\/([^/]+)$/.exec(url.pathname);
    if (productMatch) {
      const sku = productMatch[1]!;
      if (req.method === 'GET') {
        const product = products.get(sku);
        return product ? send(res, 200, product) : problem(res, 404, 'product-not-found', 'no such product');
      }
      if (req.method === 'PUT') {
        if (!options.adminToken || req.headers.authorization !== `Bearer ${options.adminToken}`) return problem(res, 401, 'unauthorized', 'not an administrator');
        const previous = products.get(sku);
        const product = { ...(JSON.parse(raw) as Omit<StubProduct, 'sku' | 'version'>), sku, version: (previous?.version ?? 0) + 1 };
        products.set(sku, product);
        return send(res, previous ? 200 : 201, product, previous ? {} : { location: `/products/${sku}` });
      }
    }

    const match = /^\/orders\/([^/]+)$/.exec(url.pathname);
    if (match) {
      const id = match[1]!;
      if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) return problem(res, 400, 'validation-error', 'not an order id');
      const order = orders.get(id);
      if (!order) return problem(res, 404, 'order-not-found', `no order ${id}`);
      if (req.method === 'GET') {
        order.gets += 1;
        const status = order.view.status as string;
        if (status !== 'CANCELLED' && order.gets >= (options.getsUntilNotified ?? 3)) {
          order.view = {
            ...order.view,
            status: 'NOTIFIED',
            updatedAt: new Date().toISOString(),
            invoice: {
              invoiceNumber: 'INV-2026-000001',
              issuedAt: new Date().toISOString(),
              downloadUrl: `http://127.0.0.1:${invoicePort}/invoices/${id}/INV-2026-000001.pdf?X-Amz-Signature=abc`,
              downloadUrlExpiresAt: new Date(Date.now() + 900_000).toISOString(),
            },
            notification: { notifiedAt: new Date().toISOString(), messageId: '<1@stub>' },
          };
        } else if (status === 'RECEIVED' || status === 'PROCESSING') {
          order.view = { ...order.view, status: 'PROCESSING' };
        }
        return send(res, 200, order.view);
      }
      if (req.method === 'PATCH') {
        if (order.view.status !== 'RECEIVED') return problem(res, 409, 'order-not-cancellable', `order is ${String(order.view.status)}`);
        order.view = { ...order.view, status: 'CANCELLED', updatedAt: new Date().toISOString() };
        return send(res, 200, order.view);
      }
    }
    return problem(res, 404, 'not-found', `no route ${req.method} ${url.pathname}`);
  };

  const invoices: Server = createServer((req, res) => {
    requests.push(`${req.method} ${new URL(req.url ?? '/', 'http://stub').pathname} auth=${req.headers.authorization ? 'yes' : 'no'}`);
    if (req.headers.authorization) return problem(res, 400, 'invalid-argument', 'Only one auth mechanism allowed');
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(PDF);
  });
  const api: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => problem(res, 500, 'stub-error', String(error)));
  });
  const listen = (server: Server) =>
    new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const apiPort = await listen(api);
  invoicePort = await listen(invoices);
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    apiUrl: `http://127.0.0.1:${apiPort}`,
    requests,
    stop: async () => {
      await Promise.all([close(api), close(invoices)]);
    },
  };
}
