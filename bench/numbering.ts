import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { createLogger, DEFAULT_NUMBERER_OPTIONS, InvoiceNumberer, InvoiceNumbers, OrderStore, orderKey } from '@checkout/aws-adapters';
import { newOrder } from '@checkout/domain';
import { setTimeout as delay } from 'node:timers/promises';
import { anOrderRequest } from '../domain/test/support/anOrderRequest';
import { startDynamoDbLocal } from '../local-stack/src/dynamoDbLocal';
import { freePort } from '../local-stack/src/ports';
import { provisionOrdersTable } from './support/ordersTable';
import { numberOptimistically, retryingLocalLockTimeouts } from './support/optimisticNumbering';
import { machineLine } from './support/machine';

/**
 * Fleet numbering: invoice numbers per second with C claimants in flight (orders waiting for a
 * number at once, spread over WORKERS worker processes), the old design (every claimant
 * read-then-transact on the counter) and the new one (one lease-holding numberer, batched
 * transactions), against DynamoDB Local with ROUND_TRIP_MS added to every request, as a network
 * to DynamoDB would. Each worker process is simulated by its own SDK client and, for the new
 * design, its own InvoiceNumberer. A claimant does what a worker does per order: RECEIVED →
 * PROCESSING (one write), then the number; then takes the next order. Each cell runs for
 * SECONDS (or until its pool of orders, written beforehand without latency, runs out);
 * throughput = numbers / elapsed time.
 */
const ROUND_TRIP_MS = Number(process.env.BENCH_ROUND_TRIP_MS ?? 15);
const WORKERS = 4;
const CLAIMANTS = (process.env.BENCH_CLAIMANTS ?? '10,40,100,300').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_NUMBERING_SECONDS ?? 5);
/** Orders written per cell: enough for SECONDS at the rate each design can reach here. */
const POOL = { old: 2_000, new: 12_000 };

interface Cell {
  design: 'old: read-then-transact per order' | 'new: lease-holding numberer, batched';
  claimants: number;
  numbersPerSecond: number;
  attemptsPerNumber: number;
  cancelledPer100: number;
  giveUpsPerMinute: number;
  /** Writes DynamoDB Local timed out on a lock and the claimant retried (DynamoDB would cancel or queue them). */
  lockTimeoutsPer100: number;
  /** New design: mean time of one numbering transaction (round trip included). */
  msPerTransaction?: number;
}

