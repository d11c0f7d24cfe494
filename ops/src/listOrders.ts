import type { StoredOrder } from '@checkout/aws-adapters';
import { ORDER_STATUSES, type OrderStatus } from '@checkout/domain';
import type { OpsPorts } from './ports';

export interface OrderList {
  orders: StoredOrder[];
  /** Where the next page of this status starts (listing by status only). */
  cursor?: string;
}

/**
 * Orders newest first, from the `byStatus` index and then read in full (BatchGetItem). With a
 * status: one page of that status (the index lags the table for a moment, so an order that has
 * just moved on is left out). Without: the newest `limit` orders of any status, one query per
 * status, merged by creation time.
 */
export async function listOrders(
  ports: Pick<OpsPorts, 'orders'>,
  options: { status?: OrderStatus; limit: number; cursor?: string },
): Promise<OrderList> {
  if (options.status) {
    const { status } = options;
    const page = await ports.orders.listByStatus(status, { limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
    const orders = (await ports.orders.getOrders(page.orderIds)).filter((order) => order.status === status);
    return { orders, ...(page.cursor ? { cursor: page.cursor } : {}) };
  }
  const pages = await Promise.all(ORDER_STATUSES.map((status) => ports.orders.listByStatus(status, { limit: options.limit })));
  const orders = await ports.orders.getOrders([...new Set(pages.flatMap((page) => page.orderIds))]);
  return { orders: newestFirst(orders).slice(0, options.limit) };
}

/** By creation time, newest first; ULIDs break ties (they sort by time too). */
export function newestFirst(orders: StoredOrder[]): StoredOrder[] {
  return [...orders].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.orderId.localeCompare(a.orderId));
}
