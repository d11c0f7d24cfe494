import { randomUUID } from 'node:crypto';
import { extractPdfText } from '../../invoice-worker/test/support/pdfText';
import { extractFacturXml } from '../../invoice-worker/test/support/eInvoiceChecks';
import { semanticInvoiceFromCii } from '../../invoice-worker/test/support/semanticInvoice';
import { SCOPES } from '@checkout/aws-adapters';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';
import { signedInCustomer } from '../../local-stack/test/support/identity';

/**
 * The catalog end to end on the embedded stack (`npm start`): the shop, with a token of the
 * catalog's admin scope, creates a product through the API; a customer who signed up and logged in
 * orders it by SKU and quantity; the invoice PDF and its EN 16931 XML show the catalog's description
 * and price as they were at the time of the order.
 */
let stack: LocalStackProcess;

beforeAll(async () => {
  stack = await startLocalStackProcess();
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const putProduct = async (sku: string, body: object, authorization?: { authorization: string }) =>
  fetch(`${stack.apiUrl}/products/${sku}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...(authorization ?? (await stack.shopAuthorization([SCOPES.catalogAdmin]))) },
    body: JSON.stringify(body),
  });

describe('the catalog on the embedded stack', () => {
  it('starts with the demo catalog, whose SKUs the examples order', async () => {
    const page = await (await fetch(`${stack.apiUrl}/products?limit=100`)).json();
    expect(page.products.map((p: { sku: string }) => p.sku)).toEqual(expect.arrayContaining(['BOOK-001', 'MUG-42', 'BOOK-002', 'MUG-002', 'POSTER-7']));
  });

  it('invoices a product created through the API at the catalog\'s description and price, whatever the catalog says later', async () => {
    const sku = `RULE-${randomUUID().slice(0, 6)}`; // short enough for one line of the SKU column
    const customer = await signedInCustomer({ cognito: stack.cognitoUrl, inbox: stack.inboxUrl });
    // Neither a customer nor the shop's order scopes may change the catalog; a made-up token is no token.
    const cheap = { description: 'Slide rule', unitPriceMinor: 1, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900 };
    expect((await putProduct(sku, cheap, customer.authorization)).status).toBe(403);
    expect((await putProduct(sku, cheap, await stack.shopAuthorization([SCOPES.ordersWrite]))).status).toBe(403);
    expect((await putProduct(sku, cheap, { authorization: 'Bearer not-a-token' })).status).toBe(401);
    const created = await putProduct(sku, { description: 'Faber-Castell slide rule, 1962', unitPriceMinor: 3450, currency: 'EUR', vatCategory: 'S', taxRateBps: 1900 });
    expect(created.status).toBe(201);

    const email = customer.email;
    const ordered = await fetch(`${stack.apiUrl}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...customer.authorization },
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

    // The customer reads their own order.
    const status = await (await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: customer.authorization })).json();
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
