import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { invoiceSeriesFor, newOrder, OrderStatusConflictError, parseInvoiceNumber } from '@checkout/domain';
import { fixedClock, justBeforeNewYear, testClocks, type Clock } from '../../../local-stack/test/support/clocks';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { createLogger, DEFAULT_NUMBERER_OPTIONS, InvoiceNumberer, InvoiceNumbers, OrderStore } from '../../src';

let stage: TestStage;
let store: OrderStore;
const logger = createLogger('numbering-test', process.env.TEST_LOG_LEVEL ?? 'SILENT');

beforeAll(async () => {
  stage = await createTestStage('numbering');
  store = new OrderStore(stage.clients.dynamo, { orders: stage.resources.ordersTable });
});
afterAll(() => stage.close());

/** One worker process's view of the numbers: its own counter cache, as in a real fleet. */
const numbersOfAWorker = () => new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);

async function processingOrders(count: number, now: Date): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const order = newOrder(anOrderRequest(), now);
      await store.createOrder(order);
      await store.startProcessing(order.orderId, now);
      return order.orderId;
    }),
  );
}

async function lastSequence(series: string): Promise<number | undefined> {
  const counter = await stage.clients.dynamo.send(new GetCommand({ TableName: stage.resources.ordersTable, Key: { pk: `SERIES#${series}` }, ConsistentRead: true }));
  return counter.Item?.lastSequence as number | undefined;
}

/** Numbers are one series, distinct, and gapless; the counter stands at the last. */
async function expectGapless(invoiceNumbers: string[]): Promise<void> {
  const parsed = invoiceNumbers.map((n) => parseInvoiceNumber(n)!);
  expect(new Set(parsed.map((p) => p.series)).size).toBe(1);
  const sequences = parsed.map((p) => p.sequence).sort((a, b) => a - b);
  expect(new Set(sequences).size).toBe(sequences.length);
  expect(sequences.at(-1)! - sequences[0]! + 1).toBe(sequences.length);
  expect(await lastSequence(parsed[0]!.series)).toBeGreaterThanOrEqual(sequences.at(-1)!);
}

describe.each(testClocks)('numbering transactions, on %s', (_name, makeClock) => {
  const clock: Clock = makeClock();

  it('numbers a batch of orders in one transaction, gapless, in the series of the issue date', async () => {
    const numbers = numbersOfAWorker();
    const orderIds = await processingOrders(20, clock());
    const results = await numbers.numberBatch(orderIds, clock());
    expect(numbers.counters).toMatchObject({ transactions: 1, cancelled: 0 });
    const invoiceNumbers = results.map((r) => ('invoice' in r ? r.invoice.invoiceNumber : 'error'));
    for (const n of invoiceNumbers) expect(n).toMatch(new RegExp(`^INV-${invoiceSeriesFor(clock())}-\\d{6}$`));
    await expectGapless(invoiceNumbers);
    for (const [i, orderId] of orderIds.entries()) {
      expect(await store.getOrder(orderId)).toMatchObject({ awaitingNumber: false, invoice: { invoiceNumber: invoiceNumbers[i] } });
    }
  });

  it('gives an order asked for twice, or by several workers at once, one number, and racing orders distinct gapless numbers', async () => {
    const orderIds = await processingOrders(12, clock());
    const workers = [numbersOfAWorker(), numbersOfAWorker(), numbersOfAWorker()];
    // Every order numbered by three workers at once, in batches of 4 overlapping ones.
    const results = (
      await Promise.all(workers.flatMap((w) => [0, 4, 8].map((start) => w.numberBatch(orderIds.slice(start, start + 4), clock()))))
    ).flat();
    const numberByOrder = new Map<string, Set<string>>();
    for (const r of results) {
      if (!('invoice' in r)) throw r.error;
      numberByOrder.set(r.orderId, (numberByOrder.get(r.orderId) ?? new Set()).add(r.invoice.invoiceNumber));
    }
    expect([...numberByOrder.values()].every((s) => s.size === 1)).toBe(true);
    await expectGapless([...numberByOrder.values()].map((s) => [...s][0]!));
    const again = await numbersOfAWorker().numberOne(orderIds[0]!, clock());
    expect(again.invoiceNumber).toBe([...numberByOrder.get(orderIds[0]!)!][0]);
  });

  it('refuses to number an order that is not PROCESSING, and numbers the rest of its batch', async () => {
    const [received] = await Promise.all([
      (async () => {
        const order = newOrder(anOrderRequest(), clock());
        await store.createOrder(order);
        return order.orderId;
      })(),
    ]);
    const processing = await processingOrders(2, clock());
    const results = await numbersOfAWorker().numberBatch([processing[0]!, received!, processing[1]!], clock());
    expect(results.find((r) => r.orderId === received)).toMatchObject({ error: expect.any(OrderStatusConflictError) });
    await expectGapless(results.flatMap((r) => ('invoice' in r ? [r.invoice.invoiceNumber] : [])));
  });
});

