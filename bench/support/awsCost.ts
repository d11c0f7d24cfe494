/**
 * AWS list prices used by docs/cost.md and `npm run bench -- requests`: us-east-1, on-demand, as
 * published on the services' pricing pages; check them before relying on the result.
 */
export const AWS_PRICES = {
  date: '2026-11-29',
  region: 'us-east-1',
  /** DynamoDB on-demand, per million write / read request units. */
  dynamodbWruPerMillion: 0.625,
  dynamodbRruPerMillion: 0.125,
  sqsPerMillion: 0.4,
  /** SNS publishes, per million (the standard-topic price; FIFO topics also charge per GB of payload). */
  snsPerMillion: 0.5,
  /** S3 Standard: PUT/COPY/POST/LIST and GET/HEAD, per 1,000 requests. */
  s3PutPerThousand: 0.005,
  s3GetPerThousand: 0.0004,
  apiGatewayRestPerMillion: 3.5,
  lambdaRequestsPerMillion: 0.2,
  /** Lambda arm64, per GB-second. */
  lambdaGbSecondArm: 0.0000133334,
  /** Fargate Linux/ARM, per vCPU-hour and GB-hour. */
  fargateVcpuHourArm: 0.03238,
  fargateGbHourArm: 0.00356,
  sesPerThousand: 0.1,
  cloudwatchLogsIngestPerGb: 0.5,
} as const;

/**
 * What one order costs besides the counted requests; assumptions, each stated in docs/cost.md.
 * `workerCpuSeconds` is the worker's CPU per order, from `npm run bench -- pipeline`.
 */
export const PER_ORDER = {
  apiRequests: 2, // POST /orders and one GET /orders/{id}
  ingressLambdaGbSeconds: 2 * 0.512 * 0.05, // 2 invocations, 512 MB, ~50 ms each
  notifierLambdaGbSeconds: 0.256 * 0.2, // 1 invocation, 256 MB, ~200 ms (SES round trip)
  workerCpuSeconds: 0.03,
  workerGbPerVcpu: 2, // 1 vCPU / 2 GB task
  workerUtilisation: 0.6, // tasks are not 100 % busy: scaling keeps headroom
  logKilobytes: 3,
};

/**
 * Request units per counted request. DynamoDB: an order item is about 1.5 KB (2 units a write,
 * 1 a consistent read), invoice, counter and lease items under 1 KB; a transaction pays twice per
 * item; keys-only index entries (1 unit each) are added on create and start and removed later.
 */
const DYNAMODB_UNITS: Record<string, { wru: number; rru: number }> = {
  // Averaged over create with Idempotency-Key (idempotency 1 + order 2, x2, + outbox entry), a
  // numbering batch (per order: reservation 1 + order 2, x2) and complete (invoice 1 + order 2, x2).
  'dynamodb:TransactWriteItems': { wru: 6.5, rru: 0 },
  'dynamodb:PutItem': { wru: 3, rru: 0 },
  'dynamodb:UpdateItem': { wru: 2.5, rru: 0 }, // order update, sometimes one index entry
  'dynamodb:GetItem': { wru: 0, rru: 1 },
  'dynamodb:BatchGetItem': { wru: 0, rru: 5 }, // a read-back of ~5 small projected orders + the lease
  'dynamodb:Query': { wru: 0, rru: 0.5 },
};

export interface CostLine {
  service: string;
  basis: string;
  usd: number;
}

/** USD per million orders from the requests counted for `orders` orders and PER_ORDER. */
export function costPerMillionOrders(byOperation: Record<string, number>, orders: number): CostLine[] {
  const perOrder = (operation: string) => (byOperation[operation] ?? 0) / orders;
  const sum = (predicate: (operation: string) => boolean) =>
    Object.keys(byOperation).filter(predicate).reduce((total, operation) => total + perOrder(operation), 0);
  const p = AWS_PRICES;
  let wru = 0;
  let rru = 0;
  for (const [operation, units] of Object.entries(DYNAMODB_UNITS)) {
    wru += perOrder(operation) * units.wru;
    rru += perOrder(operation) * units.rru;
  }
  const sqs = sum((o) => o.startsWith('sqs:'));
  const sns = sum((o) => o === 'sns:POST');
  const s3Put = sum((o) => /^s3:(PUT|POST)/.test(o) || o === 's3:GET bucket');
  const s3Get = sum((o) => /^s3:(GET|HEAD) object/.test(o));
  const fargateHours = (PER_ORDER.workerCpuSeconds / PER_ORDER.workerUtilisation) / 3600;
  return [
    { service: 'DynamoDB', basis: `${wru.toFixed(1)} WRU + ${rru.toFixed(1)} RRU per order`, usd: wru * p.dynamodbWruPerMillion + rru * p.dynamodbRruPerMillion },
    { service: 'SQS', basis: `${sqs.toFixed(2)} requests per order`, usd: sqs * p.sqsPerMillion },
    { service: 'SNS (order events)', basis: `${sns.toFixed(2)} publishes per order`, usd: sns * p.snsPerMillion },
    { service: 'S3 requests', basis: `${s3Put.toFixed(2)} PUT/LIST + ${s3Get.toFixed(2)} GET/HEAD per order`, usd: 1000 * (s3Put * p.s3PutPerThousand + s3Get * p.s3GetPerThousand) },
    { service: 'API Gateway (REST)', basis: `${PER_ORDER.apiRequests} requests per order`, usd: PER_ORDER.apiRequests * p.apiGatewayRestPerMillion },
    {
      service: 'Lambda',
      basis: '3 invocations per order',
      usd: 3 * p.lambdaRequestsPerMillion + 1e6 * (PER_ORDER.ingressLambdaGbSeconds + PER_ORDER.notifierLambdaGbSeconds) * p.lambdaGbSecondArm,
    },
    {
      service: 'Fargate (worker)',
      basis: `${PER_ORDER.workerCpuSeconds * 1000} ms vCPU per order at ${PER_ORDER.workerUtilisation * 100} % use`,
      usd: 1e6 * fargateHours * (p.fargateVcpuHourArm + PER_ORDER.workerGbPerVcpu * p.fargateGbHourArm),
    },
    { service: 'SES', basis: '1 email per order', usd: 1000 * p.sesPerThousand },
    { service: 'CloudWatch Logs', basis: `${PER_ORDER.logKilobytes} KB of logs per order`, usd: (1e6 * PER_ORDER.logKilobytes / 2 ** 20) * p.cloudwatchLogsIngestPerGb },
  ];
}
