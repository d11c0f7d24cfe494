import { createLeanAwsTransport, createLogger, documentLinkKeySource, DocumentLinkGenerations, InvoiceNumbers } from '@checkout/aws-adapters';
import { invoiceObjectKey, parseDocumentLinkKeys, signDocumentLink, type DocumentLinkClaims } from '@checkout/domain';
import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { freePort } from '../../../local-stack/src/ports';
import { createTestStage, documentLinksOf, type TestStage } from '../../../local-stack/test/support/testStage';
import { anInvoicedOrder } from '../../../notifier-lambda/test/support/invoicedOrder';
import { createOrdersApp, type OrdersApiDeps, type OrdersApp } from '../../src';
import { testOrdersApiDeps, workerFilesOf } from '../support/testOrdersApi';

let stage: TestStage;
let deps: OrdersApiDeps;
let app: OrdersApp;
let numbers: InvoiceNumbers;
let generations: DocumentLinkGenerations;

beforeAll(async () => {
  stage = await createTestStage('document-links');
  deps = testOrdersApiDeps(stage, { documentLinks: documentLinksOf(stage, 120) });
  numbers = new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);
  generations = new DocumentLinkGenerations(stage.clients.dynamo, stage.resources.ordersTable);
  app = createOrdersApp(deps);
});
afterAll(() => stage.close());

const ring = () => parseDocumentLinkKeys(stage.env.DOCUMENT_LINK_KEYS!);
const HOUR_MS = 3_600_000;
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** An invoiced order with its PDF in S3, and a token to it as the notifier signs one. */
async function aLinkedInvoice(claims: Partial<DocumentLinkClaims> = {}) {
  const invoice = await anInvoicedOrder(deps.store, numbers, workerFilesOf(stage));
  const token = signDocumentLink(
    { linkId: ulid(), orderId: invoice.order.orderId, objectKey: invoice.key, generation: 0, expiresAt: new Date(Date.now() + HOUR_MS), ...claims },
    ring(),
  );
  return { ...invoice, token };
}

const open = (token: string, headers: Record<string, string> = {}) => app.request(`/documents/${token}`, { headers });

/** Checks the headers every answer of the route has, and that the token is nowhere in it. */
async function expectPrivate(response: Response, token: string): Promise<string> {
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  const body = await response.text();
  expect(body).not.toContain(token.split('.')[2]!.slice(0, 20));
  expect(body).not.toContain('/documents/');
  return body;
}

