import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { OrderOperations, type InvoiceNumberer } from '@checkout/aws-adapters';
import { newOrder } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { fastOptions, invoicesStored, storeFor, workerDeps } from '../../../invoice-worker/test/support/workerHarness';
import { startInvoiceWorker, type InvoiceWorker } from '../../../invoice-worker/src';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { jsonOf, runOps } from '../support/opsCli';

/** The operator CLI (its bundle, as `npm run ops` runs it) against the emulators, configured by the components' variables. */
let stage: TestStage;
const workers: { worker: InvoiceWorker; numberer: InvoiceNumberer }[] = [];

beforeAll(async () => {
  stage = await createTestStage('ops');
});
afterAll(async () => {
  for (const { worker, numberer } of workers) {
    await worker.stop(10_000);
    await numberer.stop();
  }
  stage.close();
});

const ops = (...args: string[]) => runOps(args, stage.env);

async function startWorker(): Promise<void> {
  const deps = await workerDeps(stage);
  workers.push({ worker: startInvoiceWorker(deps, fastOptions(stage)), numberer: deps.numberer });
}

describe('npm run ops against the emulators', () => {
  it('lists orders of a status newest first, a page at a time', async () => {
    const store = storeFor(stage);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const order = newOrder(anOrderRequest(), new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
      await store.createOrder(order);
      ids.push(order.orderId);
    }
    await store.transition(ids[1]!, 'CANCELLED', new Date());

    const first = jsonOf<{ orders: { orderId: string }[]; cursor?: string }>(await ops('--json', 'orders', '--status', 'RECEIVED', '--limit', '1'));
    expect(first.orders.map((o) => o.orderId)).toEqual([ids[2]]);
    const second = jsonOf<{ orders: { orderId: string }[]; cursor?: string }>(await ops('--json', 'orders', '--status', 'RECEIVED', '--limit', '1', '--cursor', first.cursor!));
    expect(second.orders.map((o) => o.orderId)).toEqual([ids[0]]);
    const cancelled = await ops('orders', '--status', 'cancelled');
    expect(cancelled.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(/ +/).slice(0, 2))).toEqual([[ids[1], 'CANCELLED']]);
  });

  it('moves a message from the dead-letter queue back to the orders queue, and the worker invoices its order', async () => {
    const store = storeFor(stage);
    const order = newOrder(anOrderRequest(), new Date());
    await store.createOrder(order);
    // Where SQS puts a message after its last receive, while no worker reads the dead-letter queue.
    await stage.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: stage.resources.ordersDlqUrl,
        MessageBody: JSON.stringify({ orderId: order.orderId }),
        MessageAttributes: { orderId: { DataType: 'String', StringValue: order.orderId } },
      }),
    );

    const report = jsonOf<{ movedFromQueue: number; reopened: unknown[] }>(await ops('--json', 'redrive'));
    expect(report).toMatchObject({ movedFromQueue: 1, reopened: [] });
    const left = await stage.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: stage.resources.ordersDlqUrl, WaitTimeSeconds: 0 }));
    expect(left.Messages ?? []).toEqual([]);

    await startWorker();
    const [invoiced] = await invoicesStored(stage, [order.orderId]);
    expect(invoiced!.invoice!.invoiceNumber).toMatch(/^INV-\d{4}-\d{6}$/);
  });

  it('reopens a FAILED order where it failed: one that had its invoice number resumes at PROCESSING and keeps it', async () => {
    const store = storeFor(stage);
    const order = newOrder(anOrderRequest(), new Date());
    await store.createOrder(order);
    await store.startProcessing(order.orderId, new Date());
    // As if the worker had numbered it and then failed three times storing the PDF.
    const deps = await workerDeps(stage);
    const { invoiceNumber } = await deps.numberer.numberFor(order.orderId);
    await deps.numberer.stop();
    await store.transition(order.orderId, 'FAILED', new Date(), { failureReason: 'S3 was down' });

    const report = jsonOf<{ reopened: { orderId: string; status: string; queued: boolean }[] }>(await ops('--json', 'redrive'));
    expect(report.reopened).toEqual([{ orderId: order.orderId, status: 'PROCESSING', queued: true }]);
    if (workers.length === 0) await startWorker();
    const [invoiced] = await invoicesStored(stage, [order.orderId]);
    expect(invoiced!.invoice!.invoiceNumber).toBe(invoiceNumber);
    expect(await new OrderOperations(stage.clients.dynamo, stage.resources.ordersTable).getOrders([order.orderId])).toMatchObject([{ redrives: 1, status: 'INVOICED' }]);

    // Nothing FAILED is left: a second redrive changes nothing.
    expect(jsonOf<{ movedFromQueue: number; reopened: unknown[] }>(await ops('--json', 'redrive'))).toMatchObject({ movedFromQueue: 0, reopened: [] });
  });
});
