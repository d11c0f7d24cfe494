import { newOrder, type Order } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { escapeHtml, formatUtcDateTime, invoiceEmail, recipientOf } from '../../src/invoiceEmail';

const now = new Date('2026-11-23T10:00:00.000Z');
const link = 'https://invoices-prod.s3.eu-central-1.amazonaws.com/invoices/X/INV-2026-000042.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc"def';

function anInvoicedOrder(customer: Partial<Order['customer']> = {}, description = 'Item number 1'): Order {
  const request = anOrderRequest({ items: 1 });
  request.customer = { ...request.customer, ...customer };
  request.lineItems[0]!.description = description;
  return { ...newOrder(request, now), status: 'INVOICED', invoice: { invoiceNumber: 'INV-2026-000042', issuedAt: now.toISOString() } };
}

const emailFor = (order: Order) => invoiceEmail({ order, downloadUrl: link, linkExpiresAt: new Date('2026-11-30T10:00:00.000Z') });

describe('invoiceEmail', () => {
  it('names the invoice number in the subject', () => {
    expect(emailFor(anInvoicedOrder()).subject).toBe('Your invoice INV-2026-000042');
  });

  it('gives the link, the total, the expiry date and the order id in the plain text', () => {
    const order = anInvoicedOrder();
    const { text } = emailFor(order);
    expect(text).toContain(`\n${link}\n`);
    expect(text).toContain('Total: 23.99 EUR'); // 19.99 + 20 % tax
    expect(text).toContain('Hello Łukasz Żółć,');
    expect(text).toContain('until Monday, 30 November 2026, 10:00 UTC');
    expect(text).toContain(`Order ID: ${order.orderId}`);
  });

  it('puts the escaped link, the total and the expiry date in the HTML', () => {
    const { html } = emailFor(anInvoicedOrder());
    expect(html).toContain(`href="${link.replaceAll('&', '&amp;').replace('"', '&quot;')}"`);
    expect(html).toContain('<strong>23.99 EUR</strong>');
    expect(html).toContain('Monday, 30 November 2026, 10:00 UTC');
  });

  it('escapes every customer-provided string in the HTML', () => {
    const hostile = `<script>alert("x")</script> & 'co'`;
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;';
    const order = anInvoicedOrder(
      {
        name: `Eve ${hostile}`,
        billingAddress: { line1: `Street ${hostile}`, line2: `Flat ${hostile}`, city: `City ${hostile}`, postalCode: '1<2', region: `R ${hostile}`, country: 'PL' },
      },
      `Widget ${hostile}`,
    );
    const { html, text } = emailFor(order);
    expect(html).not.toMatch(/<script|'co'|"x"/);
    for (const expected of [`Hello Eve ${escaped},`, `Street ${escaped}`, `Flat ${escaped}`, `City ${escaped}`, `R ${escaped}`, `Widget ${escaped}`, '1&lt;2 ']) {
      expect(html).toContain(expected);
    }
    // The plain-text part is not HTML: it keeps the name as the customer wrote it.
    expect(text).toContain(`Hello Eve ${hostile},`);
  });

  it.each([
    ['Polish', 'Łukasz Żółć-Brzęczyszczykiewicz'],
    ['Vietnamese', 'Nguyễn Thị Minh Khai'],
    ['Japanese', '山田 太郎'],
    ['Chinese', '王小明'],
    ['Korean', '김민준'],
  ])('keeps a %s name intact', (_language, name) => {
    const email = emailFor(anInvoicedOrder({ name }));
    expect(email.text).toContain(`Hello ${name},`);
    expect(email.html).toContain(`Hello ${name},`);
    expect(email.to).toEqual({ name, address: 'lukasz@example.com' });
  });

  it('refuses an order without an invoice number and a link that is not http(s)', () => {
    const order = anInvoicedOrder();
    expect(() => invoiceEmail({ order: { ...order, invoice: undefined }, downloadUrl: link, linkExpiresAt: now })).toThrow(/no invoice number/);
    expect(() => invoiceEmail({ order, downloadUrl: 'javascript:alert(1)', linkExpiresAt: now })).toThrow(/http/);
  });
});

describe('recipientOf', () => {
  it('keeps line breaks and control characters of a name out of the To header', () => {
    expect(recipientOf({ name: 'Eve\r\nBcc: victim@example.com', email: 'eve@example.com' })).toEqual({
      name: 'Eve Bcc: victim@example.com',
      address: 'eve@example.com',
    });
    expect(recipientOf({ name: 'A\u2028B\u0085C\tD', email: 'a@example.com' }).name).toBe('A B C D');
    expect(recipientOf({ name: '\n', email: 'a@example.com' })).toEqual({ address: 'a@example.com' });
  });
});

describe('escapeHtml and formatUtcDateTime', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">&'</a> żółć`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt; żółć');
  });

  it('formats an instant in UTC whatever the local time zone', () => {
    expect(formatUtcDateTime(new Date('2027-01-01T00:30:00+02:00'))).toBe('Thursday, 31 December 2026, 22:30 UTC');
  });
});
