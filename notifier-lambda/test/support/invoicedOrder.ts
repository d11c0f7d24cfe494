import { pdfDigest, type InvoiceFiles, type InvoiceNumbers, type IssuedInvoice, type OrderStore, type StoredOrder } from '@checkout/aws-adapters';
import { invoiceObjectKey, newOrder, type PricedOrderRequest, type Customer } from '@checkout/domain';
import { randomUUID } from 'node:crypto';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';

/** A customer with an address no other test uses, so inbox lookups by recipient are exact. */
export function aCustomer(overrides: Partial<Customer> = {}): Customer {
  return { ...anOrderRequest().customer, email: `customer-${randomUUID()}@example.com`, ...overrides };
}

export interface ArrangedInvoice {
  order: StoredOrder;
  key: string;
  pdf: Uint8Array;
  /** What `completeInvoice` takes, for a test that completes the invoice itself. */
  issued: IssuedInvoice;
}

/**
 * Drives the real OrderStore the way the invoice worker does: RECEIVED → PROCESSING → invoice
 * number → PDF in S3 → INVOICED. With `complete: false` it stops after the upload, which is where
 * an S3 event can overtake the worker.
 */
export async function anInvoicedOrder(
  store: OrderStore,
  numbers: InvoiceNumbers,
  files: InvoiceFiles,
  overrides: Partial<PricedOrderRequest> & { complete?: boolean } = {},
): Promise<ArrangedInvoice> {
  const { complete = true, ...request } = overrides;
  const now = new Date();
  const order = newOrder(anOrderRequest({ customer: aCustomer(), ...request }), now);
  await store.createOrder(order);
  await store.startProcessing(order.orderId, now);
  const { invoiceNumber } = await numbers.numberOne(order.orderId, now);
  const key = invoiceObjectKey(order.orderId, invoiceNumber);
  const pdf = new TextEncoder().encode(`%PDF-1.7\n% ${invoiceNumber} ${order.orderId}\n%%EOF\n`);
  const digest = pdfDigest(pdf);
  await files.putInvoicePdf(key, pdf, { orderId: order.orderId, invoiceNumber, sha256: digest.sha256 });
  const issued = { invoiceNumber, objectKey: key, ...digest };
  if (complete) await store.completeInvoice(order.orderId, issued, now);
  return { order: await store.requireOrder(order.orderId), key, pdf, issued };
}
