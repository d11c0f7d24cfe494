import { DeleteObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand, type Message } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CreditNoteNumbers, seriesKey } from '@checkout/aws-adapters';
import { creditNoteSeriesFor, invoiceSeriesFor, invoiceXmlObjectKey } from '@checkout/domain';
import { fixedClock, testClocks } from '../../../local-stack/test/support/clocks';
import { eventually } from '../../../local-stack/test/support/eventually';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { handleDeadLetter, issueCreditNote, startInvoiceWorker, sweepOutbox, type InvoiceWorker } from '../../src';
import { checkFacturXPdf, extractFacturXml, validateCiiXml } from '../support/eInvoiceChecks';
import { ruleViolationsOf, semanticInvoiceFromCii, semanticInvoiceFromUbl } from '../support/semanticInvoice';
import {
  creditNoteRecords,
  creditNotesStored,
  fastOptions,
  invoicesStored,
  objectKeys,
  queuedOrders,
  queuedRefund,
  refundStoreFor,
  storeFor,
  workerDeps,
} from '../support/workerHarness';

let stage: TestStage;
let deps: Awaited<ReturnType<typeof workerDeps>>;
const workers: InvoiceWorker[] = [];

/** Invoiced orders (3 lines each: SKU-1 × 1, SKU-2 × 2, SKU-3 × 3), each used by one test. */
let invoicedOrderIds: string[] = [];
const anInvoicedOrderId = () => invoicedOrderIds.pop()!;

beforeAll(async () => {
  stage = await createTestStage('credit-notes');
  deps = await workerDeps(stage);
  invoicedOrderIds = await queuedOrders(stage, 12, 3);
  const worker = startInvoiceWorker(deps, fastOptions(stage));
  await invoicesStored(stage, invoicedOrderIds);
  await worker.stop(10_000);
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop(10_000)));
});
afterAll(async () => {
  await deps.numberer.stop();
  stage.close();
});

const pdfOf = async (key: string) =>
  (await (await stage.clients.s3.send(new GetObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: key }))).Body!.transformToByteArray());
const textOf = async (key: string) =>
  (await stage.clients.s3.send(new GetObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: key }))).Body!.transformToString('utf-8');

