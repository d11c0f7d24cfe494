import { newOrder, type Order } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { displayText } from '@checkout/domain';
import { escapeHtml, formatUtcDateTime, invoiceEmail, isolateHtml, isolateText, recipientOf } from '../../src/invoiceEmail';

const FSI = '\u2068';
const PDI = '\u2069';

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
    expect(text).toContain(`Hello ${FSI}Łukasz Żółć${PDI},`);
    expect(text).toContain('until Monday, 30 November 2026, 10:00 UTC');
    expect(text).toContain(`Order ID: ${order.orderId}`);
  });

  it('breaks the VAT down per rate, as the invoice does: books at 7 %, a mug at 19 %', () => {
    const request = anOrderRequest({ items: 2 });
    request.taxRateBps = 1900;
    request.lineItems[0] = { ...request.lineItems[0]!, quantity: 1, unitPriceMinor: 2000, taxRateBps: 700 };
    request.lineItems[1] = { ...request.lineItems[1]!, quantity: 1, unitPriceMinor: 1000 };
    const order: Order = { ...newOrder(request, now), status: 'INVOICED', invoice: { invoiceNumber: 'INV-2026-000042', issuedAt: now.toISOString() } };

    const { text, html } = emailFor(order);

    expect(text).toContain('VAT 19% on 10.00 EUR: 1.90 EUR\nVAT 7% on 20.00 EUR: 1.40 EUR\nTotal: 33.30 EUR');
    expect(html).toContain('VAT 7% on 20.00 EUR');
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
    for (const expected of [`Hello <bdi>Eve ${escaped}</bdi>,`, `Street ${escaped}`, `Flat ${escaped}`, `City ${escaped}`, `R ${escaped}`, `Widget ${escaped}`, '1&lt;2 ']) {
      expect(html).toContain(expected);
    }
    // The plain-text part is not HTML: it keeps the name as the customer wrote it.
    expect(text).toContain(`Hello ${FSI}Eve ${hostile}${PDI},`);
  });

  it.each([
    ['Polish', 'Łukasz Żółć-Brzęczyszczykiewicz'],
    ['Vietnamese', 'Nguyễn Thị Minh Khai'],
    ['Japanese', '山田 太郎'],
    ['Chinese', '王小明'],
    ['Korean', '김민준'],
  ])('keeps a %s name intact', (_language, name) => {
    const email = emailFor(anInvoicedOrder({ name }));
    expect(email.text).toContain(`Hello ${FSI}${name}${PDI},`);
    expect(email.html).toContain(`Hello <bdi>${name}</bdi>,`);
    expect(email.to).toEqual({ name, address: 'lukasz@example.com' });
  });

  it('isolates every customer string in the HTML, so right-to-left text cannot reorder what follows it', () => {
    const order = anInvoicedOrder(
      {
        name: 'محمد عبد الله',
        billingAddress: { line1: 'شارع الملك فهد 12', line2: 'שדרות רוטשילד 1', city: 'الرياض', postalCode: '12345', region: 'منطقة الرياض', country: 'SA' },
      },
      'قهوة عربية #3',
    );

    const { html } = emailFor(order);

    expect(html).toContain('Hello <bdi>محمد عبد الله</bdi>,');
    expect(html).toContain('<td style="padding:4px 8px;border-bottom:1px solid #ddd" dir="auto">قهوة عربية #3</td>');
    for (const line of ['شارع الملك فهد 12', 'שדרות רוטשילד 1', '12345 الرياض', 'منطقة الرياض', 'SA']) expect(html).toContain(`<bdi>${line}</bdi>`);
    // Outside the isolates only our own text: no customer string is left bare in the body.
    const bare = html.replace(/<bdi>[^<]*<\/bdi>/g, '').replace(/<td[^>]*dir="auto">[^<]*<\/td>/g, '');
    expect(bare).not.toMatch(/[\u0590-\u08FF]/u);
  });

  it('isolates every customer string in the plain text with FSI … PDI, keeping the amount after a description', () => {
    const order = anInvoicedOrder({ name: 'محمد عبد الله' }, 'قهوة عربية #3');

    const { text } = emailFor(order);

    expect(text).toContain(`Hello ${FSI}محمد عبد الله${PDI},`);
    expect(text).toContain(`1 x ${FSI}قهوة عربية #3${PDI}: 19.99 EUR`);
    const bare = text.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '');
    expect(bare).not.toMatch(/[\u0590-\u08FF]/u);
  });

  it('drops bidi overrides and isolates a customer typed, so they cannot leak out of the isolate', () => {
    const sneaky = 'Eve\u2069\u202E gnp.exe';

    expect(isolateText(sneaky)).toBe(`${FSI}Eve gnp.exe${PDI}`);
    expect(isolateHtml(`${sneaky} <b>`)).toBe('<bdi>Eve gnp.exe &lt;b&gt;</bdi>');
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

  it('shows the name by the shared rule: no bidi override, isolate or zero-width character reaches the To header', () => {
    const name = 'Eve \u202Egnp.exe\u202C Pay\u200Bpal\u2060 \u2067Ltd\u2069\uFEFF';
    expect(recipientOf({ name, email: 'eve@example.com' })).toEqual({ name: 'Eve gnp.exe Paypal Ltd', address: 'eve@example.com' });
    expect(recipientOf({ name, email: 'eve@example.com' }).name).toBe(displayText(name));
  });

  it('drops zero-width characters in the HTML and plain text as in the header, so every part shows the same name', () => {
    const name = 'Pay\u200Bpal\u200D';
    expect(isolateHtml(name)).toBe('<bdi>Paypal</bdi>');
    expect(isolateText(name)).toBe(`${FSI}Paypal${PDI}`);
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
