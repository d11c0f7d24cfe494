import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { emailsTo } from './support/inbox';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';

let stack: LocalStackProcess;

beforeAll(async () => {
  // A cancellation window: new orders stay invisible to the worker for 5 s (ample time for the PATCH, even on a loaded machine).
  stack = await startLocalStackProcess({ env: { CANCELLATION_WINDOW_SECONDS: '5' } });
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const patch = async (orderId: string, status: string) =>
  fetch(`${stack.apiUrl}/orders/${orderId}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...(await stack.shopAuthorization()) }, body: JSON.stringify({ status }) });

describe('cancelling an order inside the cancellation window', () => {
  it('cancels it: the worker then skips it, and no invoice or email is made', async () => {
    const order = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));
    order.customer.email = `cancel-${randomUUID()}@example.com`;
    const placed = await fetch(`${stack.apiUrl}/orders`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await stack.shopAuthorization()) }, body: JSON.stringify(order) });
    const { orderId } = await placed.json();

    const cancelled = await patch(orderId, 'CANCELLED');
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ orderId, status: 'CANCELLED' });

    await stack.waitForLog((l) => l.message === 'order was cancelled; no invoice' && l.orderId === orderId, 30_000);
    const view = await (await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: await stack.shopAuthorization() })).json();
    expect(view).toMatchObject({ status: 'CANCELLED' });
    expect(view.invoice).toBeUndefined();
    expect(await emailsTo(stack.inboxUrl, order.customer.email)).toEqual([]);

    const again = await patch(orderId, 'CANCELLED');
    expect(again.status).toBe(409);
  });
});
