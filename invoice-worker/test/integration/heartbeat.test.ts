import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { startInvoiceWorker, type InvoiceWorker } from '../../src';
import { expectExactlyOneInvoiceEach, fastOptions, invoicesStored, queuedOrders, workerDeps } from '../support/workerHarness';

let stage: TestStage;
const workers: InvoiceWorker[] = [];

beforeAll(async () => {
  stage = await createTestStage('heartbeat', { visibilityTimeoutSeconds: 2 });
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop(10_000)));
  stage.close();
});

describe('a job longer than the visibility timeout', () => {
  it('keeps its message invisible with the heartbeat, so a second worker never picks it up', async () => {
    const deps = await workerDeps(stage);
    let renders = 0;
    // The render itself takes 6 s: three times the queue's 2 s visibility timeout.
    const slowRender: typeof deps.render = async (doc) => {
      renders++;
      const started = Date.now();
      while (Date.now() - started < 6000) await new Promise((resolve) => setTimeout(resolve, 100));
      return deps.render(doc);
    };
    const options = { ...fastOptions(stage), visibilityTimeoutSeconds: 2, heartbeatIntervalSeconds: 1 };
    const [orderId] = await queuedOrders(stage, 1);
    workers.push(startInvoiceWorker({ ...deps, render: slowRender }, options), startInvoiceWorker({ ...deps, render: slowRender }, options));

    await invoicesStored(stage, [orderId!]);
    expect(renders).toBe(1);
    await expectExactlyOneInvoiceEach(stage, [orderId!]);
  }, 60_000);
});
