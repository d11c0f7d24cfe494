import { describeRun, environmentPath, runCollection } from '../../postman/runCollection';
import { emailsTo } from './support/inbox';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';

/**
 * The Postman collection users import (postman/checkout.postman_collection.json), run by newman
 * against the embedded stack: tokens (the shop's, a customer's after sign-up and confirmation),
 * the checkout flow from order to e-mail, cancel, and every error case of the HTTP contract.
 */
let stack: LocalStackProcess;

beforeAll(async () => {
  // A 5 s cancellation window, so the collection's cancel really finds its order RECEIVED, even on a loaded machine.
  stack = await startLocalStackProcess({ env: { CANCELLATION_WINDOW_SECONDS: '5' } });
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

describe('the Postman checkout collection, on the embedded stack', () => {
  it('runs every request without a failed test, and the customer gets the invoice e-mail', async () => {
    const run = await runCollection({
      environment: environmentPath('local'),
      variables: { baseUrl: stack.apiUrl, tokenUrl: `${stack.cognitoUrl}/oauth2/token`, cognitoUrl: stack.cognitoUrl, inboxUrl: stack.inboxUrl },
    });

    // On failure the message lists each failed test, the requests sent and what the scripts logged.
    expect(run.failures.length === 0 ? 'no failures' : describeRun(run)).toBe('no failures');
    expect(run.assertions.total).toBeGreaterThan(30);
    // The identity flow ran against cognito-local: shop token, a customer signed up, confirmed with the emailed code, logged in.
    expect(run.requests).toEqual(
      expect.arrayContaining([
        'POST Shop token (client credentials) -> 200',
        'POST Confirm sign-up -> 200',
        'POST Customer places an order -> 202',
        'GET Customer reads their order -> 200',
        'GET Without a token -> 401',
      ]),
    );
    // The cancel took the 200 path (the collection warns when it finds the worker already started).
    expect(run.console.filter((line) => line.includes('before the cancel arrived'))).toEqual([]);
    expect(run.requests).toContain('PUT Create or replace a product -> 201');
    // The collection's orders are for ada@example.com; this stack's inbox is its own.
    expect((await emailsTo(stack.inboxUrl, 'ada@example.com')).length).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
