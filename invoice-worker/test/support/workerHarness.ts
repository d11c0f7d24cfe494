import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  createLogger,
  CreditNoteNumbers,
  DEFAULT_NUMBERER_OPTIONS,
  InvoiceFiles,
  InvoiceNumberer,
  InvoiceNumbers,
  NO_METRICS,
  NO_TRACING,
  OrderQueue,
  OrderStore,
  RefundStore,
  sdkMessageSender,
  type StoredOrder,
  type StoredRefund,
} from '@checkout/aws-adapters';
import { invoiceObjectKey, invoiceXmlObjectKey, newOrder, newRefund, refundedQuantitiesAfter, refundLinesFor, type RefundRequest } from '@checkout/domain';
import { randomUUID } from 'node:crypto';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { aSeller } from '../../../domain/test/support/aSeller';
import { eventually } from '../../../local-stack/test/support/eventually';
import type { TestStage } from '../../../local-stack/test/support/testStage';
import { checkFacturXPdf, extractFacturXml } from './eInvoiceChecks';
import { ruleViolationsOf, semanticInvoiceFromCii, semanticInvoiceFromUbl } from './semanticInvoice';
import { createInvoiceRendering, type InvoiceWorkerDeps, type InvoiceWorkerOptions } from '../../src';

export const seller = aSeller({ name: 'Test Seller Ltd', email: 'billing@seller.test' });

export function storeFor(stage: TestStage): OrderStore {
  return new OrderStore(stage.clients.dynamo, { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable });
}

export function refundStoreFor(stage: TestStage): RefundStore {
  return new RefundStore(stage.clients.dynamo, { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable });
}

/** What one worker process wires, on the test's clock; stop `numberer` when done. */
export async function workerDeps(stage: TestStage, now: () => Date = () => new Date()): Promise<InvoiceWorkerDeps & { numberer: InvoiceNumberer }> {
  const render = await createInvoiceRendering();
  const logger = createLogger('worker-test', process.env.TEST_LOG_LEVEL ?? 'SILENT');
  const numbers = new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);
  return {
    sqs: stage.clients.sqs,
    store: storeFor(stage),
    refunds: refundStoreFor(stage),
    creditNoteNumbers: new CreditNoteNumbers(stage.clients.dynamo, stage.resources.ordersTable),
    numberer: new InvoiceNumberer(numbers, { ...DEFAULT_NUMBERER_OPTIONS, holderId: `test-${randomUUID()}`, leaseMs: 5_000 }, now, logger),
    queue: new OrderQueue(sdkMessageSender(stage.clients.sqs), stage.resources.ordersQueueUrl),
    files: new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket),
    render,
    seller,
    logger,
    now,
    metrics: NO_METRICS,
    tracing: NO_TRACING,
  };
}

/**
 * Waits until every order is INVOICED and its PDF is in S3, and resolves with the orders. The
 * worker records INVOICED before it puts the PDF (the S3 event must find the order INVOICED), so
 * a wait on the status alone would race the last put.
 */
export function invoicesStored(stage: TestStage, orderIds: string[], timeoutMs = 30_000): Promise<StoredOrder[]> {
  const store = storeFor(stage);
  const files = new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket);
  const stored = new Set<string>();
  return eventually(
    `${orderIds.length} orders INVOICED with their PDFs in S3`,
    async () => {
      const orders = await Promise.all(orderIds.map((id) => store.getOrder(id)));
      if (!orders.every((o) => o?.status === 'INVOICED')) return false;
      for (const order of orders) {
        if (!stored.has(order!.orderId) && (await files.exists(order!.invoice!.objectKey!))) stored.add(order!.orderId);
      }
      return stored.size === orderIds.length && (orders as StoredOrder[]);
    },
    timeoutMs,
    200,
  );
}

export const fastOptions = (stage: TestStage): InvoiceWorkerOptions => ({
  queueUrl: stage.resources.ordersQueueUrl,
  deadLetterQueueUrl: stage.resources.ordersDlqUrl,
  batchSize: 10,
  pollers: 2,
  visibilityTimeoutSeconds: 30,
  heartbeatIntervalSeconds: 10,
  receiveWaitSeconds: 1,
  retryBackoffSeconds: 0,
  outboxSweepIntervalSeconds: 3600,
  outboxStaleAfterSeconds: 60,
});

/** Records `count` RECEIVED orders and queues each (as the ingress does). */
export async function queuedOrders(stage: TestStage, count: number, lines = 3): Promise<string[]> {
  const store = storeFor(stage);
  const queue = new OrderQueue(sdkMessageSender(stage.clients.sqs), stage.resources.ordersQueueUrl);
  return Promise.all(
    Array.from({ length: count }, async () => {
      const order = newOrder(anOrderRequest({ items: lines }), new Date());
      await store.createOrder(order);
      await queue.send(order.orderId);
      await store.markEnqueued(order.orderId);
      return order.orderId;
    }),
  );
}

