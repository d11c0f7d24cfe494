import { randomUUID } from 'node:crypto';
import { extractPdfText } from '../../invoice-worker/test/support/pdfText';
import { extractFacturXml } from '../../invoice-worker/test/support/eInvoiceChecks';
import { semanticInvoiceFromCii } from '../../invoice-worker/test/support/semanticInvoice';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';

/**
 * The catalog end to end on the embedded stack (`npm start`): an administrator creates a product
 * through the API, a customer orders it by SKU and quantity, and the invoice PDF and its EN 16931
 * XML show the catalog's description and price as they were at the time of the order.
 */
let stack: LocalStackProcess;
const adminToken = `e2e-admin-${randomUUID()}`;

beforeAll(async () => {
  stack = await startLocalStackProcess({ env: { CATALOG_ADMIN_TOKEN: adminToken } });
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const putProduct = (sku: string, body: object, token = adminToken) =>
  fetch(`${stack.apiUrl}/products/${sku}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

describe('the catalog on the embedded stack', () => {
  it('starts with the demo catalog, whose SKUs the examples order', async () => {
    const page = await (await fetch(`${stack.apiUrl}/products?limit=100`)).json();
    expect(page.products.map((p: { sku: string }) => p.sku)).toEqual(expect.arrayContaining(['BOOK-001', 'MUG-42', 'BOOK-002', 'MUG-002', 'POSTER-7']));
  });

  it('invoices a product created through the API at the catalog\'s description and price, whatever the catalog says later', async () => {
    const sku = `RULE-${randomUUID().slice(0, 6)}`; // short enough for one line of the SKU column
    expect((await putProduct(sku, { description: 'Slide rule', unitPriceMinor: 1, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900 }, 'not-the-admin')).status).toBe(401);
    const created = await putProduct(sku, { description: 'Faber-Castell slide rule, 1962', unitPriceMinor: 3450, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900 });
    expect(created.status).toBe(201);

    const email = `catalog-${randomUUID()}@example.com`;
    const ordered = await fetch(`${stack.apiUrl}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        customer: { id: 'cust-7', name: 'Grace Hopper', email, billingAddress: { line1: '1 Navy Way', city: 'Arlington', postalCode: '22202', country: 'US' } },
        currency: 'EUR',
        lineItems: [{ sku, quantity: 2 }],
      }),
    });
    expect(ordered.status).toBe(202);
    const { orderId, totalMinor } = await ordered.json();
    expect(totalMinor).toBe(6900 + 1311);

    // A price rise after the order: the accepted order and its invoice keep 34.50.
    expect((await putProduct(sku, { description: 'Faber-Castell slide rule, 1962 (boxed)', unitPriceMinor: 4200, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900 })).status).toBe(200);
    await stack.waitForLog((line) => line.message === 'invoice email sent' && line.orderId === orderId, 60_000);

    const status = await (await fetch(`${stack.apiUrl}/orders/${orderId}`)).json();
    const pdf = new Uint8Array(await (await fetch(status.invoice.downloadUrl)).arrayBuffer());
    const text = (await extractPdfText(pdf)).join('\n');
    expect(text).toContain(sku);
    expect(text).toContain('Faber-Castell slide rule, 1962');
    expect(text).not.toContain('(boxed)');
    expect(text).toContain('€34.50');
    expect(text).not.toContain('€42.00');
    expect(text).toContain('Total €82.11');
    const invoice = semanticInvoiceFromCii(await extractFacturXml(pdf));
    expect(invoice.lines.map((line) => [line.itemName, line.quantity, line.vatRate])).toEqual([['Faber-Castell slide rule, 1962', '2', '19']]);
    expect(invoice.totalWithVat).toBe('82.11');
  }, 90_000);
});
