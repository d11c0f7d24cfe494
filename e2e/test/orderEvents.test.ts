import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { OrderEvent } from '@checkout/domain';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';
import { lifecycleOf, subscribeToOrderEvents, type EventSubscription } from '../../order-events/test/support/eventSubscription';

/**
 * The order events of `npm start`'s stack as a subscriber sees them: an SQS FIFO queue subscribed
 * to the stack's SNS FIFO topic, while the invoice worker is killed with SIGKILL in the middle of
 * its batch and replaced.
 */
const ORDERS = 20;
const LIFECYCLE = ['OrderCreated', 'OrderStatusChanged:PROCESSING', 'InvoiceIssued', 'InvoiceEmailed'];

let stack: LocalStackProcess;
let subscription: EventSubscription;

beforeAll(async () => {
  stack = await startLocalStackProcess({
    env: {
      STAGE: 'events',
      // The killed worker's messages come back soon, so its orders are taken over quickly.
      VISIBILITY_TIMEOUT_SECONDS: '10',
      HEARTBEAT_INTERVAL_SECONDS: '3',
    },
  });
  subscription = await subscribeToOrderEvents(stack.orderEventsTopicArn, { endpoint: stack.awsUrl });
}, 120_000);
afterAll(async () => {
  await subscription?.close();
  expect(await stack?.stop()).toBe(0);
});

const sampleOrder = () => JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));

async function placeOrders(count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(`${stack.apiUrl}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID(), ...(await stack.shopAuthorization()) },
        body: JSON.stringify(sampleOrder()),
      });
      expect(response.status).toBe(202);
      return ((await response.json()) as { orderId: string }).orderId;
    }),
  );
}

describe('order events on the embedded stack', () => {
  it('delivers each order\'s lifecycle to a subscriber in order and once each, across a worker SIGKILL', async () => {
    const ids = await placeOrders(ORDERS);

    // Kill the worker as soon as it has started an order: that order and the rest of its batch are in flight.
    const first = await stack.waitForLog((l) => l.message === 'processing order' && ids.includes(String(l.orderId)));
    const killed = first.pid as number;
    process.kill(killed, 'SIGKILL');
    const died = await stack.waitForLog((l) => l.message === 'invoice worker process died; starting a new one' && l.pid === killed);
    expect(died).toMatchObject({ signal: 'SIGKILL' });

    const emailed = (events: OrderEvent[]) => new Set(events.filter((e) => e.eventType === 'InvoiceEmailed').map((e) => e.orderId));
    const events = await subscription.receiveUntil((received) => ids.every((id) => emailed(received).has(id)), 180_000);

    for (const orderId of ids) expect({ orderId, events: lifecycleOf(events, orderId) }).toEqual({ orderId, events: LIFECYCLE });

    // The kill hit work in progress: an order the killed worker had moved to PROCESSING was finished by
    // its replacement, which resumed it without a status write (and the numbering write, which keeps the
    // status, published nothing).
    const startedByKilled = new Set(stack.logs.filter((l) => l.message === 'processing order' && l.pid === killed).map((l) => l.orderId));
    const takenOver = stack.logs.filter(
      (l) =>
        (l.message === 'invoice issued' || l.message === 'invoice PDF was missing after a crash; stored it again') &&
        startedByKilled.has(l.orderId) &&
        l.pid !== killed,
    );
    expect(takenOver.length).toBeGreaterThan(0);

    // Published once per change (the stack logs every publish, with the order id), and what was
    // published is what the order says. The subscriber can hear the last event before the stack's
    // line saying it was published has reached this process: wait for those lines first.
    for (const orderId of ids) {
      await stack.waitForLog((l) => l.message === 'order event published' && l.orderId === orderId && l.eventType === 'InvoiceEmailed');
    }
    for (const orderId of ids) {
      const published = stack.logs.filter((l) => l.message === 'order event published' && l.orderId === orderId);
      expect(published.map((l) => l.eventType)).toEqual(['OrderCreated', 'OrderStatusChanged', 'InvoiceIssued', 'InvoiceEmailed']);
      const status = (await (await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: await stack.shopAuthorization() })).json()) as {
        invoice: { invoiceNumber: string };
        notification: { messageId: string };
        statusTimestamps: Record<string, string>;
      };
      const ofOrder = events.filter((e) => e.orderId === orderId);
      expect(ofOrder.map((e) => e.occurredAt)).toEqual(['RECEIVED', 'PROCESSING', 'INVOICED', 'NOTIFIED'].map((s) => status.statusTimestamps[s]));
      expect(ofOrder.find((e) => e.eventType === 'InvoiceIssued')!.data).toMatchObject({ invoiceNumber: status.invoice.invoiceNumber });
      expect(ofOrder.find((e) => e.eventType === 'InvoiceEmailed')!.data).toEqual({
        previousStatus: 'INVOICED',
        invoiceNumber: status.invoice.invoiceNumber,
        messageId: status.notification.messageId,
      });
    }
    // Nothing more waits in the queue: every order is NOTIFIED, so no change is left to publish.
    expect(await subscription.receiveNow()).toEqual([]);
  }, 240_000);

  it('delivers a refund\'s lifecycle in the order\'s message group: requested, credit note issued, emailed, once each', async () => {
    const [orderId] = await placeOrders(1);
    const emailedOrder = await subscription.receiveUntil((received) => received.some((e) => e.orderId === orderId && e.eventType === 'InvoiceEmailed'), 120_000);
    expect(lifecycleOf(emailedOrder, orderId!)).toEqual(LIFECYCLE);

    const response = await fetch(`${stack.apiUrl}/orders/${orderId}/refunds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID(), ...(await stack.shopAuthorization()) },
      body: JSON.stringify({ lines: [{ sku: 'MUG-42', quantity: 1 }], reason: 'Arrived broken; call me on +44 20 7946 0000' }),
    });
    expect(response.status).toBe(202);
    const { refundId } = (await response.json()) as { refundId: string };

    const events = await subscription.receiveUntil((received) => received.some((e) => e.eventType === 'CreditNoteEmailed'), 120_000);
    const ofRefund = events.filter((e) => 'refundId' in e && e.refundId === refundId);
    expect(ofRefund.map((e) => e.eventType)).toEqual(['RefundRequested', 'CreditNoteIssued', 'CreditNoteEmailed']);
    expect(ofRefund.every((e) => e.orderId === orderId)).toBe(true);

    const refund = (await (await fetch(`${stack.apiUrl}/orders/${orderId}/refunds/${refundId}`, { headers: await stack.shopAuthorization() })).json()) as {
      totalMinor: number;
      creditNote: { creditNoteNumber: string };
    };
    expect(ofRefund[0]!.data).toMatchObject({ totalMinor: refund.totalMinor, lineCount: 1 });
    expect(ofRefund[1]!.data).toMatchObject({ previousStatus: 'REQUESTED', creditNoteNumber: refund.creditNote.creditNoteNumber });
    expect(ofRefund[2]!.data).toMatchObject({ previousStatus: 'CREDITED', creditNoteNumber: refund.creditNote.creditNoteNumber });
    // The refund's free-text reason is not in any event: it may hold personal data.
    expect(JSON.stringify(ofRefund)).not.toContain('7946');
    // The refund changed the order's refund fields but not its status: no order event.
    expect(events.filter((e) => e.orderId === orderId && !('refundId' in e))).toEqual([]);
    expect(await subscription.receiveNow()).toEqual([]);
  }, 240_000);
});