export async function invoiceRecords(stage: TestStage): Promise<{ invoiceNumber: string; orderId: string; state: string }[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await stage.clients.dynamo.send(
      new ScanCommand({ TableName: stage.resources.ordersTable, FilterExpression: 'entity = :e', ExpressionAttributeValues: { ':e': 'INVOICE' }, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items as { invoiceNumber: string; orderId: string; state: string }[];
}

export async function objectKeys(stage: TestStage, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await stage.clients.s3.send(new ListObjectsV2Command({ Bucket: stage.resources.invoicesBucket, Prefix: prefix, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key!));
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

/** Every order has exactly one invoice record, one PDF and one UBL XML; numbers are distinct and gapless. */
export async function expectExactlyOneInvoiceEach(stage: TestStage, orderIds: string[]): Promise<void> {
  const records = (await invoiceRecords(stage)).filter((r) => orderIds.includes(r.orderId));
  expect(records.map((r) => r.orderId).sort()).toEqual([...orderIds].sort());
  const sequences = records.map((r) => Number(r.invoiceNumber.slice(-6))).sort((a, b) => a - b);
  expect(new Set(sequences).size).toBe(sequences.length);
  expect(sequences.at(-1)! - sequences[0]! + 1).toBe(sequences.length);
  const keys = await objectKeys(stage, 'invoices/');
  for (const record of records) {
    expect(keys).toContain(`invoices/${record.orderId}/${record.invoiceNumber}.pdf`);
    expect(keys).toContain(`invoices/${record.orderId}/${record.invoiceNumber}.ubl.xml`);
  }
  expect(keys.filter((key) => orderIds.some((id) => key.includes(id)))).toHaveLength(2 * orderIds.length);
  for (const record of records) await expectValidEInvoice(stage, record.orderId, record.invoiceNumber);
}

/**
 * The stored invoice is a legal e-invoice: the PDF passes the Factur-X PDF/A-3b checks (its
 * factur-x.xml the XSD), and its CII and the UBL beside it pass the EN 16931 business rules and
 * carry its number.
 */
export async function expectValidEInvoice(stage: TestStage, orderId: string, invoiceNumber: string): Promise<void> {
  const read = async (key: string) => {
    const object = await stage.clients.s3.send(new GetObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: key }));
    return object.Body!.transformToByteArray();
  };
  const pdf = await read(invoiceObjectKey(orderId, invoiceNumber));
  const ubl = new TextDecoder().decode(await read(invoiceXmlObjectKey(orderId, invoiceNumber)));
  expect(await checkFacturXPdf(pdf)).toEqual([]);
  const cii = await extractFacturXml(pdf);
  expect({ cii: ruleViolationsOf(cii), ubl: ruleViolationsOf(ubl) }).toEqual({ cii: [], ubl: [] });
  expect([semanticInvoiceFromCii(cii).number, semanticInvoiceFromUbl(ubl).number]).toEqual([invoiceNumber, invoiceNumber]);
}

/**
 * Records a refund of an invoiced order as the API does (lines checked against what is left, one
 * conditional transaction) and, unless `queue` is false, queues it. Resolves with the refund id.
 */
export async function queuedRefund(stage: TestStage, orderId: string, request: RefundRequest = {}, options: { queue?: boolean; now?: Date } = {}): Promise<string> {
  const order = await storeFor(stage).requireOrder(orderId);
  const lines = refundLinesFor(order, request);
  const refund = newRefund(order, lines, request.reason, options.now ?? new Date());
  const result = await refundStoreFor(stage).createRefund(order, refund, refundedQuantitiesAfter(order, lines), {
    key: randomUUID(),
    fingerprint: 'test',
    expiresAt: Math.floor(Date.now() / 1000) + 3600,
  });
  if (result.outcome !== 'created') throw new Error(`refund of ${orderId} not created: ${result.outcome}`);
  if (options.queue !== false) {
    await new OrderQueue(sdkMessageSender(stage.clients.sqs), stage.resources.ordersQueueUrl).sendRefund(orderId, refund.refundId);
    await refundStoreFor(stage).markEnqueued(refund.refundId);
  }
  return refund.refundId;
}

/** Waits until every refund is CREDITED (or NOTIFIED) and its credit note PDF is in S3; resolves with the refunds. */
export function creditNotesStored(stage: TestStage, refundIds: string[], timeoutMs = 30_000): Promise<StoredRefund[]> {
  const refunds = refundStoreFor(stage);
  const files = new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket);
  return eventually(
    `${refundIds.length} refunds CREDITED with their credit notes in S3`,
    async () => {
      const all = await Promise.all(refundIds.map((id) => refunds.getRefund(id)));
      if (!all.every((r) => r?.status === 'CREDITED' || r?.status === 'NOTIFIED')) return false;
      for (const refund of all) if (!(await files.exists(refund!.creditNote!.objectKey!))) return false;
      return all as StoredRefund[];
    },
    timeoutMs,
    100,
  );
}

/** Every credit note record (`CREDIT_NOTE#…`) of the stage. */
export async function creditNoteRecords(stage: TestStage): Promise<{ creditNoteNumber: string; refundId: string; orderId: string }[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await stage.clients.dynamo.send(
      new ScanCommand({ TableName: stage.resources.ordersTable, FilterExpression: 'entity = :cn', ExpressionAttributeValues: { ':cn': 'CREDIT_NOTE' }, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.map((item) => ({ creditNoteNumber: item.creditNoteNumber as string, refundId: item.refundId as string, orderId: item.orderId as string }));
}
