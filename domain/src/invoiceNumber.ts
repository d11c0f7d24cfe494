/**
 * Invoice numbers are sequential within a series, the calendar year (UTC) of the issue date:
 * INV-2026-000001, INV-2026-000002, ... Sequence numbers start at 1 and have no gaps.
 */
export const INVOICE_SEQUENCE_DIGITS = 6;

export function invoiceSeriesFor(issuedAt: Date): string {
  return String(issuedAt.getUTCFullYear());
}

export function formatInvoiceNumber(series: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`invalid invoice sequence ${sequence}`);
  return `INV-${series}-${String(sequence).padStart(INVOICE_SEQUENCE_DIGITS, '0')}`;
}

const INVOICE_NUMBER = /^INV-(\d{4})-(\d{6,})$/;

export function parseInvoiceNumber(invoiceNumber: string): { series: string; sequence: number } | undefined {
  const match = INVOICE_NUMBER.exec(invoiceNumber);
  if (!match) return undefined;
  return { series: match[1]!, sequence: Number(match[2]) };
}