describe('GET /documents/{token}', () => {
  it('redirects a valid link to a fresh presigned URL that downloads exactly its PDF', async () => {
    const { order, key, pdf, token } = await aLinkedInvoice();

    const response = await open(token);

    expect(response.status).toBe(303);
    await expectPrivate(response, token);
    const location = new URL(response.headers.get('location')!);
    expect(location.pathname).toBe(`/${stage.resources.invoicesBucket}/${key}`);
    expect(location.searchParams.get('X-Amz-Expires')).toBe('120');
    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain(`filename="${order.invoice!.invoiceNumber}.pdf"`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  });

  it('answers an expired link with 410 and a page a person can read, telling what to do', async () => {
    const { token } = await aLinkedInvoice({ expiresAt: new Date(Date.now() - 1000) });

    const page = await open(token, BROWSER);

    expect(page.status).toBe(410);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await expectPrivate(page, token);
    expect(html).toContain('<h1>This link has expired</h1>');
    expect(html).toContain('Reply to the email and we will send you a new link.');
    expect(html).not.toMatch(/<script|<img|<form|<iframe/i);

    const json = await open(token, { accept: 'application/json' });
    expect(json.status).toBe(410);
    expect(json.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(await expectPrivate(json, token))).toMatchObject({
      type: '/problems/document-link-expired',
      status: 410,
      errors: [{ path: 'token', message: 'has expired' }],
    });
  });

  it('refuses a tampered link, one signed with an unknown key and garbage alike with 404, without saying which', async () => {
    const { token } = await aLinkedInvoice();
    const [version, keyId, payload, signature] = token.split('.') as [string, string, string, string];
    const flipped = `${version}.${keyId}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const stranger = signDocumentLink(
      { linkId: ulid(), orderId: ulid(), objectKey: 'invoices/x/INV-2026-000001.pdf', generation: 0, expiresAt: new Date(Date.now() + HOUR_MS) },
      parseDocumentLinkKeys(`other=${randomBytes(32).toString('base64url')}`),
    );
    for (const bad of [flipped, stranger, 'not-a-token', `${token}x`, encodeURIComponent('<script>alert(1)</script>')]) {
      const response = await open(bad);
      expect(response.status).toBe(404);
      expect(JSON.parse(await expectPrivate(response, token))).toMatchObject({ type: '/problems/document-link-invalid', title: 'This link does not work' });
    }
  });

  it('grants only the document named in the token: a signed key of another order is refused', async () => {
    const mine = await aLinkedInvoice();
    const theirs = await aLinkedInvoice();
    // Validly signed, but for an order and a key that do not belong together.
    const mixed = signDocumentLink({ linkId: ulid(), orderId: mine.order.orderId, objectKey: theirs.key, generation: 0, expiresAt: new Date(Date.now() + HOUR_MS) }, ring());
    expect((await open(mixed)).status).toBe(404);
    // A key that is no document of any order (the UBL XML beside the PDF) is refused too.
    const xml = signDocumentLink(
      { linkId: ulid(), orderId: mine.order.orderId, objectKey: mine.key.replace(/\.pdf$/, '.ubl.xml'), generation: 0, expiresAt: new Date(Date.now() + HOUR_MS) },
      ring(),
    );
    expect((await open(xml)).status).toBe(404);
    const gone = signDocumentLink({ linkId: ulid(), orderId: ulid(), objectKey: invoiceObjectKey(ulid(), 'INV-2026-000001'), generation: 0, expiresAt: new Date(Date.now() + HOUR_MS) }, ring());
    expect((await open(gone)).status).toBe(404);
  });

  it('refuses every link issued before a revocation with 410, and honours one issued after it', async () => {
    const { order, key, token } = await aLinkedInvoice();
    expect((await open(token)).status).toBe(303);

    const generation = await generations.revoke(order.orderId, new Date());

    expect(generation).toBe(1);
    const revoked = await open(token, BROWSER);
    expect(revoked.status).toBe(410);
    expect(await expectPrivate(revoked, token)).toContain('<h1>This link was withdrawn</h1>');
    const reissued = signDocumentLink({ linkId: ulid(), orderId: order.orderId, objectKey: key, generation, expiresAt: new Date(Date.now() + HOUR_MS) }, ring());
    expect((await open(reissued)).status).toBe(303);
    // The revocation is bookkeeping: the order as the API and the events see it is unchanged.
    expect(await deps.store.requireOrder(order.orderId)).not.toHaveProperty('documentLinkGeneration');
  });

  it('is in the OpenAPI document as a public route', async () => {
    const spec = await (await app.request('/openapi.json')).json();
    expect(Object.keys(spec.paths['/documents/{token}'].get.responses).sort()).toEqual(['303', '404', '410', '503']);
  });
});

describe('GET /documents/{token} while a service it needs is down', () => {
  /** The lean transport with Secrets Manager and DynamoDB at a port nothing listens on: every call is refused. */
  async function unreachable() {
    const down = `http://127.0.0.1:${await freePort()}`;
    return createLeanAwsTransport(
      { AWS_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true },
      { ...process.env, AWS_ENDPOINT_URL_SECRETS_MANAGER: down, AWS_ENDPOINT_URL_DYNAMODB: down },
      { maxAttempts: 1 },
    );
  }

  it('answers 503 with Retry-After and a page saying the link is not used up when the key secret cannot be read', async () => {
    const aws = await unreachable();
    try {
      const secretDown = createOrdersApp({
        ...deps,
        documentLinks: { ...documentLinksOf(stage), keys: documentLinkKeySource({ DOCUMENT_LINK_KEYS_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:document-link-keys-AbCdEf' }, aws.secrets) },
      });
      const { token } = await aLinkedInvoice();

      const page = await secretDown.request(`/documents/${token}`, { headers: BROWSER });
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('60');
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await expectPrivate(page, token);
      expect(html).toContain('<h1>Your document cannot be opened right now</h1>');
      expect(html).toContain('Your link is not used up');

      const json = await secretDown.request(`/documents/${token}`);
      expect(json.status).toBe(503);
      expect(json.headers.get('content-type')).toBe('application/problem+json');
      expect(await json.json()).toMatchObject({ status: 503, type: '/problems/document-link-unavailable' });
    } finally {
      aws.close();
    }
  });

  it('answers 503 when the orders table does not answer, and logs the failure with the order id', async () => {
    const aws = await unreachable();
    // Powertools writes ERROR lines to stderr.
    const stderr: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array) => stderr.push(String(chunk)) > 0) as typeof process.stderr.write);
    try {
      const tableDown = createOrdersApp({
        ...deps,
        logger: createLogger('orders-api-test', 'INFO'),
        documentLinks: { ...documentLinksOf(stage), generations: new DocumentLinkGenerations(aws.documents, stage.resources.ordersTable) },
      });
      const { order, token } = await aLinkedInvoice();

      const response = await tableDown.request(`/documents/${token}`);

      expect(response.status).toBe(503);
      await expectPrivate(response, token);
      const lines = stderr.join('').split('\n').filter((line) => line.startsWith('{'));
      const failure = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.message === 'document link failed');
      expect(failure).toMatchObject({ level: 'ERROR', orderId: order.orderId, error: expect.stringContaining('DynamoDB.GetItem') });
    } finally {
      spy.mockRestore();
      aws.close();
    }
  });
});
