import { readFileSync } from 'node:fs';
import { COLLECTION_PATH, describeRun, environmentPath, runCollection, type CollectionRun } from '../../runCollection';
import { startContractStub, type ContractStub, type StubOptions } from './support/contractStub';

/**
 * The collection's own logic (saved variables, the polling loop, the Authorization header, the
 * cancel branches) run by newman against a stub of the HTTP contract. Whether the real API keeps
 * the contract is e2e/test/postman.test.ts's job.
 */

interface Item {
  name: string;
  item?: Item[];
  event?: { listen: string; script: { exec: string[] } }[];
  request?: { method: string; url: { raw: string } };
}
const collection = JSON.parse(readFileSync(COLLECTION_PATH, 'utf8')) as Item & { info: { schema: string } };
const requests = (item: Item): Item[] => (item.item ? item.item.flatMap(requests) : [item]);

async function runAgainstStub(options: StubOptions & { variables?: Record<string, string> } = {}): Promise<{ run: CollectionRun; stub: ContractStub }> {
  const stub = await startContractStub(options);
  try {
    const run = await runCollection({
      environment: environmentPath('local'),
      // No user pool behind the stub: the Identity folder skips itself, a preset accessToken (if any) is used.
      variables: { baseUrl: stub.apiUrl, pollIntervalMs: '10', tokenUrl: '', cognitoUrl: '', inboxUrl: '', ...options.variables },
    });
    return { run, stub };
  } finally {
    await stub.stop();
  }
}

describe('postman/checkout.postman_collection.json', () => {
  it('is a v2.1 collection whose every request tests its response', () => {
    expect(collection.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
    for (const request of requests(collection)) {
      const test = request.event?.find((event) => event.listen === 'test');
      expect(`${request.name}: ${test?.script.exec.join('\n') ?? ''}`).toMatch(/pm\.test\(/);
    }
  });

  it('passes against the contract: create, replay, poll until NOTIFIED, download, cancel, errors', async () => {
    const { run, stub } = await runAgainstStub({ getsUntilNotified: 4 });
    expect(run.failures).toEqual([]);
    expect(run.assertions.total).toBeGreaterThan(30);
    // The poll request repeated itself until the fourth GET answered NOTIFIED.
    expect(run.requests.filter((r) => r.startsWith('GET Wait until the order is NOTIFIED'))).toHaveLength(4);
    expect(run.requests).toContain('GET Download the invoice -> 200');
    expect(run.requests).toContain('PATCH Cancel the order -> 200');
    expect(stub.requests.filter((r) => r.includes('auth=yes'))).toEqual([]);
  });

  it('creates a product with the access token (the shop\'s, which has the catalog\'s admin scope), and sends none with the change meant to be refused', async () => {
    const { run, stub } = await runAgainstStub({ adminToken: 'token-123', variables: { accessToken: 'token-123' } });
    expect(run.failures).toEqual([]);
    expect(run.requests).toContain('PUT Change a product without a credential -> 401');
    expect(run.requests).toContain('PUT Create or replace a product -> 201');
    expect(run.requests).toContain('POST Order from the catalog -> 202');
    expect(run.requests).toContain('POST Order at a price the catalog does not have -> 422');
    const puts = stub.requests.filter((r) => r.startsWith('PUT /products/'));
    expect(puts).toEqual([expect.stringMatching(/auth=no$/), expect.stringMatching(/auth=yes$/)]);
  });

  it('expects 401 for the catalog change when it has no access token', async () => {
    const { run } = await runAgainstStub({ adminToken: 'token-123' });
    expect(run.failures).toEqual([]);
    expect(run.requests).toContain('PUT Create or replace a product -> 401');
  });

  it('accepts the 409 when the worker starts on the order before the cancel arrives', async () => {
    const { run } = await runAgainstStub({ cancelRace: true });
    expect(run.failures).toEqual([]);
    expect(run.requests).toContain('PATCH Cancel the order -> 409');
    expect(run.console.join('\n')).toMatch(/before the cancel arrived/);
  });

  it('sends the access token to the API only, never to the presigned invoice link', async () => {
    const { run, stub } = await runAgainstStub({ requiredToken: 'token-123', adminToken: 'token-123', variables: { accessToken: 'token-123' } });
    expect(run.failures).toEqual([]);
    const invoiceRequests = stub.requests.filter((r) => r.includes('/invoices/'));
    expect(invoiceRequests).toEqual([expect.stringMatching(/auth=no$/)]);
    expect(stub.requests.filter((r) => r.startsWith('POST /orders')).every((r) => r.endsWith('auth=yes'))).toBe(true);
  });

  it('stops polling after pollTimeoutSeconds and fails, naming the status it saw', async () => {
    const { run } = await runAgainstStub({ getsUntilNotified: 1_000_000, variables: { pollTimeoutSeconds: '1', pollIntervalMs: '100' } });
    expect(run.failures.join('\n')).toMatch(/NOTIFIED within 1 s \(PROCESSING after/);
    const polls = run.requests.filter((r) => r.startsWith('GET Wait until the order is NOTIFIED')).length;
    // It polls more than once; at most about 1 s / 100 ms times (the pause between polls is real, so far fewer than 20);
    // and the loop ends. No lower bound beyond 2: a loaded machine may answer slowly.
    expect(polls).toBeGreaterThanOrEqual(2);
    expect(polls).toBeLessThan(20);
    expect(run.requests).not.toContain('GET Download the invoice -> 200');
  });

  it('reports a broken contract as failures', async () => {
    const { run } = await runAgainstStub({ requiredToken: 'expected-token', variables: { accessToken: '' } });
    expect(run.failures.length).toBeGreaterThan(0);
    expect(describeRun(run)).toMatch(/Create order › 202 Accepted/);
  });
});
