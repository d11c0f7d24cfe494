import type { Order } from './order';

/** The seller printed on every invoice; comes from configuration. */
export interface Seller {
  name: string;
  addressLines: string[];
  email: string;
  taxId?: string;
}

/**
 * Everything an invoice PDF shows, already decided: no clock, no I/O. The same document renders to
 * the same bytes.
 */
export interface InvoiceDocument {
  invoiceNumber: string;
  orderId: string;
  /** UTC ISO-8601 instant of issue; also the PDF's creation and modification date. */
  issuedAt: string;
  /** YYYY-MM-DD, `paymentTermsDays` after the issue date. */
  dueDate: string;
  seller: Seller;
  billTo: { name: string; email: string; addressLines: string[] };
  currency: string;
  lines: { sku: string; description: string; quantity: number; unitPriceMinor: number; lineTotalMinor: number }[];
  subtotalMinor: number;
  taxRateBps: number;
  taxMinor: number;
  totalMinor: number;
}

export const PAYMENT_TERMS_DAYS = 14;

/** The document for an order that has an invoice number. */
export function invoiceDocumentFor(order: Order, seller: Seller): InvoiceDocument {
  if (!order.invoice) throw new Error(`order ${order.orderId} has no invoice number yet`);
  const { billingAddress: address } = order.customer;
  const issued = new Date(order.invoice.issuedAt);
  const due = new Date(issued.getTime() + PAYMENT_TERMS_DAYS * 86_400_000);
  return {
    invoiceNumber: order.invoice.invoiceNumber,
    orderId: order.orderId,
    issuedAt: order.invoice.issuedAt,
    dueDate: due.toISOString().slice(0, 10),
    seller,
    billTo: {
      name: order.customer.name,
      email: order.customer.email,
      addressLines: [
        address.line1,
        address.line2,
        [address.postalCode, address.city].join(' '),
        address.region,
        address.country,
      ].filter((line): line is string => Boolean(line)),
    },
    currency: order.currency,
    lines: order.lineItems,
    subtotalMinor: order.subtotalMinor,
    taxRateBps: order.taxRateBps,
    taxMinor: order.taxMinor,
    totalMinor: order.totalMinor,
  };
}

/**
 * Deterministic S3 key of an order's invoice PDF. The notifier reads the order id back from it,
 * so the two functions below are each other's inverse.
 */
export function invoiceObjectKey(orderId: string, invoiceNumber: string): string {
  return `invoices/${orderId}/${invoiceNumber}.pdf`;
}

export const INVOICE_KEY_PREFIX = 'invoices/';
export const INVOICE_KEY_SUFFIX = '.pdf';
export const FAILED_KEY_PREFIX = 'failed/';

export function parseInvoiceObjectKey(key: string): { orderId: string; invoiceNumber: string } | undefined {
  const match = /^invoices\/([0-9A-HJKMNP-TV-Z]{26})\/(INV-\d{4}-\d{6,})\.pdf$/.exec(key);
  return match ? { orderId: match[1]!, invoiceNumber: match[2]! } : undefined;
}
