import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { invoiceObjectKey, invoiceXmlObjectKey } from '@checkout/domain';
import { stageResources } from '../../local-stack/src/resources';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';
import type { InboxEmail } from './support/inbox';

/**
 * Chaos on the embedded stack: four invoice worker processes, orders posted by many clients at
 * once, and workers killed with SIGKILL in the middle of orders while the fleet replaces them (as
 * ECS would). Nothing may be lost, doubled or skipped.
 */
const ORDERS = 1_000;
const CLIENTS = 25;
const WORKERS = 4;
/** A worker is killed when this many orders (in total) have been invoiced. */
const KILL_AT_INVOICED = [100, 250, 400, 550, 700];
const STAGE = 'fleet';
const resources = stageResources(STAGE);

let stack: LocalStackProcess;

beforeAll(async () => {
  stack = await startLocalStackProcess({
    env: {
      STAGE,
      LOCAL_WORKERS: String(WORKERS),
      // A killed worker's messages come back after the visibility timeout; keep that short (the
      // heartbeat still extends it for work in progress) so recovery does not dominate the run.
      VISIBILITY_TIMEOUT_SECONDS: '20',
      HEARTBEAT_INTERVAL_SECONDS: '5',
    },
  });
}, 120_000);
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

const sampleOrder = () => JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));