describe('credit notes from the invoice worker on the real queue, tables and bucket', () => {
  it('issues a Factur-X credit note per refund: type 381, its own number, the invoice it credits, the credited lines; UBL CreditNote beside it', async () => {
    const orderId = anInvoicedOrderId();
    const order = await storeFor(stage).requireOrder(orderId);
    const first = await queuedRefund(stage, orderId, { lines: [{ lineNumber: 3, quantity: 2 }], reason: 'Damaged in transit' });
    const second = await queuedRefund(stage, orderId, { lines: [{ sku: 'SKU-1', quantity: 1 }] });
    workers.push(startInvoiceWorker(deps, fastOptions(stage)));

    const refunds = await creditNotesStored(stage, [first, second]);

    const numbers = refunds.map((r) => r.creditNote!.creditNoteNumber);
    expect(new Set(numbers).size).toBe(2);
    for (const number of numbers) expect(number).toMatch(new RegExp(`^CN-${new Date().getUTCFullYear()}-\\d{6}$`));
    const refund = refunds[0]!;
    const pdf = await pdfOf(refund.creditNote!.objectKey!);
    expect(refund.creditNote!.objectKey).toBe(`invoices/${orderId}/${refund.creditNote!.creditNoteNumber}.pdf`);
    expect(await checkFacturXPdf(pdf)).toEqual([]);
    const cii = await extractFacturXml(pdf);
    expect(await validateCiiXml(cii)).toEqual({ valid: true, errors: [] });
    const ubl = await textOf(invoiceXmlObjectKey(orderId, refund.creditNote!.creditNoteNumber));
    expect(ubl).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    for (const xml of [cii, ubl]) {
      expect(ruleViolationsOf(xml)).toEqual([]);
      const creditNote = xml === cii ? semanticInvoiceFromCii(xml) : semanticInvoiceFromUbl(xml);
      expect(creditNote).toMatchObject({ typeCode: '381', number: refund.creditNote!.creditNoteNumber, totalWithVat: '47.98' });
      expect(creditNote.precedingInvoices?.[0]?.number).toBe(order.invoice!.invoiceNumber);
      expect(creditNote.lines.map((line) => [line.itemName, line.quantity, line.netAmount])).toEqual([['Item number 3', '2', '39.98']]);
    }
    // The order keeps its invoice and its status.
    expect(await storeFor(stage).requireOrder(orderId)).toMatchObject({ status: 'INVOICED', invoice: order.invoice });
  });

  it('issues one credit note when the same refund is delivered several times, even at once to two workers', async () => {
    const orderId = anInvoicedOrderId();
    const refundId = await queuedRefund(stage, orderId, { lines: [{ lineNumber: 2, quantity: 1 }] });
    for (let i = 0; i < 4; i++) {
      await stage.clients.sqs.send(new SendMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MessageBody: JSON.stringify({ orderId, refundId }) }));
    }
    workers.push(startInvoiceWorker(deps, fastOptions(stage)), startInvoiceWorker(deps, fastOptions(stage)));

    const [refund] = await creditNotesStored(stage, [refundId]);
    await eventually('queue drained', async () => workers.every((w) => w.inFlight === 0) && (await objectKeys(stage, `invoices/${orderId}/CN-`)).length === 2);

    expect((await creditNoteRecords(stage)).filter((r) => r.refundId === refundId)).toEqual([
      { creditNoteNumber: refund!.creditNote!.creditNoteNumber, refundId, orderId },
    ]);
    expect((await objectKeys(stage, `invoices/${orderId}/`)).sort()).toEqual(
      [
        `invoices/${orderId}/${refund!.creditNote!.creditNoteNumber}.pdf`,
        `invoices/${orderId}/${refund!.creditNote!.creditNoteNumber}.ubl.xml`,
        (await storeFor(stage).requireOrder(orderId)).invoice!.objectKey!,
        invoiceXmlObjectKey(orderId, (await storeFor(stage).requireOrder(orderId)).invoice!.invoiceNumber),
      ].sort(),
    );
  });

  it('resumes a refund whose earlier attempt crashed after numbering, with the same number, and re-stores a lost PDF byte for byte', async () => {
    const orderId = anInvoicedOrderId();
    const refundId = await queuedRefund(stage, orderId, {}, { queue: false });
    const numbered = await deps.creditNoteNumbers.numberCreditNote(refundId, new Date());

    expect(await issueCreditNote(deps, { orderId, refundId })).toBe('issued');
    const refund = await refundStoreFor(stage).requireRefund(refundId);
    expect(refund).toMatchObject({ status: 'CREDITED', creditNote: { creditNoteNumber: numbered.creditNoteNumber, issuedAt: numbered.issuedAt } });
    const key = refund.creditNote!.objectKey!;
    const original = await pdfOf(key);

    // A crash between the CREDITED write and the S3 put: the next delivery stores the same bytes.
    await stage.clients.s3.send(new DeleteObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: key }));
    expect(await issueCreditNote(deps, { orderId, refundId })).toBe('issued');
    expect(Buffer.from(await pdfOf(key)).equals(Buffer.from(original))).toBe(true);
    expect(await issueCreditNote(deps, { orderId, refundId })).toBe('already-issued');
  });

  it('fails a dead-lettered refund that has no number and leaves its invoiced order alone', async () => {
    const orderId = anInvoicedOrderId();
    const refundId = await queuedRefund(stage, orderId, {}, { queue: false });
    await refundStoreFor(stage).recordFailureReason(refundId, 'renderer exploded', new Date());
    const message: Message = { MessageId: `dlq-${refundId}`, Body: JSON.stringify({ orderId, refundId }), Attributes: { ApproximateReceiveCount: '3' } };

    await handleDeadLetter(deps, message);

    expect(await refundStoreFor(stage).requireRefund(refundId)).toMatchObject({ status: 'FAILED', failureReason: 'renderer exploded' });
    expect(await storeFor(stage).requireOrder(orderId)).toMatchObject({ status: 'INVOICED' });
    expect(await issueCreditNote(deps, { orderId, refundId })).toBe('failed-earlier');
    expect((await objectKeys(stage, 'failed/')).some((key) => key.endsWith(`/${orderId}/dlq-${refundId}.json`))).toBe(true);
  });

  it('re-sends a refund whose queue send never happened (outbox sweep), and it gets its credit note', async () => {
    const orderId = anInvoicedOrderId();
    const refundId = await queuedRefund(stage, orderId, { lines: [{ lineNumber: 1, quantity: 1 }] }, { queue: false });
    workers.push(startInvoiceWorker(deps, fastOptions(stage)));

    expect(await sweepOutbox(deps, -1)).toBeGreaterThanOrEqual(1);

    await creditNotesStored(stage, [refundId]);
    expect(await refundStoreFor(stage).requireRefund(refundId)).toMatchObject({ awaitingQueue: false });
  });
});

describe.each(testClocks)('credit note numbering on %s', (_name, makeClock) => {
  it('numbers racing refunds gaplessly in the credit note series of the clock\'s year, once each, without touching the invoice series', async () => {
    const clock = makeClock();
    const now = clock();
    const series = creditNoteSeriesFor(now);
    const counter = async (key: string) =>
      ((await stage.clients.dynamo.send(new GetCommand({ TableName: stage.resources.ordersTable, Key: seriesKey(key), ConsistentRead: true }))).Item
        ?.lastSequence as number | undefined) ?? 0;
    const invoicesBefore = await counter(invoiceSeriesFor(now));
    const before = await counter(series);
    const orderId = anInvoicedOrderId();
    const refundIds: string[] = [];
    for (const lineNumber of [1, 2, 2, 3, 3, 3]) refundIds.push(await queuedRefund(stage, orderId, { lines: [{ lineNumber, quantity: 1 }] }, { queue: false }));
    const numberers = [0, 1, 2].map(() => new CreditNoteNumbers(stage.clients.dynamo, stage.resources.ordersTable));

    const results = await Promise.all(refundIds.flatMap((id) => numberers.map((numberer) => numberer.numberCreditNote(id, fixedClock(now)()))));

    const byRefund = new Map<string, Set<string>>();
    results.forEach((creditNote, i) => {
      const id = refundIds[Math.floor(i / 3)]!;
      byRefund.set(id, (byRefund.get(id) ?? new Set()).add(creditNote.creditNoteNumber));
    });
    expect([...byRefund.values()].every((numbers) => numbers.size === 1)).toBe(true);
    const sequences = [...byRefund.values()].map((numbers) => Number([...numbers][0]!.slice(-6))).sort((a, b) => a - b);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6].map((n) => before + n));
    expect([...byRefund.values()].every((numbers) => [...numbers][0]!.startsWith(`${series}-`))).toBe(true);
    expect(await counter(series)).toBe(before + 6);
    expect(await counter(invoiceSeriesFor(now))).toBe(invoicesBefore);
  });
});
