import { INVOICE_SEQUENCE_DIGITS, invoiceSeriesFor } from './invoiceNumber';

/**
 * Credit note numbers are their own gapless series per calendar year (UTC) of the issue date:
 * CN-2026-000001, CN-2026-000002, ... They never share a sequence with invoice numbers.
 */
export const CREDIT_NOTE_PREFIX = 'CN';

/** The series (counter) name of credit notes issued at `issuedAt`: `CN-2026`. */
export function creditNoteSeriesFor(issuedAt: Date): string {
  return `${CREDIT_NOTE_PREFIX}-${invoiceSeriesFor(issuedAt)}`;
}

/** `CN-2026`, 7 → `CN-2026-000007`. */
export function formatCreditNoteNumber(series: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`invalid credit note sequence ${sequence}`);
  if (!/^CN-\d{4}$/.test(series)) throw new RangeError(`invalid credit note series ${series}`);
  return `${series}-${String(sequence).padStart(INVOICE_SEQUENCE_DIGITS, '0')}`;
}

const CREDIT_NOTE_NUMBER = /^CN-(\d{4})-(\d{6,})$/;

export function parseCreditNoteNumber(creditNoteNumber: string): { series: string; sequence: number } | undefined {
  const match = CREDIT_NOTE_NUMBER.exec(creditNoteNumber);
  return match ? { series: `${CREDIT_NOTE_PREFIX}-${match[1]!}`, sequence: Number(match[2]) } : undefined;
}
