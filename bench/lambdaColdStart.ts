/**
 * Cold start of the Lambda bundles as `npm run build` ships them: bundle size, then in a fresh Node
 * process each time, `require()` of the bundle (module loading and the handler's set-up) and its
 * first invocation. Printed beside the targets of issue 9 (ingress: bundle <= 250 KB, require +
 * first invocation <= 80 ms).
 *
 * Method: RUNS fresh processes per case, alternating with and without `--enable-source-maps` (what
 * Lambda runs with, NODE_OPTIONS in terraform-cdk); median of each. The first invocation makes a real
 * AWS SDK call (credentials from the environment, SigV4, HTTP) against a stand-in endpoint in this
 * process that answers every DynamoDB call with an empty result, so what is timed is our code and the
 * SDK's, not a network: the ingress gets `GET /orders/<id>` with the shop's access token (its
 * first request fetches the pool's JWKS from the stand-in, as a cold Lambda fetches Cognito's,
 * verifies the token, then GetItem, then 404), the order-events publisher an empty stream batch. Node's own start-up (an empty script) is shown for reference.
 * Two probes show what the ingress's AWS transport alone costs, one GetItem each, bundled here as
 * the Lambdas are (esbuild, minified): the lean transport (aws4 + node:http) and the SDK's
 * DocumentClient it replaced (bench/support/transportProbes).
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SCOPES } from '@checkout/aws-adapters';
import { signJwt } from '../local-stack/src/clientCredentials';
import { machineLine } from './support/machine';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const ROOT = join(__dirname, '..', '..');

interface Case {
  name: string;
  bundle: string;
  /** JSON of the event passed to `handler` on the first invocation. */
  event: object;
  target?: { kb: number; ms: number };
}

/** The user pool the stand-in plays: its key signs the shop's token, its JWKS is served at `<issuer>/.well-known/jwks.json`. */
const POOL = { id: 'bench_pool', clientId: 'benchshop', customerClientId: 'benchcustomers', keys: generateKeyPairSync('rsa', { modulusLength: 2048 }) };

const cases = (issuer: string): Case[] => [
  {
    name: 'ingress-lambda',
    bundle: join(ROOT, 'ingress-lambda', 'dist', 'handler.js'),
    event: restEvent('GET', '/orders/01M8N4VJN0BP1H0GS9W35T6ZCW', shopToken(issuer)),
    target: { kb: 250, ms: 80 },
  },
  { name: 'order-events', bundle: join(ROOT, 'order-events', 'dist', 'handler.js'), event: { Records: [] } },
  { name: 'probe: lean transport, GetItem', bundle: join(PROBES_DIR, 'leanGetItem.js'), event: {} },
  { name: 'probe: SDK DocumentClient, GetItem', bundle: join(PROBES_DIR, 'sdkGetItem.js'), event: {} },
];

/** Where the transport probes are bundled (bench/dist/probes). */
const PROBES_DIR = join(ROOT, 'bench', 'dist', 'probes');

