import {
  assertInvoiceable,
  canTransition,
  formatInvoiceNumber,
  invoiceObjectKey,
  invoiceSeriesFor,
  isCancellable,
  newOrder,
  OrderValidationError,
  parseInvoiceNumber,
  parseInvoiceObjectKey,
  statusesAllowedBefore,
} from '../../src';
import { anOrderRequest } from '../support/anOrderRequest';

describe('status rules', () => {
  it('lets only a RECEIVED order be cancelled and only PROCESSING become INVOICED', () => {
    expect(isCancellable('RECEIVED')).toBe(true);
    expect(isCancellable('PROCESSING')).toBe(false);
    expect(statusesAllowedBefore('INVOICED')).toEqual(['PROCESSING']);
    expect(statusesAllowedBefore('CANCELLED')).toEqual(['RECEIVED']);
    expect(canTransition('NOTIFIED', 'FAILED')).toBe(false);
    expect(canTransition('PROCESSING', 'PROCESSING')).toBe(true);
  });
});

describe('invoice numbers and keys', () => {
  it('numbers invoices per UTC year with six digits and parses them back', () => {
    expect(invoiceSeriesFor(new Date('2026-12-31T23:59:59Z'))).toBe('2026');
    expect(formatInvoiceNumber('2026', 42)).toBe('INV-2026-000042');
    expect(parseInvoiceNumber('INV-2026-000042')).toEqual({ series: '2026', sequence: 42 });
    expect(parseInvoiceNumber('INV-26-1')).toBeUndefined();
    expect(() => formatInvoiceNumber('2026', 0)).toThrow(RangeError);
  });

  it('derives the PDF key from order id and number, and reads both back', () => {
    const key = invoiceObjectKey('01JD3ZK7Q4T2M8X9V6B5N1C0R2', 'INV-2026-000001');
    expect(key).toBe('invoices/01JD3ZK7Q4T2M8X9V6B5N1C0R2/INV-2026-000001.pdf');
    expect(parseInvoiceObjectKey(key)).toEqual({ kind: 'invoice', orderId: '01JD3ZK7Q4T2M8X9V6B5N1C0R2', invoiceNumber: 'INV-2026-000001' });
    expect(parseInvoiceObjectKey('failed/2026-01-01/x.json')).toBeUndefined();
  });
});

describe('assertInvoiceable', () => {
  it('accepts an order as the API stores it', () => {
    expect(() => assertInvoiceable(newOrder(anOrderRequest(), new Date()))).not.toThrow();
  });

  it('refuses a record whose totals do not match its lines, naming the field', () => {
    const order = { ...newOrder(anOrderRequest(), new Date()), totalMinor: 1 };
    expect(() => assertInvoiceable(order)).toThrow(OrderValidationError);
    expect(() => assertInvoiceable(order)).toThrow(/totalMinor is 1, but the lines add up to 7196/);
  });

  it('refuses a record with no lines', () => {
    const order = { ...newOrder(anOrderRequest(), new Date()), lineItems: [] };
    expect(() => assertInvoiceable(order)).toThrow(/lineItems/);
  });
});
