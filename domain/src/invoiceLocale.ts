import { MAX_AMOUNT_MINOR, minorUnitDigits } from './money';
import type { VatCategory } from './vat';

/** Languages the invoice's labels exist in. Amounts and dates follow the full locale (de-DE, de-AT, en-GB...). */
export const INVOICE_LANGUAGES = ['en', 'de'] as const;
export type InvoiceLanguage = (typeof INVOICE_LANGUAGES)[number];

/** True for a well-formed BCP 47 tag whose language has invoice labels. */
export function isInvoiceLocale(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && (INVOICE_LANGUAGES as readonly string[]).includes(new Intl.Locale(canonical).language);
  } catch {
    return false;
  }
}

export function invoiceLanguageOf(locale: string): InvoiceLanguage {
  return new Intl.Locale(locale).language === 'de' ? 'de' : 'en';
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let format = cache.get(key);
  if (!format) cache.set(key, (format = create()));
  return format;
}

/**
 * Minor units as the locale writes money: de-DE `57.752,26 €`, en-GB `€57,752.26`. Exact: the
 * amount reaches Intl as a decimal string, never as a float. Spaces Intl puts in (U+00A0, U+202F)
 * are kept; the PDF typesetter turns them into plain spaces.
 */
export function formatAmount(amountMinor: number, currency: string, locale: string): string {
  if (!Number.isSafeInteger(amountMinor) || Math.abs(amountMinor) > MAX_AMOUNT_MINOR) throw new RangeError(`amount ${amountMinor} is out of range`);
  const digits = minorUnitDigits(currency);
  // The ISO minor unit, not the locale's habit: a HUF invoice shows the fillér it charges.
  const format = cached(
    moneyFormats,
    `${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3).
  return format.format(decimalString(amountMinor, digits) as unknown as number);
}

/** A YYYY-MM-DD date as the locale writes it: en-GB `14 Mar 2025`, de-DE `14.03.2025`. */
export function formatInvoiceDate(isoDate: string, locale: string): string {
  const format = cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Basis points as the locale writes a percentage: 1950 → en `19.5%`, de `19,5 %`. Exact. */
export function formatRate(taxRateBps: number, locale: string): string {
  const format = cached(percentFormats, locale, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }));
  return format.format(decimalString(taxRateBps, 4) as unknown as number);
}

/** `12345`, 2 digits → `"123.45"`. */
export function decimalString(amountMinor: number, digits: number): string {
  const negative = amountMinor < 0;
  const raw = Math.abs(amountMinor).toString().padStart(digits + 1, '0');
  const whole = raw.slice(0, raw.length - digits);
  const fraction = raw.slice(raw.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** `1950` → `"19.5"`: basis points as a plain percentage number, for XML. */
export function percentString(taxRateBps: number): string {
  return decimalString(taxRateBps, 2).replace(/\.?0+$/, '') || '0';
}

export interface InvoiceLabels {
  invoice: string;
  continued: (invoiceNumber: string) => string;
  invoiceNumber: string;
  issueDate: string;
  deliveryDate: string;
  dueDate: string;
  orderId: string;
  buyerReference: string;
  billTo: string;
  vatId: string;
  taxNumber: string;
  sku: string;
  description: string;
  quantity: string;
  unitPrice: string;
  vat: string;
  amount: string;
  subtotal: string;
  vatLine: (category: VatCategory, rate: string, taxable: string) => string;
  total: string;
  page: (page: number, of: number) => string;
  paymentTerms: (days: number, dueDate: string) => string;
  sepaTransfer: (iban: string, bic: string | undefined, reference: string) => string;
  paidByCard: (reference: string) => string;
  exemptionNote: (category: VatCategory, reason: string) => string;
  /** Title of a credit note (type 381). */
  creditNote: string;
  creditNoteContinued: (creditNoteNumber: string) => string;
  creditNoteNumber: string;
  /** The invoice a credit note corrects (BT-25) and its date (BT-26). */
  correctsInvoice: string;
  correctsInvoiceValue: (invoiceNumber: string, issueDate: string) => string;
  /** How a credit note's amount reaches the buyer; also its payment terms (BT-20). */
  refundTerms: (total: string, card: boolean) => string;
  refundReason: (reason: string) => string;
}

const EN: InvoiceLabels = {
  invoice: 'Invoice',
  continued: (number) => `Invoice ${number} (continued)`,
  invoiceNumber: 'Invoice number',
  issueDate: 'Issue date',
  deliveryDate: 'Date of supply',
  dueDate: 'Due date',
  orderId: 'Order ID',
  buyerReference: 'Your reference',
  billTo: 'BILL TO',
  vatId: 'VAT ID',
  taxNumber: 'Tax number',
  sku: 'SKU',
  description: 'Description',
  quantity: 'Qty',
  unitPrice: 'Unit price',
  vat: 'VAT',
  amount: 'Amount',
  subtotal: 'Subtotal',
  vatLine: (category, rate, taxable) =>
    category === 'S' ? `VAT ${rate} on ${taxable}` : `VAT ${rate} (${{ Z: 'zero rated', E: 'exempt', AE: 'reverse charge' }[category]}) on ${taxable}`,
  total: 'Total',
  page: (page, of) => `Page ${page} of ${of}`,
  paymentTerms: (days, dueDate) => `Payable within ${days} ${days === 1 ? 'day' : 'days'}, by ${dueDate}`,
  sepaTransfer: (iban, bic, reference) => `Bank transfer to IBAN ${iban}${bic ? `, BIC ${bic}` : ''}, reference ${reference}`,
  paidByCard: (reference) => `Paid by card at checkout, payment reference ${reference}`,
  exemptionNote: (category, reason) => (category === 'AE' ? `${reason}: the recipient accounts for the VAT.` : `VAT exempt: ${reason}`),
  creditNote: 'Credit note',
  creditNoteContinued: (number) => `Credit note ${number} (continued)`,
  creditNoteNumber: 'Credit note number',
  correctsInvoice: 'Credits invoice',
  correctsInvoiceValue: (number, date) => `${number} of ${date}`,
  refundTerms: (total, card) => `${total} will be refunded ${card ? 'to the card you paid with' : 'to the account you paid from'}; nothing is to be paid.`,
  refundReason: (reason) => `Reason: ${reason}`,
};

const DE: InvoiceLabels = {
  invoice: 'Rechnung',
  continued: (number) => `Rechnung ${number} (Fortsetzung)`,
  invoiceNumber: 'Rechnungsnummer',
  issueDate: 'Rechnungsdatum',
  deliveryDate: 'Lieferdatum',
  dueDate: 'Fällig am',
  orderId: 'Bestellnummer',
  buyerReference: 'Ihre Referenz',
  billTo: 'RECHNUNG AN',
  vatId: 'USt-IdNr.',
  taxNumber: 'Steuernummer',
  sku: 'Art.-Nr.',
  description: 'Beschreibung',
  quantity: 'Menge',
  unitPrice: 'Einzelpreis',
  vat: 'USt.',
  amount: 'Betrag',
  subtotal: 'Nettobetrag',
  vatLine: (category, rate, taxable) =>
    category === 'S'
      ? `USt. ${rate} auf ${taxable}`
      : `USt. ${rate} (${{ Z: 'Nullsatz', E: 'steuerfrei', AE: 'Reverse Charge' }[category]}) auf ${taxable}`,
  total: 'Gesamtbetrag',
  page: (page, of) => `Seite ${page} von ${of}`,
  paymentTerms: (days, dueDate) => `Zahlbar innerhalb von ${days} ${days === 1 ? 'Tag' : 'Tagen'}, bis ${dueDate}`,
  sepaTransfer: (iban, bic, reference) => `Überweisung auf IBAN ${iban}${bic ? `, BIC ${bic}` : ''}, Verwendungszweck ${reference}`,
  paidByCard: (reference) => `Bezahlt per Karte bei der Bestellung, Zahlungsreferenz ${reference}`,
  exemptionNote: (category, reason) =>
    category === 'AE' ? `${reason}: Steuerschuldnerschaft des Leistungsempfängers.` : `Steuerbefreit: ${reason}`,
  // Not "Gutschrift": under § 14 Abs. 2 UStG that is a self-billed invoice issued by the buyer
  // (docs/decisions/credit-notes.md).
  creditNote: 'Rechnungskorrektur',
  creditNoteContinued: (number) => `Rechnungskorrektur ${number} (Fortsetzung)`,
  creditNoteNumber: 'Korrekturnummer',
  correctsInvoice: 'Zur Rechnung',
  correctsInvoiceValue: (number, date) => `${number} vom ${date}`,
  refundTerms: (total, card) => `${total} werden ${card ? 'auf die bei der Bestellung verwendete Karte' : 'auf das Konto, von dem Sie gezahlt haben,'} erstattet; es ist nichts zu zahlen.`,
  refundReason: (reason) => `Grund: ${reason}`,
};

export function invoiceLabels(locale: string): InvoiceLabels {
  return invoiceLanguageOf(locale) === 'de' ? DE : EN;
}
