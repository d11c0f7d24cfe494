import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';
import { aCorruptOrder, stackAdapters } from './support/stackClients';

/**
 * The local console in headless Chromium (Debian's package; `.ci/run` installs it), against the
 * stack `npm start` runs. CONSOLE_SCREENSHOT=<path> saves the page with its order (docs/images/console.png).
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let stack: LocalStackProcess;
let browser: Browser;
let adapters: ReturnType<typeof stackAdapters>;

beforeAll(async () => {
  // Failed attempts come back at once, so an order reaches the dead-letter queue within seconds.
  [stack, browser] = await Promise.all([
    startLocalStackProcess({ env: { RETRY_BACKOFF_SECONDS: '0' } }),
    chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }),
  ]);
  adapters = stackAdapters(stack);
}, 120_000);
afterAll(async () => {
  adapters?.close();
  await browser?.close();
  expect(await stack?.stop()).toBe(0);
});

const sampleOrder = () => JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));

async function postOrder(customer: { name: string; email: string }): Promise<string> {
  const order = sampleOrder();
  order.customer = { ...order.customer, ...customer };
  const response = await fetch(`${stack.apiUrl}/orders`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await stack.shopAuthorization()) }, body: JSON.stringify(order) });
  expect(response.status).toBe(202);
  return ((await response.json()) as { orderId: string }).orderId;
}

const row = (orderId: string, status?: string) => `#orders tr[data-order-id="${orderId}"]${status ? `[data-status="${status}"]` : ''}`;

async function openConsole(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const response = await page.goto(stack.consoleUrl);
  expect(response!.status()).toBe(200);
  expect(response!.headers()['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
  await page.waitForSelector('#connection:text-is("live")');
  return { page, errors };
}

describe('the local console, in Chromium', () => {
  it('is printed in the banner', () => {
    expect(stack.printed).toContainEqual(expect.stringMatching(new RegExp(`^  Console +${stack.consoleUrl}/ `)));
  });

  it('shows a posted order reach NOTIFIED without a reload, its status changes, its invoice PDF and its email', async () => {
    const { page, errors } = await openConsole();
    // Survives only as long as the document does: a reload would lose it.
    await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    const name = 'Ada <img src=x onerror="document.title=1"> Łukasz';
    const orderId = await postOrder({ name, email: `console-${randomUUID()}@example.com` });

    await page.waitForSelector(row(orderId, 'NOTIFIED'), { timeout: 60_000 });
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // Untrusted text is text: shown as typed, no element made of it.
    expect(await page.locator(`${row(orderId)} td`).nth(1).textContent()).toBe(name);
    expect(await page.locator('#orders img').count()).toBe(0);
    const timeline = await page.locator(`${row(orderId)} .steps li.done span`).allTextContents();
    expect(timeline).toEqual(['RECEIVED', 'PROCESSING', 'INVOICED', 'NOTIFIED']);
    await page.waitForSelector(`#activity li:has-text("${orderId}"):has-text("INVOICED → NOTIFIED")`);
    // The order's events, as the console's subscription to the order-events topic received them (newest first).
    await page.waitForSelector(`#events li[data-order-id="${orderId}"][data-event-type="InvoiceEmailed"]`);
    const events = await page.locator(`#events li[data-order-id="${orderId}"]`).evaluateAll((items) => items.map((item) => item.getAttribute('data-event-type')));
    expect(events.reverse()).toEqual(['OrderCreated', 'OrderStatusChanged', 'InvoiceIssued', 'InvoiceEmailed']);

    await page.click(row(orderId));
    const frame = page.locator('#invoice-pdf');
    await frame.and(page.locator('[src]')).waitFor();
    const pdfUrl = new URL((await frame.getAttribute('src'))!, stack.consoleUrl);
    expect(pdfUrl.pathname).toBe(`/api/orders/${orderId}/invoice.pdf`);
    // The frame's load event: the viewer has the document (headless Chromium may not draw it).
    await page.waitForSelector(`#invoice-pdf[data-loaded="${pdfUrl.pathname}"]`);
    const pdf = await page.request.get(pdfUrl.href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const email = page.locator('#emails li').first();
    await email.waitFor();
    const invoiceNumber = (await page.locator('#detail-facts dd').first().textContent())!.split(' ')[0]!;
    expect(invoiceNumber).toMatch(/^INV-\d{4}-\d{6}$/);
    expect(await email.locator('.email-head strong').textContent()).toBe(`Your invoice ${invoiceNumber}`);
    const emailFrame = email.locator('iframe');
    expect(await emailFrame.getAttribute('sandbox')).toBe('');
    const html = await page.request.get(new URL((await emailFrame.getAttribute('src'))!, stack.consoleUrl).href);
    expect(html.status()).toBe(200);
    expect(html.headers()['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
    expect(await html.text()).toContain('Ada &lt;img src=x onerror="document.title=1"&gt; Łukasz');

    // The order's trace, from the stack's span file: API → worker (render, store) → notifier.
    await page.waitForSelector('#trace tbody tr:has-text("send invoice email")');
    const spans = await page.locator('#trace tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].slice(0, 2).map((cell) => cell.textContent)),
    );
    expect(spans).toEqual([
      ['POST /orders', 'ingress'],
      ['process order message', 'invoice-worker'],
      ['render invoice', 'invoice-worker'],
      ['store invoice', 'invoice-worker'],
      ['send invoice email', 'notifier'],
    ]);

    if (process.env.CONSOLE_SCREENSHOT) {
      // Only for the picture: the viewer draws the page a moment after its load event, unobservably.
      await page.waitForTimeout(4000);
      await page.screenshot({ path: process.env.CONSOLE_SCREENSHOT, fullPage: true });
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows an order the dead-letter queue took as FAILED, and its redrive button gets it invoiced once the record is fixed', async () => {
    const { page, errors } = await openConsole();
    const { order, fix } = aCorruptOrder(`console-dlq-${randomUUID()}@example.com`);
    await adapters.placeDirectly(order);

    await page.waitForSelector(row(order.orderId, 'FAILED'), { timeout: 60_000 });
    await page.waitForSelector(`#failed-orders li:has-text("${order.orderId}"):has-text("totalMinor is 1")`);
    await adapters.patchOrder(order.orderId, fix);

    await page.click('#redrive');
    await page.waitForSelector('#action-result:has-text("1 FAILED order(s) reopened")');
    await page.waitForSelector(row(order.orderId, 'NOTIFIED'), { timeout: 60_000 });
    await page.waitForSelector(`#activity li:has-text("${order.orderId}"):has-text("FAILED → ")`);
    expect(await adapters.store.requireOrder(order.orderId)).toMatchObject({ status: 'NOTIFIED', redrives: 1 });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('refuses a POST from another origin, so no other page can press its buttons', async () => {
    const response = await fetch(`${stack.consoleUrl}/api/dead-letters/redrive`, { method: 'POST', headers: { origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
  });
});
