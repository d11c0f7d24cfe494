import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { extractPdfAttachments, extractPdfText } from '../../invoice-worker/test/support/pdfText';
import { emailsTo } from './support/inbox';
import { checkFacturXPdf, extractFacturXml } from '../../invoice-worker/test/support/eInvoiceChecks';
import { ruleViolationsOf, semanticInvoiceFromCii } from '../../invoice-worker/test/support/semanticInvoice';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';

let stack: LocalStackProcess;

beforeAll(async () => {
  stack = await startLocalStackProcess();
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const sampleOrder = () => JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));

async function placeOrder(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.apiUrl}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await stack.shopAuthorization()), ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: await response.json() };
}

const notified = (orderId: string) => stack.waitForLog((l) => l.message === 'invoice email sent' && l.orderId === orderId, 60_000);

describe('checkout → invoice PDF → email, on the embedded stack', () => {
  it('turns a posted order into an email whose link downloads the right invoice, and shows NOTIFIED', async () => {
    const order = sampleOrder();
    const email = `e2e-${randomUUID()}@example.com`;
    order.customer.email = email;
    order.customer.name = 'Łukasz Żółć & <Sons>';
    const { response, body } = await placeOrder(order, { 'Idempotency-Key': randomUUID() });
    expect(response.status).toBe(202);
    const { orderId } = body;

    await notified(orderId);
    const [mail, ...others] = await emailsTo(stack.inboxUrl, email);
    expect(others).toEqual([]);
    expect(mail!.subject).toMatch(/^Your invoice INV-\d{4}-\d{6}$/);
    expect(mail!.html).toContain('Łukasz Żółć &amp; &lt;Sons&gt;');
    expect(mail!.html).not.toContain('<Sons>');
    const invoiceNumber = mail!.subject.replace('Your invoice ', '');

    const link = /href="([^"]+)"/.exec(mail!.html)![1]!.replaceAll('&amp;', '&');
    // The email links to the API, which redirects to a presigned URL fresh for minutes.
    expect(link).toMatch(new RegExp(`^${stack.apiUrl}/documents/d1\\.`));
    const redirect = await fetch(link, { redirect: 'manual' });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('referrer-policy')).toBe('no-referrer');
    expect(redirect.headers.get('cache-control')).toBe('no-store');
    expect(new URL(redirect.headers.get('location')!).searchParams.get('X-Amz-Expires')).toBe('300');
    const download = await fetch(link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await download.arrayBuffer());
    const text = (await extractPdfText(pdf)).join('\n');
    expect(text).toContain(invoiceNumber);
    expect(text).toContain('Łukasz Żółć & <Sons>');
    for (const line of order.lineItems) {
      expect(text).toContain(line.sku);
      expect(text).toContain(line.description);
    }
    // The book is taxed at 7 %, the mugs at the order's 19 %: 54.99 + 25.00 + 3.85 + 4.75.
    expect(text).toContain('Total €88.59');
    const attachment = JSON.parse(Buffer.from((await extractPdfAttachments(pdf))['invoice.json']!).toString('utf8'));
    expect(attachment).toMatchObject({ invoiceNumber, orderId, totalMinor: 8859 });

    // The same invoice as EN 16931 data: the Factur-X XML inside the downloaded PDF.
    expect(await checkFacturXPdf(pdf)).toEqual([]);
    const facturX = await extractFacturXml(pdf);
    expect(ruleViolationsOf(facturX)).toEqual([]);
    const data = semanticInvoiceFromCii(facturX);
    expect(data.number).toBe(invoiceNumber);
    expect(data.lines.map((line) => [line.itemName, line.quantity, line.vatRate])).toEqual([
      ['Domain-Driven Design (hardcover)', '1', '7'],
      ['Coffee mug <b>"bold"</b> & co', '2', '19'],
    ]);
    expect([data.sumOfLineNetAmounts, data.totalVat, data.totalWithVat, data.amountDue]).toEqual(['79.99', '8.60', '88.59', '88.59']);

    // A changed link gets a page a person can read, which does not repeat the link.
    // One character of the signature changed, always to another one (it was the same 1 time in 64).
    const at = link.length - 3;
    const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    expect(tampered).not.toBe(link);
    const page = await fetch(tampered, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<h1>This link does not work</h1>');
    expect(html).not.toContain(new URL(link).pathname.split('.')[2]!.slice(0, 16));

    const status = await (await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: await stack.shopAuthorization() })).json();
    expect(status).toMatchObject({ orderId, status: 'NOTIFIED', invoice: { invoiceNumber }, notification: { messageId: mail!.headers['message-id'] } });
    expect(Object.keys(status.statusTimestamps).sort()).toEqual(['INVOICED', 'NOTIFIED', 'PROCESSING', 'RECEIVED']);
    // Every log line about the order names it.
    const lines = stack.logs.filter((l) => JSON.stringify(l).includes(orderId));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line.orderId).toBe(orderId);
  });

  it('replays an Idempotency-Key without a second order, invoice or email', async () => {
    const order = sampleOrder();
    const email = `replay-${randomUUID()}@example.com`;
    order.customer.email = email;
    const key = randomUUID();
    const first = await placeOrder(order, { 'Idempotency-Key': key });
    await notified(first.body.orderId);
    const replay = await placeOrder(order, { 'Idempotency-Key': key });
    expect(replay.response.status).toBe(202);
    expect(replay.body.orderId).toBe(first.body.orderId);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    const status = await (await fetch(`${stack.apiUrl}/orders/${first.body.orderId}`, { headers: await stack.shopAuthorization() })).json();
    expect(status.status).toBe('NOTIFIED');
    expect(await emailsTo(stack.inboxUrl, email)).toHaveLength(1);
  });

  it('delivers every invoice email of a burst of orders: the S3 trigger misses none', async () => {
    const count = 150;
    const domain = `burst-${randomUUID().slice(0, 8)}.example.com`;
    const ids: string[] = [];
    for (let batch = 0; batch < count; batch += 25) {
      const placed = await Promise.all(
        Array.from({ length: Math.min(25, count - batch) }, (_, i) => {
          const order = sampleOrder();
          order.customer.email = `c${batch + i}@${domain}`;
          return placeOrder(order);
        }),
      );
      ids.push(...placed.map((p) => p.body.orderId));
    }
    await Promise.all(ids.map((id) => notified(id)));
    const inbox = (await (await fetch(`${stack.inboxUrl}/api/email`)).json()) as { to: { address: string }[] }[];
    const burst = inbox.filter((m) => m.to[0]!.address.endsWith(`@${domain}`));
    expect(burst).toHaveLength(count);
    expect(new Set(burst.map((m) => m.to[0]!.address)).size).toBe(count);
  }, 240_000);
});
