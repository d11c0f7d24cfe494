import { CreditNoteNumbers, createLogger, NO_METRICS, NO_TRACING, DocumentLinkGenerations, documentLinkKeySource, InvoiceFiles, InvoiceNumbers, OrderStore, pdfDigest, RefundStore } from '@checkout/aws-adapters';
import { invoiceObjectKey, newRefund, refundedQuantitiesAfter, refundLinesFor, type RefundRequest } from '@checkout/domain';
import { randomUUID } from 'node:crypto';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { createMailer, createNotifier, CreditNoteNotReadyError, loadNotifierConfig, NotificationsFailedError, type Mailer, type Notifier } from '../../src';
import { aCustomer, anInvoicedOrder } from '../support/invoicedOrder';
import { documentLinkFollower } from '../support/documentLinks';
import { emailsTo } from '../support/mailInbox';
import { anS3Event } from '../support/s3Event';

let stage: TestStage;
let store: OrderStore;
let refunds: RefundStore;
let files: InvoiceFiles;
let numbers: InvoiceNumbers;
let creditNoteNumbers: CreditNoteNumbers;
let mailer: Mailer;
let notifier: Notifier;

beforeAll(async () => {
  stage = await createTestStage('credit-note-emails');
  const config = loadNotifierConfig({ ...stage.env, MAIL_FROM: 'Example Trading <billing@example.com>' });
  const tables = { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable };
  store = new OrderStore(stage.clients.dynamo, tables);
  refunds = new RefundStore(stage.clients.dynamo, tables);
  files = new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket);
  numbers = new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);
  creditNoteNumbers = new CreditNoteNumbers(stage.clients.dynamo, stage.resources.ordersTable);
  mailer = createMailer(config);
  notifier = createNotifier({
    store,
    refunds,
    links: new DocumentLinkGenerations(stage.clients.dynamo, stage.resources.ordersTable),
    linkKeys: documentLinkKeySource(config),
    mailer,
    clock: () => new Date(),
    logger: createLogger('credit-note-test', 'SILENT'),
    files,
    metrics: NO_METRICS,
    tracing: NO_TRACING,
    config,
  });
  follow = documentLinkFollower(stage);
});
let follow: ReturnType<typeof documentLinkFollower>;
afterAll(() => {
  mailer.close();
  stage.close();
});

/**
 * An invoiced order with a refund driven as the worker drives it: numbered, PDF stored, CREDITED
 * (or, with `complete: false`, stopped after the upload, where an S3 event can overtake the worker).
 */
async function aCreditedRefund(request: RefundRequest, options: { complete?: boolean } = {}) {
  const customer = aCustomer();
  const { order } = await anInvoicedOrder(store, numbers, files, { customer });
  const lines = refundLinesFor(order, request);
  const refund = newRefund(order, lines, request.reason, new Date());
  await refunds.createRefund(order, refund, refundedQuantitiesAfter(order, lines), { key: randomUUID(), fingerprint: 'f', expiresAt: Math.floor(Date.now() / 1000) + 600 });
  const { creditNoteNumber } = await creditNoteNumbers.numberCreditNote(refund.refundId, new Date());
  const key = invoiceObjectKey(order.orderId, creditNoteNumber);
  const pdf = new TextEncoder().encode(`%PDF-1.7\n% ${creditNoteNumber}\n%%EOF\n`);
  await files.putInvoicePdf(key, pdf, { orderId: order.orderId, invoiceNumber: creditNoteNumber, sha256: pdfDigest(pdf).sha256 });
  const issued = { creditNoteNumber, objectKey: key, ...pdfDigest(pdf) };
  if (options.complete !== false) await refunds.completeCreditNote(refund.refundId, issued, new Date());
  return { order, refundId: refund.refundId, creditNoteNumber, key, customer, pdf, issued };
}

const eventFor = (key: string) => anS3Event({ bucket: stage.resources.invoicesBucket, key });

describe('credit note emails against DynamoDB Local, the S3 emulator and maildev', () => {
  it('emails the customer the credit note with a working link, naming the invoice it credits, and marks the refund NOTIFIED', async () => {
    const { order, refundId, creditNoteNumber, key, customer, pdf } = await aCreditedRefund({ lines: [{ lineNumber: 2, quantity: 1 }], reason: 'Arrived <broken>' });

    const outcomes = await notifier.handle(eventFor(key));

    expect(outcomes).toEqual([{ outcome: 'sent', key, orderId: order.orderId, messageId: expect.any(String), resent: false }]);
    const [email, ...more] = await emailsTo(customer.email);
    expect(more).toEqual([]);
    expect(email!.subject).toBe(`Your credit note ${creditNoteNumber}`);
    expect(email!.text).toContain(`Credit note ${creditNoteNumber} credits 23.99 EUR against invoice ${order.invoice!.invoiceNumber}.`);
    expect(email!.text).toContain('1 x \u2068Item number 2\u2069: 19.99 EUR');
    expect(email!.text).toContain('Total credited: 23.99 EUR');
    expect(email!.html).toContain('Reason: <bdi>Arrived &lt;broken&gt;</bdi>');
    const link = email!.text!.split('\n').find((line) => line.startsWith('http'))!;
    const redirect = await follow(link);
    expect(redirect.status).toBe(303);
    const download = await fetch(redirect.headers.get('location')!);
    expect(download.headers.get('content-disposition')).toContain(`${creditNoteNumber}.pdf`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect(await refunds.requireRefund(refundId)).toMatchObject({ status: 'NOTIFIED', notification: { messageId: email!.headers['message-id'] } });
    // The invoice's own notification is untouched: the order is still INVOICED, waiting for its event.
    expect(await store.requireOrder(order.orderId)).toMatchObject({ status: 'INVOICED' });
  });

  it('sends one email per credit note when the S3 event is delivered repeatedly and concurrently', async () => {
    const { key, customer } = await aCreditedRefund({});

    const outcomes = await Promise.all(Array.from({ length: 5 }, () => notifier.notify({ bucket: stage.resources.invoicesBucket, key })));
    const later = await notifier.notify({ bucket: stage.resources.invoicesBucket, key });

    expect(outcomes.filter((o) => o.outcome === 'sent')).toHaveLength(1);
    expect(later).toMatchObject({ outcome: 'skipped', reason: 'already-notified' });
    expect(await emailsTo(customer.email)).toHaveLength(1);
  });

  it('fails the event for a retry when the PDF overtook the CREDITED write, then sends once it is written', async () => {
    const { refundId, key, customer, issued } = await aCreditedRefund({ lines: [{ lineNumber: 1, quantity: 1 }] }, { complete: false });

    const early = notifier.handle(eventFor(key));
    await expect(early).rejects.toThrow(NotificationsFailedError);
    await early.catch((error: NotificationsFailedError) => expect(error.errors[0]).toBeInstanceOf(CreditNoteNotReadyError));
    expect(await emailsTo(customer.email)).toEqual([]);

    await refunds.completeCreditNote(refundId, issued, new Date());
    expect((await notifier.handle(eventFor(key)))[0]).toMatchObject({ outcome: 'sent' });
    expect(await emailsTo(customer.email)).toHaveLength(1);
  });

  it('ignores a credit note PDF whose number no refund has', async () => {
    const { order } = await anInvoicedOrder(store, numbers, files, { customer: aCustomer() });

    const outcome = await notifier.notify({ bucket: stage.resources.invoicesBucket, key: invoiceObjectKey(order.orderId, 'CN-2020-999999') });

    expect(outcome).toMatchObject({ outcome: 'skipped', reason: 'unknown-credit-note' });
  });
});