/** Posts `count` orders from `clients` concurrent clients, each sending its next order once the last was answered. */
async function placeOrders(count: number, clients: number, domain: string): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        const order = sampleOrder();
        order.customer.email = `c${next++}@${domain}`;
        const response = await fetch(`${stack.apiUrl}/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID(), ...(await stack.shopAuthorization()) },
          body: JSON.stringify(order),
        });
        expect(response.status).toBe(202);
        ids.push(((await response.json()) as { orderId: string }).orderId);
      }
    }),
  );
  return ids;
}

interface Kill {
  pid: number;
  worker: number;
  replacedBy: number;
}

/** Waits until `invoiced` orders have an invoice, then SIGKILLs the next worker that starts on an order, and waits for its replacement. */
async function killAWorkerMidOrder(invoiced: number, issued: Set<string>): Promise<Kill> {
  await stack.waitForLog((l) => l.message === 'invoice issued' && issued.add(String(l.orderId)).size >= invoiced, 300_000);
  // The worker that logs 'processing order' has that order (and the rest of its batch) in flight.
  const started = await stack.nextLog((l) => l.message === 'processing order' && stack.workerPids().includes(l.pid as number), 120_000);
  const pid = started.pid as number;
  process.kill(pid, 'SIGKILL');
  const died = await stack.waitForLog((l) => l.message === 'invoice worker process died; starting a new one' && l.pid === pid);
  expect(died).toMatchObject({ signal: 'SIGKILL', worker: started.worker });
  const replacement = await stack.waitForLog(
    (l) => l.message === 'invoice worker process started' && l.worker === died.worker && l.restarts === died.restarts,
  );
  return { pid, worker: died.worker as number, replacedBy: replacement.pid as number };
}

/** Maps `items` through `fn` with at most `limit` calls in flight. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

const aws = () => ({
  region: 'us-east-1',
  endpoint: stack.awsUrl,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

async function listKeys(s3: S3Client, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let ContinuationToken: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: resources.invoicesBucket, Prefix: prefix, ContinuationToken }));
    keys.push(...(page.Contents ?? []).map((object) => object.Key!));
    ContinuationToken = page.NextContinuationToken;
  } while (ContinuationToken);
  return keys;
}

describe(`a fleet of ${WORKERS} invoice workers, killed with SIGKILL while they work`, () => {
  it(`invoices and emails each of ${ORDERS} orders exactly once, with invoice numbers without gap or duplicate`, async () => {
    expect(stack.workerPids()).toHaveLength(WORKERS);
    const domain = `fleet-${randomUUID().slice(0, 8)}.example.com`;
    const issued = new Set<string>();
    const kills: Kill[] = [];
    const killing = (async () => {
      for (const invoiced of KILL_AT_INVOICED) kills.push(await killAWorkerMidOrder(invoiced, issued));
    })();
    const [ids] = await Promise.all([placeOrders(ORDERS, CLIENTS, domain), killing]);
    expect(new Set(ids).size).toBe(ORDERS);

    // The fleet is back to full strength, without any killed process.
    const killedPids = kills.map((k) => k.pid);
    expect(kills).toHaveLength(KILL_AT_INVOICED.length);
    expect(stack.workerPids()).toHaveLength(WORKERS);
    expect(stack.workerPids().filter((pid) => killedPids.includes(pid))).toEqual([]);

    // Every order emailed: the notifier logs this once the SMTP server has stored the message.
    const ordered = new Set(ids);
    const emailed = new Set<string>();
    await stack.waitForLog(
      (l) => l.message === 'invoice email sent' && ordered.has(String(l.orderId)) && emailed.add(String(l.orderId)).size === ORDERS,
      360_000,
    );

    // The kills hit work in progress: some order a killed worker had started was invoiced by another.
    const startedByKilled = new Set(stack.logs.filter((l) => l.message === 'processing order' && killedPids.includes(l.pid as number)).map((l) => l.orderId));
    const takenOver = stack.logs.filter(
      (l) => (l.message === 'invoice issued' || l.message === 'invoice PDF was missing after a crash; stored it again') && startedByKilled.has(l.orderId) && !killedPids.includes(l.pid as number),
    );
    expect(takenOver.length).toBeGreaterThan(0);

    // Every order NOTIFIED, with one invoice number each; each year's series is 1..n without gap or duplicate.
    const orders = await mapLimited(ids, CLIENTS, async (id) => (await (await fetch(`${stack.apiUrl}/orders/${id}`, { headers: await stack.shopAuthorization() })).json()) as { orderId: string; status: string; invoice?: { invoiceNumber: string } });
    expect(orders.filter((o) => o.status !== 'NOTIFIED')).toEqual([]);
    const numbers = orders.map((o) => o.invoice!.invoiceNumber);
    const series = new Map<string, number[]>();
    for (const number of numbers) {
      const [, year, sequence] = /^INV-(\d{4})-(\d{6})$/.exec(number)!;
      series.set(year!, [...(series.get(year!) ?? []), Number(sequence)]);
    }
    for (const sequences of series.values()) {
      expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
    }
    expect(new Set(numbers).size).toBe(ORDERS);

    // Exactly one PDF and one UBL XML per order in S3, under its invoice number; nothing archived as failed.
    const s3 = new S3Client({ ...aws(), forcePathStyle: true });
    try {
      const keys = await listKeys(s3, 'invoices/');
      const expected = orders.flatMap((o) => [invoiceObjectKey(o.orderId, o.invoice!.invoiceNumber), invoiceXmlObjectKey(o.orderId, o.invoice!.invoiceNumber)]);
      expect(keys.sort()).toEqual(expected.sort());
      expect(await listKeys(s3, 'failed/')).toEqual([]);
    } finally {
      s3.destroy();
    }

    // Exactly one email per order in the SMTP inbox.
    const inbox = (await (await fetch(`${stack.inboxUrl}/api/email`)).json()) as InboxEmail[];
    const recipients = inbox.flatMap((m) => m.to.map((to) => to.address)).filter((address) => address.endsWith(`@${domain}`));
    expect(recipients).toHaveLength(ORDERS);
    expect(new Set(recipients).size).toBe(ORDERS);

    // Nothing dead-lettered: the DLQ is empty and no order was failed by its consumer.
    const sqs = new SQSClient(aws());
    try {
      const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: resources.ordersDlq }));
      const { Attributes } = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
      );
      expect(Attributes).toMatchObject({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
    } finally {
      sqs.destroy();
    }
    expect(stack.logs.filter((l) => l.message === 'order failed; message archived' || l.message === 'unreadable or orphan message archived')).toEqual([]);
  }, 480_000);
});