function clientWithLatency(endpoint: string): DynamoDBDocument {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  client.middlewareStack.add((next) => async (args) => {
    await delay(ROUND_TRIP_MS);
    return next(args);
  }, { step: 'finalizeRequest', name: 'injectedRoundTrip' });
  return DynamoDBDocument.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** RECEIVED orders, written 25 at a time without the injected latency. */
async function receivedOrders(db: DynamoDBDocument, table: string, count: number): Promise<string[]> {
  const orders = Array.from({ length: count }, () => newOrder(anOrderRequest({ items: 1 }), new Date()));
  for (let i = 0; i < orders.length; i += 25 * 8) {
    await Promise.all(
      Array.from({ length: 8 }, (_, j) => orders.slice(i + j * 25, i + (j + 1) * 25)).filter((chunk) => chunk.length > 0).map((chunk) =>
        db.send(new BatchWriteCommand({ RequestItems: { [table]: chunk.map((order) => ({ PutRequest: { Item: { ...orderKey(order.orderId), entity: 'ORDER', ...order } } })) } })),
      ),
    );
  }
  return orders.map((order) => order.orderId);
}

/** C claimants, each taking the next order of the pool until SECONDS are up or the pool is empty. */
async function runClaimants(claimants: number, orderIds: string[], claim: (orderId: string, claimant: number) => Promise<boolean>) {
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  let next = 0;
  let numbered = 0;
  let gaveUp = 0;
  await Promise.all(
    Array.from({ length: claimants }, async (_, c) => {
      while (performance.now() < deadline && next < orderIds.length) (await claim(orderIds[next++]!, c)) ? numbered++ : gaveUp++;
    }),
  );
  return { numbered, gaveUp, seconds: (performance.now() - started) / 1000 };
}

export async function benchNumbering(): Promise<Cell[]> {
  const dynamodb = await startDynamoDbLocal({ port: await freePort() });
  const plain = DynamoDBDocument.from(
    new DynamoDBClient({ endpoint: dynamodb.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );
  const logger = createLogger('bench', 'SILENT');
  const cells: Cell[] = [];
  try {
    for (const claimants of CLAIMANTS) {
      for (const design of ['old', 'new'] as const) {
        const table = await provisionOrdersTable(plain, `orders-bench-${design}-${claimants}`);
        const orderIds = await receivedOrders(plain, table, POOL[design]);
        const workers = Array.from({ length: WORKERS }, () => clientWithLatency(dynamodb.endpoint));
        const stores = workers.map((db) => new OrderStore(db, { orders: table }));
        const counters = { transactions: 0, cancelled: 0, transactionMs: 0, lockTimeouts: 0 };
        let result;
        if (design === 'old') {
          result = await runClaimants(claimants, orderIds, async (orderId, c) => {
            await retryingLocalLockTimeouts(() => stores[c % WORKERS]!.transition(orderId, 'PROCESSING', new Date()), counters);
            return (await numberOptimistically(workers[c % WORKERS]!, table, orderId, new Date(), counters)) === 'numbered';
          });
        } else {
          const numbers = workers.map((db) => new InvoiceNumbers(db, table));
          const numberers = numbers.map(
            (n, i) => new InvoiceNumberer(n, { ...DEFAULT_NUMBERER_OPTIONS, holderId: `bench-worker-${i}` }, () => new Date(), logger),
          );
          result = await runClaimants(claimants, orderIds, async (orderId, c) => {
            await retryingLocalLockTimeouts(() => stores[c % WORKERS]!.startProcessing(orderId, new Date()), counters);
            return Boolean(await numberers[c % WORKERS]!.numberFor(orderId));
          });
          await Promise.all(numberers.map((n) => n.stop()));
          for (const n of numbers) {
            counters.transactions += n.counters.transactions;
            counters.cancelled += n.counters.cancelled;
            counters.transactionMs += n.counters.transactionMs;
          }
        }
        workers.forEach((w) => w.destroy());
        cells.push({
          design: design === 'old' ? 'old: read-then-transact per order' : 'new: lease-holding numberer, batched',
          claimants,
          numbersPerSecond: Math.round(result.numbered / result.seconds),
          attemptsPerNumber: Number((counters.transactions / Math.max(1, result.numbered)).toFixed(2)),
          cancelledPer100: Number(((100 * counters.cancelled) / Math.max(1, result.numbered)).toFixed(1)),
          giveUpsPerMinute: Math.round((result.gaveUp / result.seconds) * 60),
          lockTimeoutsPer100: Number(((100 * counters.lockTimeouts) / Math.max(1, result.numbered)).toFixed(1)),
          ...(design === 'new' ? { msPerTransaction: Math.round(counters.transactionMs / Math.max(1, counters.transactions)) } : {}),
        });
      }
    }
  } finally {
    plain.destroy();
    await dynamodb.stop();
  }
  return cells;
}

if (require.main === module) {
  benchNumbering().then(
    (cells) => {
      console.log(machineLine());
      console.log(`DynamoDB Local, ${ROUND_TRIP_MS} ms added to every request, ${WORKERS} worker processes, ${SECONDS} s per cell`);
      console.table(
        cells.map((c) => ({
          design: c.design,
          'claimants in flight': c.claimants,
          'numbers/s': c.numbersPerSecond,
          'transactions per number': c.attemptsPerNumber,
          'cancelled per 100 numbers': c.cancelledPer100,
          'give-ups/min': c.giveUpsPerMinute,
          'DynamoDB Local lock timeouts per 100 (retried)': c.lockTimeoutsPer100,
          'ms per batch transaction': c.msPerTransaction ?? '',
        })),
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
