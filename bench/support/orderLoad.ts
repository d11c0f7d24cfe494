import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalStackProcess } from '../../local-stack/src/stackProcess';

/** What an order load saw, per order id: when it was posted, invoiced and emailed (epoch ms). */
export interface OrderLoad {
  sent: Map<string, number>;
  invoiced: Map<string, number>;
  emailed: Map<string, number>;
  /** Latency of each POST /orders, ms. */
  postLatencies: number[];
  /** Posts order `i` (customer bench-<i>@example.com); resolves once the API answered, with its email to come. */
  place(i: number): Promise<{ orderId: string; email: Promise<void> }>;
  /** `concurrency` clients each post their next order as soon as the API answered the last; resolves when all were emailed. */
  run(count: number, offset: number): Promise<void>;
  /** Forgets what was seen so far (after a warm-up). */
  reset(): void;
  stop(): void;
}

/**
 * Posts docs/examples/order.json orders to a local stack process and follows each by the
 * worker's 'invoice issued' and the notifier's 'invoice email sent' log lines. With
 * `idempotencyKeys`, each order carries an Idempotency-Key, as a careful client sends.
 */
export function orderLoad(stack: LocalStackProcess, options: { concurrency: number; idempotencyKeys?: boolean }): OrderLoad {
  const { concurrency } = options;
  const order = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));
  const sent = new Map<string, number>();
  const invoiced = new Map<string, number>();
  const emailed = new Map<string, number>();
  const postLatencies: number[] = [];
  const waiters = new Map<string, () => void>();
  const onLog = setInterval(() => {
    for (const line of stack.logs.splice(0)) {
      if (typeof line.orderId !== 'string') continue;
      if (line.message === 'invoice issued') invoiced.set(line.orderId, Date.parse(String(line.timestamp)));
      if (line.message === 'invoice email sent') {
        emailed.set(line.orderId, Date.parse(String(line.timestamp)));
        waiters.get(line.orderId)?.();
      }
    }
  }, 20);

  const place = async (i: number) => {
    const body = { ...order, customer: { ...order.customer, email: `bench-${i}@example.com` } };
    const t0 = performance.now();
    const at = Date.now();
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(await stack.shopAuthorization()) };
    if (options.idempotencyKeys) headers['idempotency-key'] = `bench-${process.pid}-${i}`;
    const response = await fetch(`${stack.apiUrl}/orders`, { method: 'POST', headers, body: JSON.stringify(body) });
    postLatencies.push(performance.now() - t0);
    const { orderId } = (await response.json()) as { orderId: string };
    sent.set(orderId, at);
    return { orderId, email: new Promise<void>((resolve) => (emailed.has(orderId) ? resolve() : waiters.set(orderId, resolve))) };
  };

  const run = async (count: number, offset: number) => {
    let next = 0;
    const emails: Promise<void>[] = [];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) emails.push((await place(offset + next++)).email);
      }),
    );
    await Promise.all(emails);
  };

  return {
    sent,
    invoiced,
    emailed,
    postLatencies,
    place,
    run,
    reset: () => {
      sent.clear();
      invoiced.clear();
      emailed.clear();
      postLatencies.length = 0;
    },
    stop: () => clearInterval(onLog),
  };
}
