import { COUNTS_PATH, type RequestCounts } from '../local-stack/src/requestCounter';
import { startLocalStackProcess } from '../local-stack/src/stackProcess';
import { AWS_PRICES, costPerMillionOrders } from './support/awsCost';
import { machineLine } from './support/machine';
import { orderLoad } from './support/orderLoad';

/**
 * AWS requests per order, counted on the wire: the stack runs with LOCAL_COUNT_REQUESTS=true
 * (a counting proxy in front of the SQS+S3 and DynamoDB emulators) and LOCAL_WORKERS=4; after a
 * warm-up, ORDERS orders are posted by 20 clients and the counts taken when every email was sent,
 * minus those at the start, divided by the orders. Everything counts: the API, the workers, the
 * numberer's idle polls, the notifier, the outbox sweeps. From the counts, the cost per million
 * orders at the prices in bench/support/awsCost.ts (docs/cost.md).
 */
const ORDERS = Number(process.env.BENCH_ORDERS ?? 600);
const CONCURRENCY = 20;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);

async function counts(url: string): Promise<RequestCounts> {
  return (await (await fetch(`${url}${COUNTS_PATH}`)).json()) as RequestCounts;
}

function minus(after: RequestCounts, before: RequestCounts): RequestCounts {
  const diff = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - (b[k] ?? 0)]).filter(([, v]) => (v as number) > 0));
  return {
    total: after.total - before.total,
    byOperation: diff(after.byOperation, before.byOperation),
    errors: diff(after.errors, before.errors),
    cancelledTransactions: after.cancelledTransactions - before.cancelledTransactions,
  };
}

export async function benchRequests() {
  const stack = await startLocalStackProcess({ env: { LOG_LEVEL: 'INFO', LOCAL_COUNT_REQUESTS: 'true', LOCAL_WORKERS: String(WORKERS) } });
  const load = orderLoad(stack, { concurrency: CONCURRENCY, idempotencyKeys: true });
  try {
    await load.run(20, 0);
    const before = await Promise.all([counts(stack.dynamodbUrl), counts(stack.awsUrl)]);
    await load.run(ORDERS, 1000);
    const after = await Promise.all([counts(stack.dynamodbUrl), counts(stack.awsUrl)]);
    return { dynamodb: minus(after[0], before[0]), aws: minus(after[1], before[1]) };
  } finally {
    load.stop();
    await stack.stop();
  }
}

if (require.main === module) {
  benchRequests().then(
    ({ dynamodb, aws }) => {
      console.log(machineLine());
      console.log(`${ORDERS} orders through the local stack, ${WORKERS} invoice workers, every AWS request counted on the wire`);
      const perOrder = (n: number) => Number((n / ORDERS).toFixed(3));
      console.table(
        Object.entries({ ...dynamodb.byOperation, ...aws.byOperation })
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([operation, n]) => ({ operation, 'per order': perOrder(n), 'of which errors': perOrder({ ...dynamodb.errors, ...aws.errors }[operation] ?? 0) })),
      );
      console.table([
        { measure: 'DynamoDB requests per order (all components)', value: perOrder(dynamodb.total) },
        { measure: 'cancelled DynamoDB transactions per 100 orders', value: Number(((100 * dynamodb.cancelledTransactions) / ORDERS).toFixed(2)) },
        { measure: 'SQS + S3 requests per order', value: perOrder(aws.total) },
      ]);
      const cost = costPerMillionOrders({ ...dynamodb.byOperation, ...aws.byOperation }, ORDERS);
      console.log(`Cost per 1 million orders, ${AWS_PRICES.region}, list prices of ${AWS_PRICES.date} (docs/cost.md):`);
      console.table(cost.map((c) => ({ service: c.service, basis: c.basis, 'USD per 1M orders': Number(c.usd.toFixed(2)) })));
      console.log(`total: ${cost.reduce((sum, c) => sum + c.usd, 0).toFixed(2)} USD per 1 million orders`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
