import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { checkFacturXPdf, extractFacturXml } from '../../invoice-worker/test/support/eInvoiceChecks';
import { extractPdfText } from '../../invoice-worker/test/support/pdfText';
import { ruleViolationsOf, semanticInvoiceFromCii } from '../../invoice-worker/test/support/semanticInvoice';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';
import { emailsTo } from './support/inbox';

let stack: LocalStackProcess;

beforeAll(async () => {
  stack = await startLocalStackProcess();
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const json = async (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(await stack.shopAuthorization()), ...headers },
  body: JSON.stringify(body),
});

describe('refund → credit note → email, on the embedded stack', () => {
  it('credits one mug of an emailed invoice: the customer gets a Factur-X credit note (381) that references the invoice, and the order shows it', async () => {
    const order = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));
    const email = `e2e-refund-${randomUUID()}@example.com`;
    order.customer.email = email;
    const { orderId } = await (await fetch(`${stack.apiUrl}/orders`, await json(order, { 'Idempotency-Key': randomUUID() }))).json();
    await stack.waitForLog((l) => l.message === 'invoice email sent' && l.orderId === orderId, 60_000);
    const [invoiceMail] = await emailsTo(stack.inboxUrl, email);
    const invoiceNumber = invoiceMail!.subject.replace('Your invoice ', '');

    const refund = await fetch(`${stack.apiUrl}/orders/${orderId}/refunds`, await json({ lines: [{ sku: 'MUG-42', quantity: 1 }], reason: 'One mug arrived broken' }, { 'Idempotency-Key': randomUUID() }));
    expect(refund.status).toBe(202);
    const { refundId } = await refund.json();
    await stack.waitForLog((l) => l.message === 'credit note email sent' && l.orderId === orderId, 60_000);

    const creditNoteMails = (await emailsTo(stack.inboxUrl, email)).filter((mail) => mail.subject.startsWith('Your credit note'));
    expect(creditNoteMails).toHaveLength(1);
    const mail = creditNoteMails[0]!;
    expect(mail.subject).toMatch(/^Your credit note CN-\d{4}-\d{6}$/);
    const creditNoteNumber = mail.subject.replace('Your credit note ', '');
    expect(mail.text).toContain(`against invoice ${invoiceNumber}`);

    const link = /href="([^"]+)"/.exec(mail.html)![1]!.replaceAll('&amp;', '&');
    const download = await fetch(link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await download.arrayBuffer());
    expect(await checkFacturXPdf(pdf)).toEqual([]);
    const text = (await extractPdfText(pdf)).join('\n');
    expect(text).toContain('Credit note');
    expect(text).toContain(creditNoteNumber);
    expect(text).toContain(invoiceNumber);

    const facturX = await extractFacturXml(pdf);
    expect(ruleViolationsOf(facturX)).toEqual([]);
    const data = semanticInvoiceFromCii(facturX);
    expect(data).toMatchObject({ typeCode: '381', number: creditNoteNumber });
    expect(data.precedingInvoices?.map((reference) => reference.number)).toEqual([invoiceNumber]);
    expect(data.lines.map((line) => [line.itemName, line.quantity, line.netAmount, line.vatRate])).toEqual([['Coffee mug <b>"bold"</b> & co', '1', '12.50', '19']]);
    // 19 % of 12.50 = 2.375 → 2.38.
    expect([data.sumOfLineNetAmounts, data.totalVat, data.totalWithVat, data.amountDue]).toEqual(['12.50', '2.38', '14.88', '14.88']);

    const status = await (await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: await stack.shopAuthorization() })).json();
    expect(status).toMatchObject({ status: 'NOTIFIED', invoice: { invoiceNumber } });
    expect(status.refunds).toEqual([
      expect.objectContaining({
        refundId,
        status: 'NOTIFIED',
        totalMinor: 1488,
        lines: [expect.objectContaining({ lineNumber: 2, sku: 'MUG-42', quantity: 1 })],
        creditNote: expect.objectContaining({ creditNoteNumber, invoiceNumber, downloadUrl: expect.stringContaining(creditNoteNumber) }),
      }),
    ]);

    // The invoice is never cancelled: PATCH points to refunds.
    const cancel = await fetch(`${stack.apiUrl}/orders/${orderId}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...(await stack.shopAuthorization()) }, body: JSON.stringify({ status: 'CANCELLED' }) });
    expect(cancel.status).toBe(409);
    expect(await cancel.json()).toMatchObject({ type: '/problems/order-invoiced', refunds: `/orders/${orderId}/refunds` });
  });
});
