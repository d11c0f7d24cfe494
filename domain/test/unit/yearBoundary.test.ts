import { formatInvoiceNumber, invoiceDocumentFor, invoiceSeriesFor, newOrder, type Order } from '../../src';
import { anOrderRequest } from '../support/anOrderRequest';
import { aSeller } from '../support/aSeller';

const seller = aSeller();

/** Invoiced "now", as the worker does: the series and the issue date come from the same instant. */
function invoicedNow(order: Order, sequence: number): Order {
  const now = new Date();
  return { ...order, invoice: { invoiceNumber: formatInvoiceNumber(invoiceSeriesFor(now), sequence), issuedAt: now.toISOString() } };
}

describe('orders around the turn of the year (faked clock at 31 December, 23:59:50 UTC)', () => {
  const year = new Date().getUTCFullYear();

  beforeEach(() => jest.useFakeTimers({ now: Date.UTC(year, 11, 31, 23, 59, 50) }));
  afterEach(() => jest.useRealTimers());

  it('invoices an order placed before midnight and invoiced before midnight in the old series', () => {
    const order = newOrder(anOrderRequest(), new Date());
    jest.advanceTimersByTime(9_999);
    const doc = invoiceDocumentFor(invoicedNow(order, 7), seller);
    expect(doc.invoiceNumber).toBe(`INV-${year}-000007`);
    expect(doc.issuedAt).toBe(`${year}-12-31T23:59:59.999Z`);
    expect(doc.dueDate).toBe(`${year + 1}-01-14`);
  });

  it('invoices an order placed before midnight but invoiced after it in the new series, dated in the new year', () => {
    const order = newOrder(anOrderRequest(), new Date());
    jest.advanceTimersByTime(15_000);
    const doc = invoiceDocumentFor(invoicedNow(order, 1), seller);
    expect(order.createdAt).toBe(`${year}-12-31T23:59:50.000Z`);
    expect(doc.invoiceNumber).toBe(`INV-${year + 1}-000001`);
    expect(doc.issuedAt).toBe(`${year + 1}-01-01T00:00:05.000Z`);
    expect(doc.dueDate).toBe(`${year + 1}-01-15`);
  });
});
