import { freePort } from '../../../local-stack/src/ports';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { expectExactlyOneInvoiceEach, invoicesStored, queuedOrders, storeFor } from '../support/workerHarness';
import { spawnWorker, type SpawnedWorker } from '../support/workerProcess';

let stage: TestStage;
const running: SpawnedWorker[] = [];

beforeAll(async () => {
  stage = await createTestStage('proc', { visibilityTimeoutSeconds: 10 });
});
afterEach(async () => {
  for (const worker of running.splice(0)) {
    if (worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
  }
});
afterAll(() => stage.close());

async function start(): Promise<SpawnedWorker & { healthPort: number }> {
  const healthPort = await freePort();
  const worker = spawnWorker({
    ...stage.env,
    LOG_LEVEL: 'INFO',
    HEALTH_PORT: String(healthPort),
    VISIBILITY_TIMEOUT_SECONDS: '10',
    HEARTBEAT_INTERVAL_SECONDS: '3',
    RECEIVE_WAIT_SECONDS: '2',
    RETRY_BACKOFF_SECONDS: '0',
    WORKER_BATCH_SIZE: '10',
    // A killed worker may hold the numbering lease; its successor takes over after this.
    NUMBERING_LEASE_SECONDS: '3',
  });
  running.push(worker);
  await worker.waitForLog((l) => l.message === 'invoice worker started');
  return Object.assign(worker, { healthPort });
}

const allInvoiced = (orderIds: string[]) => invoicesStored(stage, orderIds, 90_000);

describe('the worker process (the container entry point)', () => {
  it('invoices every order exactly once after being killed with SIGKILL mid-batch and restarted', async () => {
    const orderIds = await queuedOrders(stage, 30, 40);
    const first = await start();
    await first.waitForLog((l) => l.message === 'invoice issued');
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const issuedBeforeKill = first.logs.filter((l) => l.message === 'invoice issued').length;
    expect(issuedBeforeKill).toBeLessThan(orderIds.length);

    await start();
    await allInvoiced(orderIds);
    await expectExactlyOneInvoiceEach(stage, orderIds);
  }, 150_000);

  it('on SIGTERM stops receiving, finishes the invoices in flight within its drain budget and exits 0', async () => {
    const orderIds = await queuedOrders(stage, 20, 40);
    const worker = await start();
    const health = await fetch(`http://127.0.0.1:${worker.healthPort}/health`);
    expect(health.status).toBe(200);
    await worker.waitForLog((l) => l.message === 'processing order');

    worker.child.kill('SIGTERM');
    const { code } = await worker.exited;
    expect(code).toBe(0);
    // Drained inside its budget (SHUTDOWN_TIMEOUT_SECONDS, 25 s), not cut off by the deadline.
    expect(worker.logs.map((l) => l.message)).toContain('drained');
    expect(worker.logs.map((l) => l.message)).not.toContain('drain deadline reached; unfinished messages will be redelivered');

    // Nothing was left half-done: every order is either invoiced or untouched.
    const statuses = await Promise.all(orderIds.map(async (id) => (await storeFor(stage).getOrder(id))!.status));
    expect(statuses.filter((s) => s !== 'INVOICED' && s !== 'RECEIVED')).toEqual([]);

    await start();
    await allInvoiced(orderIds);
    await expectExactlyOneInvoiceEach(stage, orderIds);
  }, 150_000);

  it('refuses to start with a message naming a bad variable', async () => {
    const worker = spawnWorker({ ...stage.env, WORKER_BATCH_SIZE: '50' });
    running.push(worker);
    const { code } = await worker.exited;
    expect(code).toBe(1);
    expect(worker.stderr()).toContain('WORKER_BATCH_SIZE=\\"50\\": must be at most 10');
  });
});
