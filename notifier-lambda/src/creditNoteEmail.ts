import { formatMoney, type Order, type Refund } from '@checkout/domain';
import { escapeHtml, formatUtcDateTime, isolateHtml, isolateText, recipientOf } from './invoiceEmail';
import type { OutgoingEmail } from './ports';

export interface CreditNoteEmailInput {
  /** The invoiced order the refund credits. */
  order: Order;
  /** A refund with its credit note number. */
  refund: Refund;
  /** Presigned GET link to the credit note PDF. */
  downloadUrl: string;
  linkExpiresAt: Date;
}

const VAT_NOTES = { Z: 'zero rated', E: 'exempt', AE: 'reverse charge' } as const;

/**
 * The credit note email: subject "Your credit note CN-…", the invoice it credits, the credited
 * lines and totals, and the link. Pure. Customer strings are escaped and bidi-isolated as in the
 * invoice email. Throws if the refund has no credit note number, the order no invoice, or the link
 * is not http(s).
 */
export function creditNoteEmail({ order, refund, downloadUrl, linkExpiresAt }: CreditNoteEmailInput): OutgoingEmail {
  const creditNoteNumber = refund.creditNote?.creditNoteNumber;
  if (!creditNoteNumber) throw new Error(`refund ${refund.refundId} of order ${order.orderId} has no credit note number`);
  const invoiceNumber = order.invoice?.invoiceNumber;
  if (!invoiceNumber) throw new Error(`order ${order.orderId} has no invoice`);
  const protocol = new URL(downloadUrl).protocol;
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`download link must be http(s), not ${protocol}`);

  const money = (minor: number) => formatMoney(minor, refund.currency);
  const expires = formatUtcDateTime(linkExpiresAt);
  const lines = refund.lines.map((line) => ({ description: line.description, quantity: String(line.quantity), total: money(line.lineTotalMinor) }));
  const totals = [
    ['Subtotal', money(refund.subtotalMinor)],
    ...refund.vatBreakdown.map(
      (entry) =>
        [`VAT ${percent(entry.taxRateBps)}${entry.vatCategory === 'S' ? '' : ` (${VAT_NOTES[entry.vatCategory]})`} on ${money(entry.taxableMinor)}`, money(entry.taxMinor)] as const,
    ),
    ['Total credited', money(refund.totalMinor)],
  ] as const;
  const subject = `Your credit note ${creditNoteNumber}`;
  const intro = `We have refunded part or all of your order. Credit note ${creditNoteNumber} credits ${money(refund.totalMinor)} against invoice ${invoiceNumber}.`;

  const t = isolateText;
  const text = [
    `Hello ${t(order.customer.name)},`,
    '',
    intro,
    ...(refund.reason ? ['', `Reason: ${t(refund.reason)}`] : []),
    '',
    'Download it (PDF):',
    downloadUrl,
    '',
    `The link works until ${expires}. If it has expired, reply to this email for a new one.`,
    '',
    ...lines.map((line) => `${line.quantity} x ${t(line.description)}: ${line.total}`),
    ...totals.map(([label, amount]) => `${label}: ${amount}`),
    '',
    `Invoice: ${invoiceNumber}`,
    `Order ID: ${order.orderId}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const cell = 'padding:4px 8px;border-bottom:1px solid #ddd';
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.4">
<p>Hello ${isolateHtml(order.customer.name)},</p>
<p>We have refunded part or all of your order. Credit note <strong>${e(creditNoteNumber)}</strong> credits <strong>${e(money(refund.totalMinor))}</strong> against invoice <strong>${e(invoiceNumber)}</strong>.</p>
${refund.reason ? `<p>Reason: ${isolateHtml(refund.reason)}</p>\n` : ''}<p><a href="${e(downloadUrl)}" style="display:inline-block;padding:10px 16px;background:#1a56db;color:#fff;text-decoration:none;border-radius:4px">Download credit note ${e(creditNoteNumber)} (PDF)</a></p>
<p style="color:#555">The link works until ${e(expires)}. If it has expired, reply to this email for a new one.</p>
<table style="border-collapse:collapse" role="presentation">
<thead><tr><th style="${cell};text-align:left">Item</th><th style="${cell};text-align:right">Qty</th><th style="${cell};text-align:right">Amount</th></tr></thead>
<tbody>
${lines.map((line) => `<tr><td style="${cell}" dir="auto">${e(line.description)}</td><td style="${cell};text-align:right">${e(line.quantity)}</td><td style="${cell};text-align:right">${e(line.total)}</td></tr>`).join('\n')}
${totals.map(([label, amount]) => `<tr><td style="${cell}" colspan="2">${e(label)}</td><td style="${cell};text-align:right">${e(amount)}</td></tr>`).join('\n')}
</tbody>
</table>
<p style="color:#555">Invoice: ${e(invoiceNumber)}<br>Order ID: ${e(order.orderId)}</p>
</body>
</html>
`;
  return { to: recipientOf(order.customer), subject, text, html };
}

function percent(bps: number): string {
  return `${(bps / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}
