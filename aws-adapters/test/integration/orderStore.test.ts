import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { IdempotencyKeyReusedError, newOrder, requestFingerprint } from '@checkout/domain';
import { testClocks } from '../../../local-stack/test/support/clocks';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { InvoiceNumbers, OrderStore } from '../../src';
import { DOCUMENT_TRANSPORTS } from '../support/transports';

let stage: TestStage;
let store: OrderStore;
let numbers: InvoiceNumbers;

beforeAll(async () => {
  stage = await createTestStage('store');
  numbers = new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);
});
afterAll(() => stage.close());

describe.each(DOCUMENT_TRANSPORTS)('OrderStore through %s', (_transport, documentsOf) => {
  beforeAll(() => {
    store = new OrderStore(documentsOf(stage), { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable });
  });

  describe.each(testClocks)('OrderStore on DynamoDB Local, on %s', (_name, makeClock) => {
    const clock = makeClock();
    let now: Date;
    beforeEach(() => (now = clock()));

    const claim = (key: string, body: unknown) => ({ key, fingerprint: requestFingerprint(body), expiresAt: Math.floor(now.getTime() / 1000) + 86_400 });

    async function processingOrder() {
      const order = newOrder(anOrderRequest(), now);
      await store.createOrder(order);
      await store.startProcessing(order.orderId, now);
      return order;
    }

    it('stores a new order as RECEIVED and awaiting its queue send until markEnqueued', async () => {
      const order = newOrder(anOrderRequest(), now);
      await store.createOrder(order);
      expect(await store.getOrder(order.orderId)).toMatchObject({ status: 'RECEIVED', awaitingQueue: true, totalMinor: order.totalMinor });
      expect(await store.findAwaitingQueue(new Date(now.getTime() + 1))).toContain(order.orderId);
      await store.markEnqueued(order.orderId);
      expect(await store.getOrder(order.orderId)).toMatchObject({ awaitingQueue: false });
      expect(await store.findAwaitingQueue(new Date(now.getTime() + 1))).not.toContain(order.orderId);
    });

    it('returns the first order when the same Idempotency-Key comes with the same body', async () => {
      const request = anOrderRequest();
      const key = randomUUID();
      const first = await store.createOrder(newOrder(request, now), claim(key, request));
      const second = await store.createOrder(newOrder(request, now), claim(key, request));
      expect(first.outcome).toBe('created');
      expect(second).toMatchObject({ outcome: 'replayed', order: { orderId: first.order.orderId } });
    });

    it('refuses the same Idempotency-Key with a different body and keeps the first order', async () => {
      const request = anOrderRequest();
      const key = randomUUID();
      const first = await store.createOrder(newOrder(request, now), claim(key, request));
      const other = anOrderRequest({ currency: 'USD' });
      const attempt = store.createOrder(newOrder(other, now), claim(key, other));
      await expect(attempt).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      await expect(attempt).rejects.toMatchObject({ orderId: first.order.orderId });
    });

    it('starts processing a RECEIVED order once, storing its numbering request, and refuses a second start', async () => {
      const order = newOrder(anOrderRequest(), now);
      await store.createOrder(order);
      await expect(store.startProcessing(order.orderId, now)).resolves.toMatchObject({ status: 'PROCESSING', awaitingNumber: true, awaitingQueue: false });
      await expect(store.startProcessing(order.orderId, now)).rejects.toMatchObject({ name: 'OrderStatusConflictError', status: 'PROCESSING' });
      await numbers.numberOne(order.orderId, now);
      expect(await store.getOrder(order.orderId)).toMatchObject({ awaitingNumber: false, invoice: { invoiceNumber: expect.any(String) } });
    });

    it('only cancels an order that has not started processing', async () => {
      const received = newOrder(anOrderRequest(), now);
      await store.createOrder(received);
      await expect(store.transition(received.orderId, 'CANCELLED', now)).resolves.toMatchObject({ status: 'CANCELLED' });
      const started = await processingOrder();
      await expect(store.transition(started.orderId, 'CANCELLED', now)).rejects.toMatchObject({
        name: 'OrderStatusConflictError',
        status: 'PROCESSING',
      });
    });

    it('completes an invoice once; completing it again changes nothing', async () => {
      const order = await processingOrder();
      const invoice = await numbers.numberOne(order.orderId, now);
      const issued = { invoiceNumber: invoice.invoiceNumber, objectKey: 'invoices/x.pdf', sha256: 'ab', sizeBytes: 10 };
      await store.completeInvoice(order.orderId, issued, now);
      expect(await store.getOrder(order.orderId)).toMatchObject({ status: 'INVOICED', invoice: { invoiceNumber: invoice.invoiceNumber, objectKey: 'invoices/x.pdf' } });
      await expect(store.completeInvoice(order.orderId, issued, now)).resolves.toBeUndefined();
      expect(await store.getOrder(order.orderId)).toMatchObject({ status: 'INVOICED' });
      const record = await stage.clients.dynamo.send(
        new GetCommand({ TableName: stage.resources.ordersTable, Key: { pk: `INVOICE#${invoice.invoiceNumber}` } }),
      );
      expect(record.Item).toMatchObject({ orderId: order.orderId, state: 'ISSUED', objectKey: 'invoices/x.pdf' });
    });

    it('lets only one sender claim the notification of an invoiced order until the lease expires or it fails', async () => {
      const order = await processingOrder();
      const invoice = await numbers.numberOne(order.orderId, now);
      await store.completeInvoice(order.orderId, { invoiceNumber: invoice.invoiceNumber, objectKey: 'k', sha256: 's', sizeBytes: 1 }, now);
      await expect(store.claimNotification(order.orderId, 'INV-1999-000001', now, 60_000)).resolves.toMatchObject({ claimed: false, reason: 'invoice-mismatch' });
      const [a, b] = await Promise.all([store.claimNotification(order.orderId, invoice.invoiceNumber, now, 60_000), store.claimNotification(order.orderId, invoice.invoiceNumber, now, 60_000)]);
      expect([a.claimed, b.claimed].sort()).toEqual([false, true]);
      await store.recordNotificationFailure(order.orderId, 'SMTP down', now);
      expect(await store.getOrder(order.orderId)).toMatchObject({ notification: { lastError: 'SMTP down', failedAttempts: 1 } });
      const retry = await store.claimNotification(order.orderId, invoice.invoiceNumber, now, 60_000);
      expect(retry.claimed).toBe(true);
      await store.markNotified(order.orderId, '<id@local>', now);
      const after = await store.claimNotification(order.orderId, invoice.invoiceNumber, now, 60_000);
      expect(after).toMatchObject({ claimed: false, reason: 'already-notified', order: { status: 'NOTIFIED', notification: { messageId: '<id@local>' } } });
    });
  });
});
