import {
  newOrder,
  newRefund,
  refundEventFor,
  refundLinesFor,
  type Refund,
  type RefundStatus,
  OrderEventDataError,
  orderEventFor,
  OrderEventSchema,
  type Order,
  type OrderStatus,
} from '../../src';
import { anInvoicedOrder } from '../support/anInvoicedOrder';
import { anOrderRequest } from '../support/anOrderRequest';

const T0 = new Date('2026-11-29T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000).toISOString();

/** A stored order, moved to `status` at `seconds` after creation (as the store's writes do). */
function anOrder(status: OrderStatus = 'RECEIVED', seconds = 0, extra: Partial<Order> = {}): Order {
  const created = newOrder(anOrderRequest({ items: 3 }), T0, '01M84GAXWBR7XFKF4AN5573XZ9');
  if (status === 'RECEIVED') return { ...created, ...extra };
  return {
    ...created,
    status,
    updatedAt: at(seconds),
    statusTimestamps: { ...created.statusTimestamps, [status]: at(seconds) },
    ...extra,
  };
}

const invoice = { invoiceNumber: 'INV-2026-000042', issuedAt: at(2), objectKey: 'invoices/01M84GAXWBR7XFKF4AN5573XZ9/INV-2026-000042.pdf' };

describe('order events, one per status change', () => {
  it('announces a new order as OrderCreated with its totals and no personal data', () => {
    const order = anOrder();
    const event = orderEventFor(undefined, order);
    expect(event).toEqual({
      eventId: `${order.orderId}:RECEIVED:${order.createdAt}`,
      eventType: 'OrderCreated',
      schemaVersion: 1,
      orderId: order.orderId,
      status: 'RECEIVED',
      occurredAt: order.createdAt,
      data: {
        currency: 'EUR',
        subtotalMinor: order.subtotalMinor,
        taxMinor: order.taxMinor,
        totalMinor: order.totalMinor,
        lineItemCount: 3,
        customerCountry: 'PL',
      },
    });
    const text = JSON.stringify(event);
    expect(text).not.toContain(order.customer.email);
    expect(text).not.toContain(order.customer.name);
  });

  it.each([
    ['RECEIVED', 'PROCESSING', 'OrderStatusChanged'],
    ['RECEIVED', 'CANCELLED', 'OrderStatusChanged'],
    ['PROCESSING', 'FAILED', 'OrderFailed'],
    ['RECEIVED', 'FAILED', 'OrderFailed'],
  ] as const)('a move from %s to %s is %s, naming the previous status', (from, to, eventType) => {
    const event = orderEventFor(anOrder(from, 1), anOrder(to, 5, { failureReason: 'poison' }));
    expect(event).toMatchObject({ eventType, status: to, occurredAt: at(5), data: { previousStatus: from } });
    if (eventType === 'OrderFailed') expect(event!.data).toEqual({ previousStatus: from, failureReason: 'poison' });
  });

  it('announces INVOICED as InvoiceIssued with the number and the PDF key', () => {
    const event = orderEventFor(anOrder('PROCESSING', 1, { invoice: { invoiceNumber: invoice.invoiceNumber, issuedAt: invoice.issuedAt } }), anOrder('INVOICED', 3, { invoice }));
    expect(event).toMatchObject({
      eventType: 'InvoiceIssued',
      eventId: `01M84GAXWBR7XFKF4AN5573XZ9:INVOICED:${at(3)}`,
      data: { previousStatus: 'PROCESSING', ...invoice, currency: 'EUR' },
    });
  });

  it('announces NOTIFIED as InvoiceEmailed with the invoice number and the Message-ID', () => {
    const event = orderEventFor(
      anOrder('INVOICED', 3, { invoice }),
      anOrder('NOTIFIED', 4, { invoice, notification: { messageId: '<m1@example.com>', notifiedAt: at(4) } }),
    );
    expect(event).toMatchObject({
      eventType: 'InvoiceEmailed',
      data: { previousStatus: 'INVOICED', invoiceNumber: invoice.invoiceNumber, messageId: '<m1@example.com>' },
    });
  });

  it('publishes nothing for a write that leaves the status as it was', () => {
    // A redelivered order resuming PROCESSING, an invoice number assigned, a failure reason recorded.
    expect(orderEventFor(anOrder('PROCESSING', 1), anOrder('PROCESSING', 9))).toBeUndefined();
    expect(orderEventFor(anOrder('PROCESSING', 1), anOrder('PROCESSING', 2, { invoice: { invoiceNumber: invoice.invoiceNumber, issuedAt: invoice.issuedAt } }))).toBeUndefined();
    expect(orderEventFor(anOrder('RECEIVED'), anOrder('RECEIVED', 0, { failureReason: 'x' }))).toBeUndefined();
  });

  it('gives the same change the same event, id included, however often it is derived', () => {
    const before = anOrder('RECEIVED');
    const after = anOrder('PROCESSING', 1);
    expect(orderEventFor(before, after)).toEqual(orderEventFor(structuredClone(before), structuredClone(after)));
    // ...and different changes of one order different ids.
    const ids = new Set([
      orderEventFor(undefined, before)!.eventId,
      orderEventFor(before, after)!.eventId,
      orderEventFor(after, anOrder('INVOICED', 3, { invoice }))!.eventId,
    ]);
    expect(ids.size).toBe(3);
  });

  it('refuses to publish an InvoiceIssued without the PDF key, naming the order', () => {
    const noKey = { invoiceNumber: invoice.invoiceNumber, issuedAt: invoice.issuedAt };
    expect(() => orderEventFor(anOrder('PROCESSING', 1), anOrder('INVOICED', 3, { invoice: noKey }))).toThrow(
      new OrderEventDataError('01M84GAXWBR7XFKF4AN5573XZ9', 'INVOICED without an invoice object key'),
    );
  });

  it('only ever returns events that pass the published schema', () => {
    const events = [
      orderEventFor(undefined, anOrder()),
      orderEventFor(anOrder(), anOrder('PROCESSING', 1)),
      orderEventFor(anOrder('PROCESSING', 1), anOrder('INVOICED', 3, { invoice })),
      orderEventFor(anOrder('INVOICED', 3, { invoice }), anOrder('NOTIFIED', 4, { invoice })),
      orderEventFor(anOrder('PROCESSING', 1), anOrder('FAILED', 4)),
    ];
    for (const event of events) expect(OrderEventSchema.safeParse(event).success).toBe(true);
    expect(OrderEventSchema.safeParse({ ...events[0], data: { ...events[0]!.data, email: 'x@example.com' } }).success).toBe(false);
  });
});

describe('refund events, one per refund status change', () => {
  const order = anInvoicedOrder();
  const requested = newRefund(order, refundLinesFor(order, { lines: [{ lineNumber: 1, quantity: 1 }] }), 'Broken; call me on +44 20 7946 0000', T0, '01M84GB0000000000000000001');
  const creditNote = { creditNoteNumber: 'CN-2026-000007', issuedAt: at(2), objectKey: `invoices/${order.orderId}/CN-2026-000007.pdf` };
  const moved = (status: RefundStatus, seconds: number, extra: Partial<Refund> = {}): Refund => ({
    ...requested,
    status,
    updatedAt: at(seconds),
    statusTimestamps: { ...requested.statusTimestamps, [status]: at(seconds) },
    ...extra,
  });

  it('announces a new refund as RefundRequested in the order\'s events, with its amounts and not its free-text reason', () => {
    const event = refundEventFor(undefined, requested);
    expect(event).toEqual({
      eventId: `${requested.refundId}:REQUESTED:${requested.updatedAt}`,
      eventType: 'RefundRequested',
      schemaVersion: 1,
      orderId: order.orderId,
      refundId: requested.refundId,
      status: 'REQUESTED',
      occurredAt: requested.updatedAt,
      data: { currency: 'EUR', subtotalMinor: requested.subtotalMinor, taxMinor: requested.taxMinor, totalMinor: requested.totalMinor, lineCount: 1 },
    });
    expect(JSON.stringify(event)).not.toContain('7946');
  });

  it('announces CREDITED as CreditNoteIssued and NOTIFIED as CreditNoteEmailed, each naming the credit note', () => {
    const credited = moved('CREDITED', 3, { creditNote });
    expect(refundEventFor(requested, credited)).toMatchObject({
      eventType: 'CreditNoteIssued',
      status: 'CREDITED',
      data: { previousStatus: 'REQUESTED', ...creditNote, currency: 'EUR', totalMinor: requested.totalMinor },
    });
    const notified = moved('NOTIFIED', 4, { creditNote, notification: { messageId: '<cn@example.com>' } });
    expect(refundEventFor(credited, notified)).toMatchObject({
      eventType: 'CreditNoteEmailed',
      data: { previousStatus: 'CREDITED', creditNoteNumber: creditNote.creditNoteNumber, messageId: '<cn@example.com>' },
    });
    expect(refundEventFor(requested, moved('FAILED', 5, { failureReason: 'poison' }))).toMatchObject({
      eventType: 'RefundFailed',
      data: { previousStatus: 'REQUESTED', failureReason: 'poison' },
    });
  });

  it('publishes nothing for a refund write that keeps its status, and refuses a CREDITED refund without its PDF key', () => {
    expect(refundEventFor(requested, { ...requested, creditNote: { creditNoteNumber: creditNote.creditNoteNumber, issuedAt: creditNote.issuedAt } })).toBeUndefined();
    expect(() => refundEventFor(requested, moved('CREDITED', 3, { creditNote: { creditNoteNumber: creditNote.creditNoteNumber, issuedAt: creditNote.issuedAt } }))).toThrow(
      OrderEventDataError,
    );
  });

  it('only ever returns refund events that pass the published schema', () => {
    const credited = moved('CREDITED', 3, { creditNote });
    const events = [refundEventFor(undefined, requested), refundEventFor(requested, credited), refundEventFor(credited, moved('NOTIFIED', 4, { creditNote }))];
    for (const event of events) expect(OrderEventSchema.safeParse(event).success).toBe(true);
  });
});