/** Bundles the transport probes as scripts/build.mjs bundles a Lambda. */
async function buildProbes(): Promise<void> {
  await build({
    entryPoints: ['leanGetItem', 'sdkGetItem'].map((name) => join(ROOT, 'bench', 'support', 'transportProbes', `${name}.ts`)),
    outdir: PROBES_DIR,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

function shopToken(issuer: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    { kid: 'bench', key: POOL.keys.privateKey },
    { sub: POOL.clientId, client_id: POOL.clientId, token_use: 'access', scope: SCOPES.ordersRead, iss: issuer, iat: now, exp: now + 3600 },
  );
}

/** The child: times require() and the first invocation, prints them as JSON. */
const CHILD = `
const t0 = performance.now();
const { handler } = require(process.env.BUNDLE);
const t1 = performance.now();
Promise.resolve(handler(JSON.parse(process.env.EVENT), { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 30000 }))
  .then((result) => {
    const t2 = performance.now();
    process.stdout.write(JSON.stringify({ requireMs: t1 - t0, firstMs: t2 - t1, status: result && result.statusCode }));
  });
`;

export async function benchLambdaColdStart() {
  await buildProbes();
  const server = await standInAws();
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = {
    PATH: process.env.PATH,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL: endpoint,
    STAGE: 'bench',
    ORDERS_TABLE: 'orders-bench',
    IDEMPOTENCY_TABLE: 'idempotency-bench',
    PRODUCTS_TABLE: 'products-bench',
    INVOICES_BUCKET: 'invoices-bench',
    ORDERS_QUEUE_URL: `${endpoint}/000000000000/orders-bench`,
    ORDER_EVENTS_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:order-events-bench.fifo',
    COGNITO_ISSUER: `${endpoint}/${POOL.id}`,
    COGNITO_CUSTOMER_CLIENT_ID: POOL.customerClientId,
    COGNITO_SERVICE_CLIENT_ID: POOL.clientId,
    LOG_LEVEL: 'WARN',
    // The ingress checks emailed document links with these keys (read at cold start from the environment here, from Secrets Manager in AWS).
    DOCUMENT_LINK_KEYS: `bench=${randomBytes(32).toString('base64url')}`,
  };
  const CASES = cases(env.COGNITO_ISSUER);
  const rows: Record<string, string | number>[] = [];
  const empty = await medianOf(RUNS, () => run(['-e', ''], env, false));
  rows.push({ case: 'node, empty script (process start-up)', bundle_kb: '', require_ms: '', first_invocation_ms: '', total_ms: empty.wallMs.toFixed(1) + ' (wall)', target: '' });
  for (const c of CASES) {
    const kb = statSync(c.bundle).size / 1024;
    for (const sourceMaps of [false, true]) {
      const runs: ChildResult[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(['-e', CHILD], { ...env, BUNDLE: c.bundle, EVENT: JSON.stringify(c.event) }, sourceMaps));
      const status = runs[0]!.status;
      const requireMs = median(runs.map((r) => r.requireMs!));
      const firstMs = median(runs.map((r) => r.firstMs!));
      rows.push({
        case: `${c.name}${sourceMaps ? ', --enable-source-maps' : ''}${status ? ` (answers ${status})` : ''}`,
        bundle_kb: kb.toFixed(0),
        require_ms: requireMs.toFixed(1),
        first_invocation_ms: firstMs.toFixed(1),
        total_ms: median(runs.map((r) => r.requireMs! + r.firstMs!)).toFixed(1),
        target: c.target ? `<= ${c.target.kb} KB, <= ${c.target.ms} ms` : '',
      });
    }
  }
  server.close();
  return { machine: machineLine(), rows };
}

interface ChildResult {
  requireMs?: number;
  firstMs?: number;
  status?: number;
  wallMs: number;
}

function run(args: string[], env: Record<string, string | undefined>, sourceMaps: boolean): Promise<ChildResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`child exited ${code}: ${out}`));
      resolve({ ...(out ? (JSON.parse(out) as ChildResult) : {}), wallMs: performance.now() - started });
    }),
  );
}

async function medianOf(runs: number, once: () => Promise<ChildResult>): Promise<{ wallMs: number }> {
  const results: ChildResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  return { wallMs: median(results.map((r) => r.wallMs)) };
}

/** Answers every AWS JSON-protocol call with `{}` (GetItem finds nothing), and serves the pool's JWKS. */
function standInAws(): Promise<Server> {
  const jwks = JSON.stringify({ keys: [{ ...POOL.keys.publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'RS256', use: 'sig' }] });
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === `/${POOL.id}/.well-known/jwks.json`) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(jwks);
      return;
    }
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'bench' });
      response.end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function restEvent(method: string, path: string, token: string): object {
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: method,
    headers: { accept: 'application/json', host: 'api.example.com', authorization: `Bearer ${token}` },
    multiValueHeaders: { accept: ['application/json'], host: ['api.example.com'], authorization: [`Bearer ${token}`] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { proxy: path.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      httpMethod: method,
      path: `/bench${path}`,
      stage: 'bench',
      requestId: 'bench',
      resourcePath: '/{proxy+}',
      identity: { sourceIp: '127.0.0.1' },
    },
    body: null,
    isBase64Encoded: false,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

if (require.main === module) {
  benchLambdaColdStart().then(
    ({ machine, rows }) => {
      console.log(machine);
      console.table(rows);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
