import { parseDocumentLinkKeys, signDocumentLink } from '@checkout/domain';
import { createOrdersApp, loadIngressConfig, ordersApiDependencies, serveOrdersApi } from '@checkout/ingress-lambda';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { ulid } from 'ulid';

/**
 * The page a person sees for a link that no longer works, in headless Chromium (Debian's package),
 * served by the Orders API as wired for Lambda (`ordersApiDependencies`). Refusing an expired or
 * changed link reads nothing from AWS, so no emulator is needed. DOCUMENT_LINK_SCREENSHOT=<path>
 * saves the expired-link page (docs/images/document-link-expired.png).
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const keys = `page=${randomBytes(32).toString('base64url')}`;

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  const config = loadIngressConfig({
    ORDERS_TABLE: 'orders-page',
    IDEMPOTENCY_TABLE: 'idempotency-page',
    PRODUCTS_TABLE: 'products-page',
    // The link route is public: no token is verified, so the pool is never asked for its keys.
    COGNITO_ISSUER: 'http://127.0.0.1:9/local_page',
    COGNITO_CUSTOMER_CLIENT_ID: 'page-customers',
    COGNITO_SERVICE_CLIENT_ID: 'page-shop',
    INVOICES_BUCKET: 'invoices-page',
    ORDERS_QUEUE_URL: 'http://127.0.0.1:9/000000000000/orders-page',
    DOCUMENT_LINK_KEYS: keys,
    LOG_LEVEL: 'SILENT',
  });
  [browser, server] = await Promise.all([
    chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }),
    serveOrdersApi(createOrdersApp(ordersApiDependencies(config)), { port: 0, hostname: '127.0.0.1' }),
  ]);
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const expiredLink = () => {
  const orderId = ulid();
  const token = signDocumentLink(
    { linkId: ulid(), orderId, objectKey: `invoices/${orderId}/INV-2026-000042.pdf`, generation: 0, expiresAt: new Date(Date.now() - 86_400_000) },
    parseDocumentLinkKeys(keys),
  );
  return { token, url: `${base}/documents/${token}` };
};

describe('the page of a link that no longer works, in Chromium', () => {
  it('shows an expired link\'s page styled under its strict CSP, with nothing refused, no script and no trace of the token', async () => {
    const { token, url } = expiredLink();
    const page = await browser.newPage();
    const complaints: string[] = [];
    page.on('console', (message) => complaints.push(message.text()));
    page.on('pageerror', (error) => complaints.push(error.message));
    page.on('request', (request) => request.url() !== url && complaints.push(`requested ${request.url()}`));

    const response = await page.goto(url);

    expect(response!.status()).toBe(410);
    expect(await page.title()).toBe('This link has expired');
    expect(await page.textContent('h1')).toBe('This link has expired');
    expect(await page.textContent('main')).toContain('Reply to the email and we will send you a new link.');
    // The inline stylesheet applied: its hash in the CSP is right (a refused one would leave it transparent).
    expect(await page.evaluate("getComputedStyle(document.querySelector('main')).backgroundColor")).toBe('rgb(255, 255, 255)');
    // Chromium reports the 410 itself; nothing else: no CSP refusal, no error, no other request.
    expect(complaints.filter((text) => !/responded with a status of 410/.test(text))).toEqual([]);
    expect(await page.content()).not.toContain(token.split('.')[2]!.slice(0, 16));
    expect(await page.$$('script, img, form, iframe, a')).toEqual([]);
    if (process.env.DOCUMENT_LINK_SCREENSHOT) {
      await page.setViewportSize({ width: 900, height: 480 });
      await page.screenshot({ path: process.env.DOCUMENT_LINK_SCREENSHOT });
    }
    await page.close();
  });

  it('shows the same kind of page for a changed link, and sends the browser on with no Referer', async () => {
    const { url } = expiredLink();
    const page = await browser.newPage();
    const response = await page.goto(`${url.slice(0, -4)}AAAA`);
    expect(response!.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('This link does not work');
    expect(await response!.headerValue('referrer-policy')).toBe('no-referrer');
    await page.close();
  });
});
