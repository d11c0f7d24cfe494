import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { decimalString, invoiceXmlObjectKey, newOrder } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { eventually } from '../../../local-stack/test/support/eventually';
import { fixedClock, justBeforeNewYear } from '../../../local-stack/test/support/clocks';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { issueInvoice, startInvoiceWorker, sweepOutbox, type InvoiceWorker } from '../../src';
import { ruleViolationsOf, semanticInvoiceFromUbl } from '../support/semanticInvoice';
import { expectExactlyOneInvoiceEach, fastOptions, invoicesStored, objectKeys, queuedOrders, storeFor, workerDeps } from '../support/workerHarness';

let stage: TestStage;
let deps: Awaited<ReturnType<typeof workerDeps>>;
const workers: InvoiceWorker[] = [];

beforeAll(async () => {
  stage = await createTestStage('worker');
  deps = await workerDeps(stage);
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop(10_000)));
});
afterAll(async () => {
  await deps.numberer.stop();
  stage.close();
});

const invoiced = (orderIds: string[]) => invoicesStored(stage, orderIds);

describe('invoice worker on the real queue, tables and bucket', () => {
  it('invoices queued orders, storing each PDF with the order id and invoice number as metadata', async () => {
    const orderIds = await queuedOrders(stage, 5);
    workers.push(startInvoiceWorker(deps, fastOptions(stage)));
    const orders = await invoiced(orderIds);
    await expectExactlyOneInvoiceEach(stage, orderIds);
    const order = orders[0]!;
    const object = await stage.clients.s3.send(new GetObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: order.invoice!.objectKey }));
    expect(object.ContentType).toBe('application/pdf');
    expect(object.Metadata).toEqual({ 'order-id': order.orderId, 'invoice-number': order.invoice!.invoiceNumber });
  });

  it('stores the UBL 2.1 invoice beside each PDF, carrying its number, lines and totals, passing the EN 16931 rules', async () => {
    const orderIds = await queuedOrders(stage, 2);
    workers.push(startInvoiceWorker(deps, fastOptions(stage)));
    for (const order of await invoiced(orderIds)) {
      const key = invoiceXmlObjectKey(order.orderId, order.invoice!.invoiceNumber);
      const object = await stage.clients.s3.send(new GetObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: key }));
      const xml = await object.Body!.transformToString('utf-8');
      expect(object.ContentType).toBe('application/xml; charset=utf-8');
      expect(ruleViolationsOf(xml)).toEqual([]);
      const invoice = semanticInvoiceFromUbl(xml);
      expect(invoice.number).toBe(order.invoice!.invoiceNumber);
      expect(invoice.lines.map((line) => line.itemName)).toEqual(order.lineItems.map((line) => line.description));
      expect(invoice.amountDue).toBe(decimalString(order.totalMinor, 2));
    }
  });

  it('numbers and dates invoices by its clock: issued 10 s before New Year, they carry that year\'s series and date', async () => {
    const clock = fixedClock(justBeforeNewYear());
    const orderIds = await queuedOrders(stage, 3);
    // Another process on that clock: its own numberer, which takes over the lease.
    await deps.numberer.stop();
    deps = await workerDeps(stage, clock);
    workers.push(startInvoiceWorker(deps, fastOptions(stage)));
    const orders = await invoiced(orderIds);
    const year = clock().getUTCFullYear();
    for (const order of orders) {
      expect(order.invoice).toMatchObject({ invoiceNumber: expect.stringMatching(new RegExp(`^INV-${year}-\\d{6}$`)), issuedAt: clock().toISOString() });
    }
    await expectExactlyOneInvoiceEach(stage, orderIds);
  });

  it('keeps receiving and invoicing while a slow invoice of an earlier receive is still rendering', async () => {
    const [slowOrderId] = await queuedOrders(stage, 1);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let slowStarted!: () => void;
    const slowRendering = new Promise<void>((resolve) => (slowStarted = resolve));
    const render: typeof deps.render = async (doc) => {
      if (doc.orderId === slowOrderId) {
        slowStarted();
        await released;
      }
      return deps.render(doc);
    };
    workers.push(startInvoiceWorker({ ...deps, render }, { ...fastOptions(stage), pollers: 2 }));
    await slowRendering;
    try {
      const later = await queuedOrders(stage, 5);
      await invoiced(later);
      expect((await storeFor(stage).getOrder(slowOrderId!))?.status).toBe('PROCESSING');
    } finally {
      release();
    }
    await invoiced([slowOrderId!]);
  });

  it('issues one invoice when the same order is delivered several times, even at once to two workers', async () => {
    const [orderId] = await queuedOrders(stage, 1);
    for (let i = 0; i < 4; i++) {
      await stage.clients.sqs.send(new SendMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MessageBody: JSON.stringify({ orderId }) }));
    }
    workers.push(startInvoiceWorker(deps, fastOptions(stage)), startInvoiceWorker(deps, fastOptions(stage)));
    await invoiced([orderId!]);
    await eventually('queue drained (one PDF and one XML stored)', async () => (await objectKeys(stage, `invoices/${orderId}/`)).length === 2 && workers.every((w) => w.inFlight === 0));
    await expectExactlyOneInvoiceEach(stage, [orderId!]);
  });

  it('resumes an order whose earlier attempt crashed after numbering, with the same number and identical PDF', async () => {
    const [orderId] = await queuedOrders(stage, 1);
    const store = storeFor(stage);
    await store.startProcessing(orderId!, new Date());
    const reserved = await deps.numberer.numberFor(orderId!);
    await expect(issueInvoice(deps, orderId!)).resolves.toBe('issued');
    const order = await store.requireOrder(orderId!);
    expect(order.invoice!.invoiceNumber).toBe(reserved.invoiceNumber);
    // A crash between the INVOICED write and the S3 put: the next delivery stores the PDF again.
    expect(await issueInvoice(deps, orderId!)).toBe('already-issued');
  });

  it('does not invoice a cancelled order, and acknowledges its message', async () => {
    const [orderId] = await queuedOrders(stage, 1);
    await storeFor(stage).transition(orderId!, 'CANCELLED', new Date());
    expect(await issueInvoice(deps, orderId!)).toBe('cancelled');
    expect(await objectKeys(stage, `invoices/${orderId}/`)).toEqual([]);
  });

  it('marks a poison order FAILED with the reason after three receives and archives the message under failed/', async () => {
    const corrupt = newOrder(anOrderRequest(), new Date());
    // A record damaged outside the API: its total does not match its lines.
    await stage.clients.dynamo.send(
      new PutCommand({ TableName: stage.resources.ordersTable, Item: { pk: `ORDER#${corrupt.orderId}`, entity: 'ORDER', ...corrupt, totalMinor: 1 } }),
    );
    const [healthy] = await queuedOrders(stage, 1);
    await stage.clients.sqs.send(new SendMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MessageBody: JSON.stringify({ orderId: corrupt.orderId }) }));
    await stage.clients.sqs.send(new SendMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MessageBody: 'not json at all' }));
    workers.push(startInvoiceWorker(deps, fastOptions(stage)));

    const failed = await eventually('poison order FAILED', async () => {
      const order = await storeFor(stage).getOrder(corrupt.orderId);
      return order?.status === 'FAILED' && order;
    });
    expect(failed.failureReason).toMatch(/totalMinor is 1, but the lines add up to/);
    expect(failed.invoice).toBeUndefined();
    await invoiced([healthy!]); // one bad message never stops the worker
    const archived = await eventually('archives', async () => {
      const keys = await objectKeys(stage, 'failed/');
      return keys.length >= 2 && keys;
    });
    expect(archived.some((key) => key.includes(`/${corrupt.orderId}/`))).toBe(true);
    expect(archived.some((key) => key.includes('/unreadable/'))).toBe(true);
    const body = await stage.clients.s3.send(
      new GetObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: archived.find((k) => k.includes(corrupt.orderId))! }),
    );
    expect(JSON.parse(await body.Body!.transformToString())).toMatchObject({ orderId: corrupt.orderId, reason: failed.failureReason });
  });

  it('re-sends an order whose queue send never happened (outbox sweep), and it gets invoiced', async () => {
    const store = storeFor(stage);
    const order = newOrder(anOrderRequest(), new Date(Date.now() - 120_000));
    await store.createOrder(order); // written, never sent
    expect(await sweepOutbox(deps, 60)).toBeGreaterThanOrEqual(1);
    expect(await store.getOrder(order.orderId)).toMatchObject({ awaitingQueue: false });
    workers.push(startInvoiceWorker(deps, fastOptions(stage)));
    await invoiced([order.orderId]);
  });
});
