import { forOrder, pdfDigest, type InvoiceFiles, type InvoiceNumberer, type Logger, type OrderStore, type Tracing } from '@checkout/aws-adapters';
import { SpanKind } from '@opentelemetry/api';
import {
  assertInvoiceable,
  invoiceDocumentFor,
  invoiceObjectKey,
  invoiceXmlObjectKey,
  OrderStatusConflictError,
  type InvoiceDocument,
  type Seller,
} from '@checkout/domain';
import type { RenderedInvoice } from './renderInvoice';

export interface IssueInvoiceDeps {
  store: OrderStore;
  /** The fleet's invoice numbering (one lease-holding numberer, batched transactions). */
  numberer: Pick<InvoiceNumberer, 'numberFor'>;
  files: InvoiceFiles;
  /** The Factur-X PDF and the UBL XML of an invoice; deterministic. */
  render: (document: InvoiceDocument) => Promise<RenderedInvoice>;
  seller: Seller;
  logger: Logger;
  now: () => Date;
  /** The S3 puts get a span of their own; the PDF's metadata carries it to the notifier. */
  tracing: Pick<Tracing, 'inSpan'>;
}

export type IssueOutcome = 'issued' | 'already-issued' | 'cancelled' | 'failed-earlier';

/**
 * Turns one order into a stored invoice. Safe to run any number of times, concurrently, and to
 * resume after a crash at any point:
 *
 * 0. Check the stored order can be invoiced (a corrupt record fails before a number is spent).
 * 1. RECEIVED → PROCESSING, storing the order's request for a number (one conditional write; a
 *    CANCELLED order is left alone).
 * 2. Get the invoice number from the fleet's numberer, which numbers requests in batches, each
 *    one transaction: counter, number reservations, orders. A crash after step 1 leaves the
 *    request stored; the numberer numbers it anyway and the redelivery finds the number.
 * 3. Render the PDF and the UBL XML: deterministic, so a re-render after a crash is byte-identical.
 * 4. Record the invoice metadata and move the order to INVOICED (one transaction).
 * 5. Put the XML, then the PDF, in S3 under their deterministic keys. The PDF is last on purpose:
 *    its S3 event triggers the email, and the notifier must find the order INVOICED (and the XML
 *    stored) when it arrives.
 *
 * A redelivered message for an INVOICED order re-puts the PDF only if it is missing (the crash
 * fell between steps 4 and 5). The caller deletes the message only after this resolves.
 */
export async function issueInvoice(deps: IssueInvoiceDeps, orderId: string): Promise<IssueOutcome> {
  const log = forOrder(deps.logger, orderId);
  let order = await deps.store.requireOrder(orderId);

  if (order.status === 'CANCELLED') {
    log.info('order was cancelled; no invoice');
    return 'cancelled';
  }
  if (order.status === 'FAILED') {
    log.warn('order already failed; not retrying', { failureReason: order.failureReason });
    return 'failed-earlier';
  }
  if (order.status === 'RECEIVED' || order.status === 'PROCESSING') assertInvoiceable(order);
  if (order.status === 'RECEIVED') {
    try {
      order = await deps.store.startProcessing(orderId, deps.now());
      log.info('processing order');
    } catch (error) {
      if (!(error instanceof OrderStatusConflictError)) throw error;
      // Cancelled or taken by another worker in the meantime: start over from what is stored.
      return issueInvoice(deps, orderId);
    }
  }

  if (order.status === 'PROCESSING') {
    // An order started before numbering requests existed gets one now.
    if (!order.invoice && !order.awaitingNumber) await deps.store.requestNumber(orderId, deps.now());
    const invoice = order.invoice ?? (await deps.numberer.numberFor(orderId));
    order = { ...order, invoice };
    const rendered = await deps.render(invoiceDocumentFor(order, deps.seller));
    const objectKey = invoiceObjectKey(orderId, invoice.invoiceNumber);
    const digest = pdfDigest(rendered.pdf);
    await deps.store.completeInvoice(orderId, { invoiceNumber: invoice.invoiceNumber, objectKey, ...digest }, deps.now());
    await storeInvoice(deps, orderId, invoice.invoiceNumber, objectKey, rendered, digest.sha256);
    log.info('invoice issued', { invoiceNumber: invoice.invoiceNumber, objectKey, sizeBytes: rendered.pdf.byteLength });
    return 'issued';
  }

  // INVOICED or NOTIFIED: make sure the PDF really is in S3 (a crash may have hit before the put).
  const invoice = order.invoice!;
  const objectKey = invoice.objectKey ?? invoiceObjectKey(orderId, invoice.invoiceNumber);
  if (!(await deps.files.exists(objectKey))) {
    const rendered = await deps.render(invoiceDocumentFor(order, deps.seller));
    await storeInvoice(deps, orderId, invoice.invoiceNumber, objectKey, rendered, pdfDigest(rendered.pdf).sha256);
    log.warn('invoice PDF was missing after a crash; stored it again', { invoiceNumber: invoice.invoiceNumber, objectKey });
    return 'issued';
  }
  log.info('order already invoiced; nothing to do', { invoiceNumber: invoice.invoiceNumber });
  return 'already-issued';
}

/** The XML first, then the PDF, whose S3 event emails the customer. */
async function storeInvoice(
  deps: IssueInvoiceDeps,
  orderId: string,
  invoiceNumber: string,
  objectKey: string,
  rendered: RenderedInvoice,
  sha256: string,
): Promise<void> {
  await deps.tracing.inSpan('store invoice', { kind: SpanKind.CLIENT, attributes: { 'order.id': orderId, 'aws.s3.key': objectKey } }, async () => {
    await deps.files.putInvoiceXml(invoiceXmlObjectKey(orderId, invoiceNumber), rendered.ublXml, { orderId, invoiceNumber });
    await deps.files.putInvoicePdf(objectKey, rendered.pdf, { orderId, invoiceNumber, sha256 });
  });
}
