import { displayText } from './customerText';
import { vatOfLine, type Order } from './order';
import type { BillingAddress } from './orderRequest';
import { computeTotals, type VatBreakdownEntry } from './totals';
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
 * Everything an invoice shows, in the PDF and in its EN 16931 XML, already decided: no clock, no
 * I/O. The same document renders to the same bytes.
 */
export interface InvoiceDocument {
  /** UNTDID 1001: 380 commercial invoice. */
  typeCode: '380';
  invoiceNumber: string;
  orderId: string;
  /** UTC ISO-8601 instant of issue; also the PDF's creation and modification date. */
  issuedAt: string;
  /** YYYY-MM-DD (UTC) of `issuedAt` (BT-2). */
  issueDate: string;
  /** YYYY-MM-DD, `paymentTermsDays` after the issue date (BT-9). */
  dueDate: string;
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
  const totals = computeTotals(lines);
  const { vatId, billingAddress } = order.customer;
  return {
    typeCode: '380',
    invoiceNumber: order.invoice.invoiceNumber,
    orderId: order.orderId,
    issuedAt: order.invoice.issuedAt,
    issueDate: order.invoice.issuedAt.slice(0, 10),
    dueDate: due.toISOString().slice(0, 10),
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
 * Deterministic S3 key of an order's invoice PDF. The notifier reads the order id back from it,
 * so the two functions below are each other's inverse.
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

export function parseInvoiceObjectKey(key: string): { orderId: string; invoiceNumber: string } | undefined {
  const match = /^invoices\/([0-9A-HJKMNP-TV-Z]{26})\/(INV-\d{4}-\d{6,})\.pdf$/.exec(key);
  return match ? { orderId: match[1]!, invoiceNumber: match[2]! } : undefined;
}
