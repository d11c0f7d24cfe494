import { displayText, formatMoney, vatBreakdownOf, type Customer, type Order } from '@checkout/domain';
import type { Mailbox } from './config';
import type { OutgoingEmail } from './ports';

export interface InvoiceEmailInput {
  /** An order with an invoice number. */
  order: Order;
  /** Presigned GET link to the PDF. */
  downloadUrl: string;
  /** When the link stops working. */
  linkExpiresAt: Date;
}

/**
 * The invoice email: subject, plain text and HTML. Pure: the same input gives the same email.
 * Every customer-provided string is HTML-escaped in the HTML part, and the recipient's name is
 * stripped of line breaks and control characters before it goes near a header.
 * Every customer-provided string is also isolated for bidi, so an Arabic or Hebrew name or
 * description takes its direction from its own first strong character and cannot reorder the
 * text around it ("قهوة عربية #3: 4.00 EUR" would otherwise pull the amount into the Arabic run):
 * `<bdi>` in the HTML, FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069) in the
 * plain text.
 * Throws if the order has no invoice number or the link is not http(s).
 */
const VAT_NOTES = { Z: 'zero rated', E: 'exempt', AE: 'reverse charge' } as const;

export function invoiceEmail({ order, downloadUrl, linkExpiresAt }: InvoiceEmailInput): OutgoingEmail {
  const invoiceNumber = order.invoice?.invoiceNumber;
  if (!invoiceNumber) throw new Error(`order ${order.orderId} has no invoice number`);
  const protocol = new URL(downloadUrl).protocol;
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`download link must be http(s), not ${protocol}`);

  const money = (minor: number) => formatMoney(minor, order.currency);
  const expires = formatUtcDateTime(linkExpiresAt);
  const billedTo = [order.customer.name, ...billingAddressLines(order.customer)];
  const lines = order.lineItems.map((line) => ({
    description: line.description,
    quantity: String(line.quantity),
    total: money(line.lineTotalMinor),
  }));
  const breakdown = vatBreakdownOf(order);
  const totals = [
    ['Subtotal', money(order.subtotalMinor)],
    ...breakdown.map((entry) => [`VAT ${formatPercent(entry.taxRateBps)}${entry.vatCategory === 'S' ? '' : ` (${VAT_NOTES[entry.vatCategory]})`} on ${money(entry.taxableMinor)}`, money(entry.taxMinor)] as const),
    ['Total', money(order.totalMinor)],
  ] as const;

  const subject = `Your invoice ${invoiceNumber}`;

  const t = isolateText;
  const text = [
    `Hello ${t(order.customer.name)},`,
    '',
    `Thank you for your order. Your invoice ${invoiceNumber} for ${money(order.totalMinor)} is ready.`,
    '',
    'Download it (PDF):',
    downloadUrl,
    '',
    `The link works until ${expires}. If it has expired, reply to this email for a new one.`,
    '',
    ...lines.map((line) => `${line.quantity} x ${t(line.description)}: ${line.total}`),
    ...totals.map(([label, amount]) => `${label}: ${amount}`),
    '',
    'Billed to:',
    ...billedTo.map(t),
    '',
    `Order ID: ${order.orderId}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const c = isolateHtml;
  const cell = 'padding:4px 8px;border-bottom:1px solid #ddd';
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.4">
<p>Hello ${c(order.customer.name)},</p>
<p>Thank you for your order. Your invoice <strong>${e(invoiceNumber)}</strong> for <strong>${e(money(order.totalMinor))}</strong> is ready.</p>
<p><a href="${e(downloadUrl)}" style="display:inline-block;padding:10px 16px;background:#1a56db;color:#fff;text-decoration:none;border-radius:4px">Download invoice ${e(invoiceNumber)} (PDF)</a></p>
<p style="color:#555">The link works until ${e(expires)}. If it has expired, reply to this email for a new one.</p>
<table style="border-collapse:collapse" role="presentation">
<thead><tr><th style="${cell};text-align:left">Item</th><th style="${cell};text-align:right">Qty</th><th style="${cell};text-align:right">Amount</th></tr></thead>
<tbody>
${lines.map((line) => `<tr><td style="${cell}" dir="auto">${e(line.description)}</td><td style="${cell};text-align:right">${e(line.quantity)}</td><td style="${cell};text-align:right">${e(line.total)}</td></tr>`).join('\n')}
${totals.map(([label, amount]) => `<tr><td style="${cell}" colspan="2">${e(label)}</td><td style="${cell};text-align:right">${e(amount)}</td></tr>`).join('\n')}
</tbody>
</table>
<p>Billed to:<br>${billedTo.map(c).join('<br>')}</p>
<p style="color:#555">Order ID: ${e(order.orderId)}</p>
</body>
</html>
`;

  return { to: recipientOf(order.customer), subject, text, html };
}

/** Escapes the five characters that matter in HTML text and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Customer text, shown by the shared rule (`displayText`: no bidi controls, zero-width or other
 * invisible characters), HTML-escaped, in a `<bdi>`: its direction comes from its own first strong
 * character and it does not reorder the text around it (HTML's bidi isolation).
 */
export function isolateHtml(value: string): string {
  return `<bdi>${escapeHtml(displayText(value))}</bdi>`;
}

/**
 * Customer text for the plain-text part, between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL
 * ISOLATE (U+2069): the plain-text form of `<bdi>` (Unicode Bidirectional Algorithm, rule X5c).
 * `displayText` drops every bidi control inside first, so the customer cannot end the isolate
 * early or start an override.
 */
export function isolateText(value: string): string {
  return `\u2068${displayText(value)}\u2069`;
}

/**
 * The customer as a mailbox for the To header, the name shown by the shared rule (`displayText`):
 * no line breaks or control characters, so it cannot start a new header whatever encoder follows,
 * and no bidi overrides or zero-width characters, so a mail client shows the name as stored.
 */
export function recipientOf(customer: Pick<Customer, 'name' | 'email'>): Mailbox {
  const name = displayText(customer.name);
  return name ? { name, address: customer.email } : { address: customer.email };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Monday, 30 November 2026, 10:00 UTC`: unambiguous in every locale, no Intl differences. */
export function formatUtcDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

function formatPercent(bps: number): string {
  return `${(bps / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

function billingAddressLines(customer: Customer): string[] {
  const a = customer.billingAddress;
  return [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.region, a.country].filter((l): l is string => Boolean(l));
}
