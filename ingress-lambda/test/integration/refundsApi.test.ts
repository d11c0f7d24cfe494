import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { InvoiceNumbers } from '@checkout/aws-adapters';
import { randomUUID } from 'node:crypto';
import { aCatalogFor } from '../../../domain/test/support/aCatalogFor';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { serviceAuthorization } from '../../../local-stack/test/support/identity';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { anInvoicedOrder } from '../../../notifier-lambda/test/support/invoicedOrder';
import { createOrdersApp, type OrdersApiDeps, type OrdersApp } from '../../src';
import { REFUND_EXAMPLES } from '../../src/refundExamples';
import { testOrdersApiDeps, workerFilesOf } from '../support/testOrdersApi';

let stage: TestStage;
let deps: OrdersApiDeps;
let app: OrdersApp;
let numbers: InvoiceNumbers;
/** The shop's token: only the shop asks for refunds. */
let authorization: { authorization: string };

beforeAll(async () => {
  authorization = await serviceAuthorization();
  stage = await createTestStage('refunds-api');
  await stage.products.seedProducts(aCatalogFor(anOrderRequest({ items: 3 })), new Date());
  deps = testOrdersApiDeps(stage);
  numbers = new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);
  app = createOrdersApp(deps);
});
afterAll(() => stage.close());

/** A request to the app with the shop's token. */
const request = (path: string, init: RequestInit = {}) =>
  app.request(path, { ...init, headers: { ...authorization, ...(init.headers as Record<string, string> | undefined) } });

/** An INVOICED order with lines SKU-1 × 1, SKU-2 × 2, SKU-3 × 3 at 19.99 EUR and 20 % VAT. */
const invoicedOrderId = async (request = anOrderRequest({ items: 3 })) => (await anInvoicedOrder(deps.store, numbers, workerFilesOf(stage), request)).order.orderId;

