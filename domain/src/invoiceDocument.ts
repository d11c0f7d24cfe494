import { displayText } from './customerText';
import { vatOfLine, type Order } from './order';
import type { BillingAddress } from './orderRequest';
import type { Refund } from './refund';
import { computeTotals, type TaxedLineInput, type VatBreakdownEntry } from './totals';
import { REVERSE_CHARGE_REASON, type VatCategory } from './vat';

/** A postal address as EN 16931 structures it (BG-5, BG-8); `country` is ISO 3166-1 alpha-2. */
export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  region?: string;
  country: string;
}

/** How the buyer pays (EN 16931 BG-16). */
export type PaymentMeans =
  /** UNTDID 4461 code 58: SEPA credit transfer to the seller's account; the invoice number is the remittance reference. */
  | { kind: 'sepa-credit-transfer'; iban: string; bic?: string; accountName?: string }
  /** UNTDID 4461 code 48: paid by card at checkout; the order id is the payment reference. */
  | { kind: 'card' };

/** The seller printed on every invoice and named in its XML; comes from configuration. */
export interface Seller {
  name: string;
  address: PostalAddress;
  email: string;
  /** VAT identification number (BT-31), e.g. DE123456789. */
  vatId?: string;
  /** Tax registration number (BT-32), e.g. a German Steuernummer. */
  taxNumber?: string;
  /** Contact point and telephone (BT-41, BT-42). */
  contactName?: string;
  phone?: string;
  paymentMeans: PaymentMeans;
  /** Days from the issue date to the due date. */
  paymentTermsDays: number;
  /** BCP 47 tag the invoice is written in: labels (English or German), amounts and dates. */
  locale: string;
}

export interface InvoiceLine {
  sku: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  vatCategory: VatCategory;
  taxRateBps: number;
}

/** A VAT breakdown row as the invoice states it, with the exemption reason where one is required. */
export interface InvoiceVatBreakdown extends VatBreakdownEntry {
  /** BT-120 / BT-121: required for E and AE (BR-E-10, BR-AE-10). */
  exemptionReason?: string;
  exemptionReasonCode?: string;
}

/**
 * Everything an invoice or a credit note shows, in the PDF and in its EN 16931 XML, already
 * decided: no clock, no I/O. The same document renders to the same bytes. A credit note (381) has
 * the same shape: its own number in `invoiceNumber` (BT-1), positive amounts of what it credits,
 * the invoice it corrects in `precedingInvoice`, and no due date.
 */
