import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { IdempotencyKeyReusedError, invoiceSeriesFor, newOrder, OrderStatusConflictError, requestFingerprint } from '@checkout/domain';
import { fixedClock, justBeforeNewYear, testClocks } from '../../../local-stack/test/support/clocks';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { OrderStore } from '../../src';

let stage: TestStage;
let store: OrderStore;

beforeAll(async () => {
  stage = await createTestStage('store');
  store = new OrderStore(stage.clients.dynamo, { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable });
});
afterAll(() => stage.close());

describe.each(testClocks)('OrderStore on DynamoDB Local, on %s', (_name, makeClock) => {
  const clock = makeClock();
  let now: Date;
  beforeEach(() => (now = clock()));

  const claim = (key: string, body: unknown) => ({ key, fingerprint: requestFingerprint(body), expiresAt: Math.floor(now.getTime() / 1000) + 86_400 });

  async function processingOrder() {
    const order = newOrder(anOrderRequest(), now);
    await store.createOrder(order);
    await store.transition(order.orderId, 'PROCESSING', now);
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

  it('assigns one invoice number per order even when asked twice', async () => {
    const order = await processingOrder();
    const first = await store.assignInvoiceNumber(order.orderId, now);
    const again = await store.assignInvoiceNumber(order.orderId, new Date(now.getTime() + 5000));
    expect(again).toEqual(first);
    expect(first.invoiceNumber).toMatch(new RegExp(`^INV-${invoiceSeriesFor(now)}-\\d{6}$`));
  });

  it('gives racing orders distinct, gapless numbers and racing workers on one order the same number', async () => {
    const orders = await Promise.all(Array.from({ length: 12 }, () => processingOrder()));
    // Every order is numbered by three "workers" at once.
    const results = await Promise.all(
      orders.flatMap((order) => [1, 2, 3].map(() => store.assignInvoiceNumber(order.orderId, now).then((inv) => ({ orderId: order.orderId, ...inv })))),
    );
    const numberByOrder = new Map<string, Set<string>>();
    for (const r of results) numberByOrder.set(r.orderId, (numberByOrder.get(r.orderId) ?? new Set()).add(r.invoiceNumber));
    for (const numbers of numberByOrder.values()) expect(numbers.size).toBe(1);
    const numbers = [...numberByOrder.values()].map((s) => [...s][0]!);
    expect(new Set(numbers).size).toBe(orders.length);
    const sequences = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    expect(sequences.at(-1)! - sequences[0]! + 1).toBe(sequences.length);
    const counter = await stage.clients.dynamo.send(new GetCommand({ TableName: stage.resources.ordersTable, Key: { pk: `SERIES#${invoiceSeriesFor(now)}` } }));
    expect(counter.Item?.lastSequence).toBe(sequences.at(-1));
  });

  it('refuses to number an order that is not PROCESSING', async () => {
    const order = newOrder(anOrderRequest(), now);
    await store.createOrder(order);
    await expect(store.assignInvoiceNumber(order.orderId, now)).rejects.toBeInstanceOf(OrderStatusConflictError);
  });

  it('completes an invoice once; completing it again changes nothing', async () => {
    const order = await processingOrder();
    const invoice = await store.assignInvoiceNumber(order.orderId, now);
    const issued = { invoiceNumber: invoice.invoiceNumber, objectKey: 'invoices/x.pdf', sha256: 'ab', sizeBytes: 10 };
    const done = await store.completeInvoice(order.orderId, issued, now);
    expect(done).toMatchObject({ status: 'INVOICED', invoice: { invoiceNumber: invoice.invoiceNumber, objectKey: 'invoices/x.pdf' } });
    await expect(store.completeInvoice(order.orderId, issued, now)).resolves.toMatchObject({ status: 'INVOICED' });
    const record = await stage.clients.dynamo.send(
      new GetCommand({ TableName: stage.resources.ordersTable, Key: { pk: `INVOICE#${invoice.invoiceNumber}` } }),
    );
    expect(record.Item).toMatchObject({ orderId: order.orderId, state: 'ISSUED', objectKey: 'invoices/x.pdf' });
  });

  it('lets only one sender claim the notification of an invoiced order until the lease expires or it fails', async () => {
    const order = await processingOrder();
    const invoice = await store.assignInvoiceNumber(order.orderId, now);
    await store.completeInvoice(order.orderId, { invoiceNumber: invoice.invoiceNumber, objectKey: 'k', sha256: 's', sizeBytes: 1 }, now);
    const [a, b] = await Promise.all([store.claimNotification(order.orderId, now, 60_000), store.claimNotification(order.orderId, now, 60_000)]);
    expect([a.claimed, b.claimed].sort()).toEqual([false, true]);
    await store.recordNotificationFailure(order.orderId, 'SMTP down', now);
    expect(await store.getOrder(order.orderId)).toMatchObject({ notification: { lastError: 'SMTP down', failedAttempts: 1 } });
    const retry = await store.claimNotification(order.orderId, now, 60_000);
    expect(retry.claimed).toBe(true);
    await store.markNotified(order.orderId, '<id@local>', now);
    const after = await store.claimNotification(order.orderId, now, 60_000);
    expect(after).toMatchObject({ claimed: false, reason: 'already-notified', order: { status: 'NOTIFIED', notification: { messageId: '<id@local>' } } });
  });
});

describe('OrderStore at the turn of the year', () => {
  it('numbers an invoice issued at 23:59:50 on 31 December in that year, and the first of 1 January as number 1 of the new series', async () => {
    const clock = fixedClock(justBeforeNewYear());
    const year = clock().getUTCFullYear();
    const numberAt = async () => {
      const order = newOrder(anOrderRequest(), clock());
      await store.createOrder(order);
      await store.transition(order.orderId, 'PROCESSING', clock());
      return (await store.assignInvoiceNumber(order.orderId, clock())).invoiceNumber;
    };
    expect(await numberAt()).toMatch(new RegExp(`^INV-${year}-\\d{6}$`));
    clock.advance(15_000);
    expect(await numberAt()).toBe(`INV-${year + 1}-000001`);
  });
});
