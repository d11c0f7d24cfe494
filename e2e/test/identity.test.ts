import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedInCustomer, type SignedInCustomer } from '../../local-stack/test/support/identity';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';
import { emailsTo } from './support/inbox';

/**
 * Identity on `npm start`'s stack, as a customer's app and the shop use it: two customers sign up
 * (the code from the stack's inbox), confirm and log in against its cognito-local; each sees only
 * their own order, which is invoiced and emailed as any; the shop sees both; no token is a 401.
 */
let stack: LocalStackProcess;

beforeAll(async () => {
  stack = await startLocalStackProcess();
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const sampleOrder = (email: string) => {
  const order = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));
  order.customer.email = email;
  return order;
};
const place = (customer: SignedInCustomer) =>
  fetch(`${stack.apiUrl}/orders`, { method: 'POST', headers: { 'content-type': 'application/json', ...customer.authorization }, body: JSON.stringify(sampleOrder(customer.email)) });

describe('customers and the shop on the embedded stack', () => {
  it('signs customers up and in, keeps each to their own order, invoices it, and lets the shop see both', async () => {
    const endpoints = { cognito: stack.cognitoUrl, inbox: stack.inboxUrl };
    const [ada, bob] = await Promise.all([signedInCustomer(endpoints), signedInCustomer(endpoints)]);

    const placed = await place(ada);
    expect(placed.status).toBe(202);
    const { orderId } = (await placed.json()) as { orderId: string };

    expect((await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: bob.authorization })).status).toBe(404);
    expect((await fetch(`${stack.apiUrl}/orders/${orderId}`)).status).toBe(401);
    expect((await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: await stack.shopAuthorization() })).status).toBe(200);

    await stack.waitForLog((line) => line.message === 'invoice email sent' && line.orderId === orderId, 60_000);
    const mine = (await (await fetch(`${stack.apiUrl}/orders/${orderId}`, { headers: ada.authorization })).json()) as { status: string };
    expect(mine.status).toBe('NOTIFIED');
    // The customer's inbox has the verification code and the invoice, nothing else.
    expect((await emailsTo(stack.inboxUrl, ada.email)).length).toBe(2);
  }, 120_000);
});
