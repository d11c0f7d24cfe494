import { ulid } from 'ulid';
import { type BillingAddress, type Customer, type PricedOrderRequest, taxedLinesOf } from './orderRequest';
import type { OrderStatus } from './orderStatus';
import { computeTotals, lineTotalMinor, type Totals, type VatBreakdownEntry } from './totals';
import { defaultVatCategory, type VatCategory } from './vat';

export interface LineItem {
  sku: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  /** Absent on orders stored before lines had their own VAT: see `vatOfLine`. */
  vatCategory?: VatCategory;
  taxRateBps?: number;
}

/** The invoice of an order, once one is issued. */
export interface OrderInvoice {
  invoiceNumber: string;
  /** UTC ISO-8601 instant the number was assigned; the PDF's issue date is its date part. */
  issuedAt: string;
  /** S3 key of the PDF; present once the PDF is stored. */
  objectKey?: string;
}

export interface OrderNotification {
  /** Message-ID of the latest email sent (the first one, or the latest resend). */
  messageId?: string;
  /** When the first email went out. */
  notifiedAt?: string;
  /** The last failed attempt, kept so an operator sees why a customer got no email. */
  lastError?: string;
  failedAttempts?: number;
  /** An operator asked for the email to be sent again (`npm run ops -- resend`); not sent yet. */
  resendRequestedAt?: string;
  /** How many times the email was sent again on request, and when last. */
  resends?: number;
  resentAt?: string;
}

/** An order as stored. Every time is a UTC ISO-8601 string; every amount integer minor units. */
export interface Order extends Totals {
  orderId: string;
  status: OrderStatus;
  customer: Customer;
  /**
   * The Cognito `sub` of the customer account that placed the order; only that account (and the
   * shop) may see it. Absent when the shop placed the order with its client-credentials token.
   */
  customerId?: string;
  currency: string;
  /** The order's default VAT rate; each line carries the rate that applies to it. */
  taxRateBps: number;
  lineItems: LineItem[];
  /** EN 16931 BT-10, when the buyer gave one. */
  buyerReference?: string;
  /** Why lines in VAT category E are exempt; present when there are such lines. */
  vatExemptionReason?: string;
  createdAt: string;
  updatedAt: string;
  invoice?: OrderInvoice;
  notification?: OrderNotification;
  /** Why the order is FAILED, or why its last processing attempt failed. */
  failureReason?: string;
  /** When the order entered each status it has been in (UTC ISO-8601). */
  statusTimestamps: Partial<Record<OrderStatus, string>>;
  /** Its refunds, oldest first (ULIDs); absent until the first. */
  refundIds?: string[];
  /** Quantity of each line (by position) refunded so far, with every refund requested counted. */
  refundedQuantities?: number[];
  /** How many times an operator reopened the order after it FAILED, and when last (`npm run ops -- redrive`). */
  redrives?: number;
  redrivenAt?: string;
}

export type { BillingAddress, Customer };

/**
 * Builds a new RECEIVED order with computed totals from a priced request (at checkout, the catalog
 * priced it: `priceOrder`). Pure: id and clock are passed in.
 */
export function newOrder(request: PricedOrderRequest, now: Date, orderId: string = ulid(now.getTime())): Order {
  const taxRateBps = request.taxRateBps ?? 0;
  const lineItems = taxedLinesOf(request).map((line) => ({ ...line, lineTotalMinor: lineTotalMinor(line) }));
  const timestamp = now.toISOString();
  return {
    orderId,
    status: 'RECEIVED',
    customer: request.customer,
    currency: request.currency,
    taxRateBps,
    lineItems,
    ...(request.buyerReference === undefined ? {} : { buyerReference: request.buyerReference }),
    ...(request.vatExemptionReason === undefined ? {} : { vatExemptionReason: request.vatExemptionReason }),
    ...computeTotals(lineItems),
    createdAt: timestamp,
    updatedAt: timestamp,
    statusTimestamps: { RECEIVED: timestamp },
  };
}

/** The VAT category and rate of a stored line; lines stored before they had their own take the order's. */
export function vatOfLine(order: Pick<Order, 'taxRateBps'>, line: LineItem): { vatCategory: VatCategory; taxRateBps: number } {
  const taxRateBps = line.taxRateBps ?? order.taxRateBps;
  return { taxRateBps, vatCategory: line.vatCategory ?? defaultVatCategory(taxRateBps) };
}

/** The order's VAT breakdown; orders stored before it existed get it recomputed from their lines. */
export function vatBreakdownOf(order: Order): VatBreakdownEntry[] {
  return order.vatBreakdown ?? computeTotals(order.lineItems.map((line) => ({ ...line, ...vatOfLine(order, line) }))).vatBreakdown;
}

/** A ULID: 26 Crockford base-32 characters. */
export const ORDER_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const isOrderId = (value: string): boolean => ORDER_ID_PATTERN.test(value);
