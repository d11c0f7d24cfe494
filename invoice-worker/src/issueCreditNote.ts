import { forOrder, pdfDigest, type CreditNoteNumbers, type InvoiceFiles, type Logger, type OrderStore, type RefundStore, type Tracing } from '@checkout/aws-adapters';
import { SpanKind } from '@opentelemetry/api';
import { creditNoteDocumentFor, invoiceObjectKey, invoiceXmlObjectKey, type InvoiceDocument, type Seller } from '@checkout/domain';
import type { RenderedInvoice } from './renderInvoice';

export interface IssueCreditNoteDeps {
  store: Pick<OrderStore, 'requireOrder'>;
  refunds: Pick<RefundStore, 'requireRefund' | 'completeCreditNote'>;
  creditNoteNumbers: Pick<CreditNoteNumbers, 'numberCreditNote'>;
  files: Pick<InvoiceFiles, 'exists' | 'putInvoiceXml' | 'putInvoicePdf'>;
  /** The Factur-X PDF and the UBL XML of a document; deterministic. */
  render: (document: InvoiceDocument) => Promise<RenderedInvoice>;
  seller: Seller;
  logger: Logger;
  now: () => Date;
  tracing: Pick<Tracing, 'inSpan'>;
}

export type CreditNoteOutcome = 'issued' | 'already-issued' | 'failed-earlier';

/**
 * Turns one refund into a stored credit note, as `issueInvoice` does for an order, and as safe to
 * run any number of times, concurrently, and to resume after a crash at any point:
 *
 * 1. Get the refund's credit note number: the one it has, or the next of the credit note series
 *    (one transaction: counter, reservation, refund). A crash after it leaves the number on the
 *    refund; the redelivery finds it and uses it.
 * 2. Render the PDF and the UBL XML from the order, the refund and its number: deterministic, so a
 *    re-render after a crash is byte-identical.
 * 3. Record the credit note (key, SHA-256, size) and move the refund to CREDITED (one transaction).
 * 4. Put the XML, then the PDF, under `invoices/<orderId>/<creditNoteNumber>.pdf`. The PDF is last:
 *    its S3 event emails the customer, who must find the refund CREDITED and the XML stored.
 *
 * A redelivered message for a CREDITED or NOTIFIED refund re-puts the files only if the PDF is
 * missing (the crash fell between steps 3 and 4). The caller deletes the message after this.
 */
export async function issueCreditNote(deps: IssueCreditNoteDeps, message: { orderId: string; refundId: string }): Promise<CreditNoteOutcome> {
  const { orderId, refundId } = message;
  const log = forOrder(deps.logger, orderId);
  let refund = await deps.refunds.requireRefund(refundId, orderId);
  if (refund.status === 'FAILED') {
    log.warn('refund already failed; not retrying', { refundId, failureReason: refund.failureReason });
    return 'failed-earlier';
  }
  const order = await deps.store.requireOrder(orderId);

  if (refund.status === 'REQUESTED') {
    const creditNote = refund.creditNote ?? (await deps.creditNoteNumbers.numberCreditNote(refundId, deps.now()));
    refund = { ...refund, creditNote };
    const rendered = await deps.render(creditNoteDocumentFor(order, refund, deps.seller));
    const objectKey = invoiceObjectKey(orderId, creditNote.creditNoteNumber);
    const digest = pdfDigest(rendered.pdf);
    await deps.refunds.completeCreditNote(refundId, { creditNoteNumber: creditNote.creditNoteNumber, objectKey, ...digest }, deps.now());
    await store(deps, orderId, creditNote.creditNoteNumber, objectKey, rendered, digest.sha256);
    log.info('credit note issued', {
      refundId,
      creditNoteNumber: creditNote.creditNoteNumber,
      invoiceNumber: order.invoice?.invoiceNumber,
      objectKey,
      totalMinor: refund.totalMinor,
    });
    return 'issued';
  }

  // CREDITED or NOTIFIED: make sure the PDF really is in S3 (a crash may have hit before the put).
  const creditNote = refund.creditNote!;
  const objectKey = creditNote.objectKey ?? invoiceObjectKey(orderId, creditNote.creditNoteNumber);
  if (!(await deps.files.exists(objectKey))) {
    const rendered = await deps.render(creditNoteDocumentFor(order, refund, deps.seller));
    await store(deps, orderId, creditNote.creditNoteNumber, objectKey, rendered, pdfDigest(rendered.pdf).sha256);
    log.warn('credit note PDF was missing after a crash; stored it again', { refundId, creditNoteNumber: creditNote.creditNoteNumber, objectKey });
    return 'issued';
  }
  log.info('credit note already issued; nothing to do', { refundId, creditNoteNumber: creditNote.creditNoteNumber });
  return 'already-issued';
}

/** The XML first, then the PDF, whose S3 event emails the customer. */
async function store(
  deps: IssueCreditNoteDeps,
  orderId: string,
  creditNoteNumber: string,
  objectKey: string,
  rendered: RenderedInvoice,
  sha256: string,
): Promise<void> {
  await deps.tracing.inSpan('store credit note', { kind: SpanKind.CLIENT, attributes: { 'order.id': orderId, 'aws.s3.key': objectKey } }, async () => {
    await deps.files.putInvoiceXml(invoiceXmlObjectKey(orderId, creditNoteNumber), rendered.ublXml, { orderId, invoiceNumber: creditNoteNumber });
    await deps.files.putInvoicePdf(objectKey, rendered.pdf, { orderId, invoiceNumber: creditNoteNumber, sha256 });
  });
}