/** `key` null sends no Idempotency-Key. */
const refund = (orderId: string, body: unknown, key: string | null = randomUUID()) =>
  request(`/orders/${orderId}/refunds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }) },
    body: JSON.stringify(body),
  });

async function queuedMessages(): Promise<unknown[]> {
  const bodies: unknown[] = [];
  for (;;) {
    const batch = await stage.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 60 }),
    );
    if (!batch.Messages?.length) return bodies;
    bodies.push(...batch.Messages.map((m) => JSON.parse(m.Body!)));
  }
}

describe('POST /orders/{id}/refunds', () => {
  it('records a partial refund of an invoiced order, queues it and answers 202 with its id, credited totals and Location', async () => {
    const orderId = await invoicedOrderId();
    await queuedMessages();

    const response = await refund(orderId, { lines: [{ lineNumber: 3, quantity: 2 }], reason: 'Damaged in transit' });

    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toMatchObject({ orderId, status: 'REQUESTED', currency: 'EUR', subtotalMinor: 3998, taxMinor: 800, totalMinor: 4798 });
    expect(body.refundId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(response.headers.get('location')).toBe(`/orders/${orderId}/refunds/${body.refundId}`);
    expect(await queuedMessages()).toEqual([{ orderId, refundId: body.refundId }]);
    expect(await deps.store.getOrder(orderId)).toMatchObject({ status: 'INVOICED', refundIds: [body.refundId], refundedQuantities: [0, 0, 2] });
    expect(await deps.refunds.getRefund(body.refundId)).toMatchObject({ status: 'REQUESTED', awaitingQueue: false, reason: 'Damaged in transit' });
  });

  it('shows the refunds on the order and alone, and keeps the order INVOICED with its invoice', async () => {
    const orderId = await invoicedOrderId();
    const { refundId } = await (await refund(orderId, { lines: [{ sku: 'SKU-2', quantity: 1 }] })).json();

    const order = await (await request(`/orders/${orderId}`)).json();
    const alone = await request(`/orders/${orderId}/refunds/${refundId}`);

    expect(order).toMatchObject({ status: 'INVOICED', invoice: { invoiceNumber: expect.stringMatching(/^INV-/) } });
    expect(order.refunds).toEqual([
      expect.objectContaining({ refundId, status: 'REQUESTED', lines: [{ lineNumber: 2, sku: 'SKU-2', quantity: 1, unitPriceMinor: 1999, lineTotalMinor: 1999 }], totalMinor: 2399 }),
    ]);
    expect(alone.status).toBe(200);
    expect(await alone.json()).toEqual(order.refunds[0]);
    expect((await request(`/orders/${orderId}/refunds/01ARZ3NDEKTSV4RRFFQ69G5FAV`)).status).toBe(404);
  });

  it('refunds everything not yet refunded when no lines are given, and then nothing more', async () => {
    const orderId = await invoicedOrderId();
    await refund(orderId, { lines: [{ lineNumber: 1, quantity: 1 }] });

    const rest = await (await refund(orderId, {})).json();
    const again = await refund(orderId, {});

    expect(rest.totalMinor).toBe(5 * 1999 + 1999); // 9995 + 20 % = 11994
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ type: '/problems/refund-rejected', errors: [{ path: 'lines', message: 'nothing is left to refund: every line is refunded in full' }] });
  });

  it('refuses quantities above what is still refundable and unknown lines, naming each field', async () => {
    const orderId = await invoicedOrderId();
    await refund(orderId, { lines: [{ lineNumber: 2, quantity: 1 }] });

    const response = await refund(orderId, { lines: [{ lineNumber: 2, quantity: 2 }, { lineNumber: 9, quantity: 1 }, { sku: 'NOPE', quantity: 1 }] });

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).errors).toEqual([
      { path: 'lines[0].quantity', message: 'must be at most 1: line 2 (SKU-2) has 2, of which 1 already refunded' },
      { path: 'lines[1].lineNumber', message: 'there is no line 9: the order has 3' },
      { path: 'lines[2].sku', message: 'no line of the order has SKU NOPE' },
    ]);
    expect((await deps.store.getOrder(orderId))!.refundedQuantities).toEqual([0, 1, 0]);
  });

  it('refuses a malformed body and a missing Idempotency-Key with 400 naming the field', async () => {
    const orderId = await invoicedOrderId();

    const bad = await refund(orderId, { lines: [{ lineNumber: 1, sku: 'SKU-1', quantity: 0 }] });
    const keyless = await refund(orderId, {}, null);

    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual(
      expect.arrayContaining([
        { path: 'lines[0].quantity', message: 'must be at least 1' },
        { path: 'lines[0].lineNumber', message: 'give exactly one of lineNumber and sku' },
      ]),
    );
    expect(keyless.status).toBe(400);
    expect((await keyless.json()).errors).toEqual([{ path: 'idempotency-key', message: expect.stringMatching(/^is required/) }]);
  });

  it('reads a refund body as strictly as an order: duplicate keys and a Latin-1 charset are refused, and nothing is queued', async () => {
    const orderId = await invoicedOrderId();
    await queuedMessages(); // drains what earlier tests queued
    const send = (body: string, contentType = 'application/json') =>
      request(`/orders/${orderId}/refunds`, { method: 'POST', headers: { 'content-type': contentType, 'Idempotency-Key': randomUUID() }, body });

    const duplicate = await send('{"reason":"a","reason":"b"}');
    const latin1 = await send('{"reason":"caf\u00e9"}', 'application/json; charset=iso-8859-1');

    expect(duplicate.status).toBe(400);
    expect((await duplicate.json()).errors[0].path).toBe('reason');
    expect(latin1.status).toBe(415);
    expect(await queuedMessages()).toEqual([]);
  });

  it('refuses to refund an order that has no invoice (409, cancel it instead) and an unknown order (404)', async () => {
    const received = await (
      await request('/orders', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(anOrderRequest()) })
    ).json();

    const response = await refund(received.orderId, {});

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ type: '/problems/order-not-invoiced', currentStatus: 'RECEIVED' });
    expect((await refund('01ARZ3NDEKTSV4RRFFQ69G5FAV', {})).status).toBe(404);
  });

  it('returns the same refund for a replayed Idempotency-Key, even once nothing is left, and refuses the key with another body', async () => {
    const orderId = await invoicedOrderId();
    const key = randomUUID();
    const first = await (await refund(orderId, {}, key)).json();

    const replay = await refund(orderId, {}, key);
    const reuse = await refund(orderId, { reason: 'other' }, key);

    expect(replay.status).toBe(202);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await replay.json()).refundId).toBe(first.refundId);
    expect(reuse.status).toBe(422);
    const problem = await reuse.json();
    expect(problem).toMatchObject({ type: '/problems/idempotency-key-reused', errors: [{ path: 'idempotency-key', message: expect.any(String) }] });
    expect(JSON.stringify(problem)).not.toContain(first.refundId);
    expect((await deps.store.getOrder(orderId))!.refundIds).toEqual([first.refundId]);
  });

  it('grants each unit once when refunds of the same line race', async () => {
    const orderId = await invoicedOrderId();

    const responses = await Promise.all(Array.from({ length: 6 }, () => refund(orderId, { lines: [{ lineNumber: 3, quantity: 1 }] })));

    expect(responses.map((r) => r.status).sort()).toEqual([202, 202, 202, 422, 422, 422]);
    const order = (await deps.store.getOrder(orderId))!;
    expect(order.refundedQuantities).toEqual([0, 0, 3]);
    expect(order.refundIds).toHaveLength(3);
  });

  it('posts every OpenAPI example', async () => {
    for (const [name, example] of Object.entries(REFUND_EXAMPLES)) {
      const orderId = await invoicedOrderId(
        anOrderRequest({
          lineItems: [
            { sku: 'SKU-1', description: 'One', quantity: 1, unitPriceMinor: 500 },
            { sku: 'SKU-2', description: 'Two', quantity: 3, unitPriceMinor: 700 },
            { sku: 'MUG-2', description: 'Mug', quantity: 1, unitPriceMinor: 999 },
          ],
        }),
      );
      const response = await refund(orderId, example.value);
      expect([name, response.status]).toEqual([name, 202]);
    }
  });
});

describe('PATCH /orders/{id} on an invoiced order', () => {
  it('refuses to cancel it with a problem that points to its refunds', async () => {
    const orderId = await invoicedOrderId();

    const response = await request(`/orders/${orderId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'CANCELLED' }) });

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ type: '/problems/order-invoiced', currentStatus: 'INVOICED', refunds: `/orders/${orderId}/refunds` });
    expect(await deps.store.getOrder(orderId)).toMatchObject({ status: 'INVOICED' });
  });
});
