import { newOrder, type PricedOrderRequest, type Order } from '../../src';
import { anOrderRequest } from './anOrderRequest';

/** An order as it is once invoiced: INVOICED, with an invoice number and its issue instant. */
export function anInvoicedOrder(request: PricedOrderRequest = anOrderRequest({ items: 3 }), overrides: Partial<Order> = {}): Order {
  const order = newOrder(request, new Date('2026-03-02T10:00:00.000Z'));
  return {
    ...order,
    status: 'INVOICED',
    invoice: { invoiceNumber: 'INV-2026-000007', issuedAt: '2026-03-02T10:00:05.000Z', objectKey: `invoices/${order.orderId}/INV-2026-000007.pdf` },
    ...overrides,
  };
}
