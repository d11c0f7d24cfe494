import { DynamoDBClient, CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { ProductStore } from '@checkout/aws-adapters';
import { priceOrder, type CreateOrderRequest, type ProductSeed } from '@checkout/domain';
import { performance } from 'node:perf_hooks';
import { startDynamoDbLocal } from '../local-stack/src/dynamoDbLocal';
import { freePort } from '../local-stack/src/ports';
import { productsTableInput } from '../local-stack/src/provision';
import { machineLine } from './support/machine';

/**
 * What pricing an order from the catalog costs at checkout: the products of an order read with
 * ProductStore.productsFor (one strongly consistent BatchGetItem per 100 SKUs, sent at once), then
 * priceOrder, against DynamoDB Local on this machine. RUNS orders per size, after 5 warm-up runs;
 * medians and 95th percentiles. DynamoDB Local is not DynamoDB: the numbers compare sizes and the
 * pure step, not AWS latency.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const SIZES = [1, 2, 10, 100, 500];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function main() {
  const dynamodb = await startDynamoDbLocal({ port: await freePort() });
  const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const db = DynamoDBDocument.from(client);
  try {
    await client.send(new CreateTableCommand(productsTableInput('products-bench')));
    const store = new ProductStore(db, 'products-bench');
    const seed: ProductSeed[] = Array.from({ length: 500 }, (_, i) => ({
      sku: `BENCH-${i}`,
      description: `Bench product ${i}`,
      unitPriceMinor: 1000 + i,
      currency: 'EUR',
      vatCategory: 'S',
      taxRateBps: 1900,
    }));
    await store.seedProducts(seed, new Date());
    const rows = [];
    for (const size of SIZES) {
      const request: CreateOrderRequest = {
        customer: { id: 'c', name: 'Bench', email: 'bench@example.com', billingAddress: { line1: 'x', city: 'y', postalCode: '1', country: 'DE' } },
        currency: 'EUR',
        lineItems: seed.slice(0, size).map((p) => ({ sku: p.sku, quantity: 1 })),
      };
      const skus = request.lineItems.map((line) => line.sku);
      const read: number[] = [];
      const price: number[] = [];
      for (let run = -5; run < RUNS; run++) {
        const t0 = performance.now();
        const catalog = await store.productsFor(skus);
        const t1 = performance.now();
        priceOrder(request, catalog);
        const t2 = performance.now();
        if (run >= 0) {
          read.push(t1 - t0);
          price.push(t2 - t1);
        }
      }
      rows.push({
        'distinct SKUs': size,
        'BatchGetItem calls': Math.ceil(size / 100),
        'read median ms': percentile(read, 0.5).toFixed(2),
        'read p95 ms': percentile(read, 0.95).toFixed(2),
        'priceOrder median ms': percentile(price, 0.5).toFixed(3),
      });
    }
    console.log(machineLine());
    console.log(`Pricing an order from the catalog on DynamoDB Local, ${RUNS} runs per size (after 5 warm-up runs)`);
    console.table(rows);
  } finally {
    client.destroy();
    await dynamodb.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