export interface InvoiceDocument {
  /** UNTDID 1001: 380 commercial invoice, 381 credit note. */
  typeCode: '380' | '381';
  /** BT-1: the invoice number, or the credit note number of a credit note. */
  invoiceNumber: string;
  orderId: string;
  /** UTC ISO-8601 instant of issue; also the PDF's creation and modification date. */
  issuedAt: string;
  /** YYYY-MM-DD (UTC) of `issuedAt` (BT-2). */
  issueDate: string;
  /** YYYY-MM-DD, `paymentTermsDays` after the issue date (BT-9); invoices only: a credit note is paid back, not due. */
  dueDate?: string;
  /** BT-25 / BT-26: the invoice a credit note corrects; credit notes only. */
  precedingInvoice?: { invoiceNumber: string; issueDate: string };
  /** BT-22: why a credit note was issued (the refund reason), when given. */
  note?: string;
  /** YYYY-MM-DD the goods were supplied (BT-72): the day the order was placed (UTC). */
  deliveryDate: string;
  seller: Seller & { addressLines: string[] };
  billTo: {
    name: string;
    email: string;
    address: PostalAddress;
    /** The address as printed: street lines, postcode and city, region, country code. */
    addressLines: string[];
    /** Buyer VAT identification number (BT-48). */
    vatId?: string;
    /** Buyer reference (BT-10). */
    reference?: string;
  };
  currency: string;
  lines: InvoiceLine[];
  vatBreakdown: InvoiceVatBreakdown[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export const PAYMENT_TERMS_DAYS = 14;

/**
 * The document for an order that has an invoice number. Amounts are recomputed from the stored
 * lines (`assertInvoiceable` has checked they equal the stored totals); lines stored before lines
 * had their own VAT rate take the order's. Every customer string is shown by `displayText`, the
 * rule the email and the logs use, so the PDF and its XML carry no bidi control or invisible
 * character even from an order stored before the API refused them.
 */
export function invoiceDocumentFor(order: Order, seller: Seller): InvoiceDocument {
  if (!order.invoice) throw new Error(`order ${order.orderId} has no invoice number yet`);
  const issued = new Date(order.invoice.issuedAt);
  const due = new Date(issued.getTime() + seller.paymentTermsDays * 86_400_000);
  const lines = order.lineItems.map((line) => ({
    sku: line.sku,
    description: displayText(line.description),
    quantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
    lineTotalMinor: line.lineTotalMinor,
    ...vatOfLine(order, line),
  }));
  return {
    typeCode: '380',
    invoiceNumber: order.invoice.invoiceNumber,
    issuedAt: order.invoice.issuedAt,
    issueDate: order.invoice.issuedAt.slice(0, 10),
    dueDate: due.toISOString().slice(0, 10),
    ...documentParts(order, seller, lines),
  };
}

/**
 * The credit note of a refund that has its number: the credited lines with their quantities,
 * prices and VAT as invoiced, positive amounts (EN 16931 states a credit note's amounts as
 * positive; the type code says they are credited), a VAT breakdown of the credited lines only,
 * and the invoice it corrects (BT-25, BT-26).
 */
export function creditNoteDocumentFor(order: Order, refund: Refund, seller: Seller): InvoiceDocument {
  if (!order.invoice) throw new Error(`order ${order.orderId} has no invoice to credit`);
  if (!refund.creditNote) throw new Error(`refund ${refund.refundId} of order ${order.orderId} has no credit note number yet`);
  if (refund.orderId !== order.orderId) throw new Error(`refund ${refund.refundId} belongs to order ${refund.orderId}, not ${order.orderId}`);
  const lines = refund.lines.map((line) => ({
    sku: line.sku,
    description: line.description,
    quantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
    lineTotalMinor: line.lineTotalMinor,
    vatCategory: line.vatCategory,
    taxRateBps: line.taxRateBps,
  }));
  return {
    typeCode: '381',
    invoiceNumber: refund.creditNote.creditNoteNumber,
    issuedAt: refund.creditNote.issuedAt,
    issueDate: refund.creditNote.issuedAt.slice(0, 10),
    precedingInvoice: { invoiceNumber: order.invoice.invoiceNumber, issueDate: order.invoice.issuedAt.slice(0, 10) },
    ...(refund.reason === undefined ? {} : { note: refund.reason }),
    ...documentParts(order, seller, lines),
  };
}

/** What an invoice and its credit notes share: parties, currency, the lines given and their totals. */
function documentParts(order: Order, seller: Seller, lines: (InvoiceLine & TaxedLineInput)[]) {
  const totals = computeTotals(lines);
  const { vatId, billingAddress } = order.customer;
  return {
    orderId: order.orderId,
    deliveryDate: order.createdAt.slice(0, 10),
    seller: { ...seller, addressLines: addressLinesOf(seller.address) },
    billTo: {
      name: displayText(order.customer.name),
      email: order.customer.email,
      address: postalAddressOf(billingAddress),
      addressLines: addressLinesOf(postalAddressOf(billingAddress)),
      ...(vatId === undefined ? {} : { vatId }),
      ...(order.buyerReference === undefined ? {} : { reference: displayText(order.buyerReference) }),
    },
    currency: order.currency,
    lines,
    vatBreakdown: totals.vatBreakdown.map((entry) =>
      withExemptionReason(entry, order.vatExemptionReason === undefined ? undefined : displayText(order.vatExemptionReason)),
    ),
    subtotalMinor: totals.subtotalMinor,
    taxMinor: totals.taxMinor,
    totalMinor: totals.totalMinor,
  };
}

function withExemptionReason(entry: VatBreakdownEntry, exemptionReason: string | undefined): InvoiceVatBreakdown {
  if (entry.vatCategory === 'AE') return { ...entry, exemptionReason: REVERSE_CHARGE_REASON.text, exemptionReasonCode: REVERSE_CHARGE_REASON.code };
  if (entry.vatCategory === 'E') return { ...entry, exemptionReason: exemptionReason ?? 'Exempt from VAT' };
  return entry;
}

function postalAddressOf(address: BillingAddress): PostalAddress {
  return {
    line1: displayText(address.line1),
    ...(address.line2 === undefined ? {} : { line2: displayText(address.line2) }),
    city: displayText(address.city),
    postalCode: displayText(address.postalCode),
    ...(address.region === undefined ? {} : { region: displayText(address.region) }),
    country: address.country,
  };
}

/** An address as printed: street lines, "postcode city", region, country code. */
export function addressLinesOf(address: PostalAddress): string[] {
  return [address.line1, address.line2, [address.postalCode, address.city].join(' '), address.region, address.country].filter(
    (line): line is string => Boolean(line),
  );
}

/**
 * Deterministic S3 key of an order's invoice PDF, or of one of its credit notes (same place, the
 * credit note number instead). The notifier reads the order id and the number back from it, so
 * this and `parseInvoiceObjectKey` are each other's inverse.
 */
export function invoiceObjectKey(orderId: string, invoiceNumber: string): string {
  return `invoices/${orderId}/${invoiceNumber}.pdf`;
}

/** S3 key of the UBL 2.1 XML of an invoice, beside its PDF. */
export function invoiceXmlObjectKey(orderId: string, invoiceNumber: string): string {
  return `invoices/${orderId}/${invoiceNumber}.ubl.xml`;
}

export const INVOICE_KEY_PREFIX = 'invoices/';
export const INVOICE_KEY_SUFFIX = '.pdf';
export const FAILED_KEY_PREFIX = 'failed/';

/** What an invoice PDF key names: an order's invoice, or one of its credit notes. */
export type InvoiceObject =
  | { kind: 'invoice'; orderId: string; invoiceNumber: string }
  | { kind: 'credit-note'; orderId: string; creditNoteNumber: string };

export function parseInvoiceObjectKey(key: string): InvoiceObject | undefined {
  const match = /^invoices\/([0-9A-HJKMNP-TV-Z]{26})\/(?:(INV-\d{4}-\d{6,})|(CN-\d{4}-\d{6,}))\.pdf$/.exec(key);
  if (!match) return undefined;
  return match[2] ? { kind: 'invoice', orderId: match[1]!, invoiceNumber: match[2] } : { kind: 'credit-note', orderId: match[1]!, creditNoteNumber: match[3]! };
}