describe('numbering at the turn of the year', () => {
  it('numbers an invoice issued at 23:59:50 on 31 December in that year, and the first of 1 January as number 1 of the new series', async () => {
    const clock = fixedClock(justBeforeNewYear());
    const year = clock().getUTCFullYear();
    const numbers = numbersOfAWorker();
    const [before] = await processingOrders(1, clock());
    expect((await numbers.numberOne(before!, clock())).invoiceNumber).toMatch(new RegExp(`^INV-${year}-\\d{6}$`));
    clock.advance(15_000);
    const [after] = await processingOrders(1, clock());
    expect(await numbers.numberOne(after!, clock())).toEqual({ invoiceNumber: `INV-${year + 1}-000001`, issuedAt: clock().toISOString() });
  });
});

describe('a fleet of numberers (one per worker process)', () => {
  const fleet: InvoiceNumberer[] = [];
  afterEach(async () => {
    await Promise.all(fleet.splice(0).map((n) => n.stop()));
  });
  const aNumberer = (numbers: InvoiceNumbers, holderId: string, leaseMs = 2_000) => {
    const numberer = new InvoiceNumberer(numbers, { ...DEFAULT_NUMBERER_OPTIONS, holderId, leaseMs }, () => new Date(), logger);
    fleet.push(numberer);
    return numberer;
  };

  it('numbers 400 orders requested through 4 workers at once, gapless, with one numberer and no cancelled transaction', async () => {
    const workers = Array.from({ length: 4 }, (_, i) => ({ numbers: numbersOfAWorker(), id: `worker-${i}` }));
    const numberers = workers.map((w) => aNumberer(w.numbers, w.id));
    const orderIds = await processingOrders(400, new Date());
    const invoices = await Promise.all(orderIds.map((orderId, i) => numberers[i % 4]!.numberFor(orderId)));
    await expectGapless(invoices.map((i) => i.invoiceNumber));
    expect(numberers.filter((n) => n.isNumberer)).toHaveLength(1);
    const counters = workers.map((w) => w.numbers.counters);
    expect(counters.reduce((sum, c) => sum + c.cancelled, 0)).toBe(0);
    // Batched: far fewer transactions than orders.
    expect(counters.reduce((sum, c) => sum + c.transactions, 0)).toBeLessThan(400 / 4);
    for (const [i, orderId] of orderIds.entries()) expect((await store.getOrder(orderId))!.invoice!.invoiceNumber).toBe(invoices[i]!.invoiceNumber);
  });

  it('takes over from a numberer that died holding the lease, once the lease expires', async () => {
    const numbers = numbersOfAWorker();
    // A worker that took the lease and was then SIGKILLed: nobody renews it.
    expect(await numbers.holdLease('dead-worker', new Date(), 1_500)).toBe(true);
    const survivor = aNumberer(numbersOfAWorker(), 'survivor', 1_500);
    const [orderId] = await processingOrders(1, new Date());
    const invoice = await survivor.numberFor(orderId!);
    expect(invoice.invoiceNumber).toMatch(/^INV-\d{4}-\d{6}$/);
    expect(survivor.isNumberer).toBe(true);
    const lease = await stage.clients.dynamo.send(new GetCommand({ TableName: stage.resources.ordersTable, Key: { pk: 'NUMBERER' }, ConsistentRead: true }));
    expect(lease.Item).toMatchObject({ holder: 'survivor' });
  });

  it('hands the lease over at once when its numberer stops, and then refuses to wait for numbers', async () => {
    // A 60 s lease: the second numberer would wait that long (past the test's timeout) if the
    // first did not give its lease up.
    const first = aNumberer(numbersOfAWorker(), 'first', 60_000);
    const [a] = await processingOrders(1, new Date());
    await first.numberFor(a!);
    expect(first.isNumberer).toBe(true);
    await first.stop();
    const [b] = await processingOrders(1, new Date());
    await expect(first.numberFor(b!)).rejects.toThrow(/numbering stopped/);
    const second = aNumberer(numbersOfAWorker(), 'second', 60_000);
    await expect(second.numberFor(b!)).resolves.toMatchObject({ invoiceNumber: expect.any(String) });
    expect(second.isNumberer).toBe(true);
  });

  it('leaves no numbering request in the index once every order is numbered', async () => {
    const numberer = aNumberer(numbersOfAWorker(), 'solo');
    const orderIds = await processingOrders(30, new Date());
    await Promise.all(orderIds.map((id) => numberer.numberFor(id)));
    const pending = await stage.clients.dynamo.send(
      new ScanCommand({ TableName: stage.resources.ordersTable, FilterExpression: 'attribute_exists(numberPending)' }),
    );
    expect(pending.Items?.filter((item) => orderIds.some((id) => item.pk === `ORDER#${id}`))).toEqual([]);
  });
});
