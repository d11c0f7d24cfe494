/**
 * Cold start of the Lambda bundles as `npm run build` ships them and terraform-cdk runs them: bundle
 * size, then in a fresh Node process each time, `require()` of the bundle (module loading and the
 * handler's set-up) and its first invocation. Printed beside the targets of issue 9 (ingress:
 * bundle <= 250 KB, require + first invocation <= 80 ms).
 *
 * Method: RUNS fresh processes per case, median of each. The first invocation makes real AWS calls
 * (credentials from the environment, SigV4, HTTPS) against a stand-in endpoint in this process that
 * speaks TLS with a self-signed certificate (the child trusts it through NODE_EXTRA_CA_CERTS, read
 * before the clock starts), so what is timed is our code, the AWS client's and Node's TLS, not a
 * network. It answers every DynamoDB call with an empty result. The ingress gets
 * `GET /orders/<id>` with the shop's access token: it verifies the token (with the pool's JWKS as
 * the deployment ships it in COGNITO_JWKS, or, in the second case, fetching it from the stand-in as
 * a Lambda without it fetches Cognito's), then GetItem, then 404. The order-events publisher gets an
 * empty stream batch. The `--enable-source-maps` case is how the Lambdas ran before: the flag makes
 * Node parse the source map at load. `BENCH_COMPARE_INGRESS=<handler.js>` adds another build of the
 * ingress (an older commit's, say), measured the same way. Node's own start-up (an empty script) is shown for reference.
 * Two probes show what the ingress's AWS transport alone costs, one GetItem each, bundled here as
 * the Lambdas are (esbuild, minified): the lean transport (aws4 + node:http(s)) and the SDK's
 * DocumentClient it replaced (bench/support/transportProbes). A third does the ingress request's
 * work with Node alone (Web Request and Response, the token's RS256 signature, the GetItem): the
 * part of the ingress's cold start that is Node's, whatever the application.
 */
import { execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
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
  /** The event passed to `handler` on the first invocation, given the stand-in pool's issuer. */
  event: (issuer: string) => object;
  /** Variables this case adds to (or, undefined, removes from) the common environment. */
  env?: Record<string, string | undefined>;
  /** The stand-in over plain HTTP instead of HTTPS: how issue 9's baseline was measured. */
  plainHttp?: boolean;
  sourceMaps?: boolean;
  target?: { kb: number; ms: number };
}

/** The user pool the stand-in plays: its key signs the shop's token, its JWKS is served at `<issuer>/.well-known/jwks.json`. */
const POOL = { id: 'bench_pool', clientId: 'benchshop', customerClientId: 'benchcustomers', keys: generateKeyPairSync('rsa', { modulusLength: 2048 }) };
const JWKS = JSON.stringify({ keys: [{ ...POOL.keys.publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'RS256', use: 'sig' }] });

const cases = (): Case[] => {
  const ingress = { bundle: join(ROOT, 'ingress-lambda', 'dist', 'handler.js'), event: (issuer: string) => restEvent('GET', '/orders/01M8N4VJN0BP1H0GS9W35T6ZCW', shopToken(issuer)) };
  const target = { kb: 250, ms: 80 };
  return [
    { name: 'ingress-lambda, as deployed (JWKS shipped)', ...ingress, target },
    { name: 'ingress-lambda, JWKS fetched on the first request', ...ingress, env: { COGNITO_JWKS: undefined }, target },
    { name: 'ingress-lambda, JWKS fetched, plain HTTP (issue 9\'s baseline method)', ...ingress, env: { COGNITO_JWKS: undefined }, plainHttp: true, target },
    { name: 'ingress-lambda, JWKS shipped, with --enable-source-maps (the flag the Lambdas ran with before)', ...ingress, sourceMaps: true, target },
    { name: 'order-events, as deployed', bundle: join(ROOT, 'order-events', 'dist', 'handler.js'), event: () => ({ Records: [] }) },
    // Another build of the ingress, e.g. an older commit's, measured the same way (BENCH_COMPARE_INGRESS=<path to handler.js>).
    ...(process.env.BENCH_COMPARE_INGRESS
      ? [{ name: `ingress-lambda at ${process.env.BENCH_COMPARE_INGRESS}, JWKS fetched`, ...ingress, bundle: process.env.BENCH_COMPARE_INGRESS, env: { COGNITO_JWKS: undefined } }]
      : []),
    { name: 'probe: lean transport, GetItem', bundle: join(PROBES_DIR, 'leanGetItem.js'), event: () => ({}) },
    { name: 'probe: Node\'s share of the ingress request (Web Request/Response, RS256 check, GetItem; no app code)', bundle: join(PROBES_DIR, 'nodeFloor.js'), event: ingress.event },
    { name: 'probe: SDK DocumentClient, GetItem', bundle: join(PROBES_DIR, 'sdkGetItem.js'), event: () => ({}) },
  ];
};

/** Where the transport probes are bundled (bench/dist/probes). */
const PROBES_DIR = join(ROOT, 'bench', 'dist', 'probes');

/** Bundles the transport probes as scripts/build.mjs bundles a Lambda. */
async function buildProbes(): Promise<void> {
  await build({
    entryPoints: ['leanGetItem', 'sdkGetItem', 'nodeFloor'].map((name) => join(ROOT, 'bench', 'support', 'transportProbes', `${name}.ts`)),
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
  const tls = selfSignedCertificate();
  const servers = { https: await standInAws(createHttpsServer.bind(null, { key: tls.key, cert: tls.cert })), http: await standInAws(createHttpServer) };
  const endpointOf = (c: Case) => `${c.plainHttp ? 'http' : 'https'}://127.0.0.1:${(servers[c.plainHttp ? 'http' : 'https'].address() as AddressInfo).port}`;
  /** What depends on the stand-in's address: endpoints, the issuer, and the event's token, issued by it. */
  const addressed = (c: Case) => {
    const endpoint = endpointOf(c);
    const issuer = `${endpoint}/${POOL.id}`;
    return { env: { AWS_ENDPOINT_URL: endpoint, ORDERS_QUEUE_URL: `${endpoint}/000000000000/orders-bench`, COGNITO_ISSUER: issuer }, event: c.event(issuer) };
  };
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    NODE_EXTRA_CA_CERTS: tls.certFile,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SESSION_TOKEN: 'bench',
    STAGE: 'bench',
    ORDERS_TABLE: 'orders-bench',
    IDEMPOTENCY_TABLE: 'idempotency-bench',
    PRODUCTS_TABLE: 'products-bench',
    INVOICES_BUCKET: 'invoices-bench',
    ORDER_EVENTS_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:order-events-bench.fifo',
    COGNITO_CUSTOMER_CLIENT_ID: POOL.customerClientId,
    COGNITO_SERVICE_CLIENT_ID: POOL.clientId,
    COGNITO_JWKS: JWKS,
    LOG_LEVEL: 'WARN',
    // The ingress checks emailed document links with these keys (read at cold start from the environment here, from Secrets Manager in AWS).
    DOCUMENT_LINK_KEYS: `bench=${randomBytes(32).toString('base64url')}`,
  };
  const rows: Record<string, string | number>[] = [];
  /** Each ingress case's total, to print beside the compared build's (BENCH_COMPARE_INGRESS) from the same run. */
  const ingressTotals: { row: Record<string, string | number>; total: number; compared: boolean }[] = [];
  try {
    const empty = await medianOf(RUNS, () => run(['-e', ''], env, false));
    rows.push({ case: 'node, empty script (process start-up)', bundle_kb: '', require_ms: '', first_invocation_ms: '', total_ms: empty.wallMs.toFixed(1) + ' (wall)', target: '' });
    for (const c of cases()) {
      const kb = statSync(c.bundle).size / 1024;
      const { env: addressEnv, event } = addressed(c);
      const runs: ChildResult[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(['-e', CHILD], { ...env, ...addressEnv, ...c.env, BUNDLE: c.bundle, EVENT: JSON.stringify(event) }, c.sourceMaps ?? false));
      const status = runs[0]!.status;
      const total = median(runs.map((r) => r.requireMs! + r.firstMs!));
      const row = {
        case: `${c.name}${status ? ` (answers ${status})` : ''}`,
        bundle_kb: kb.toFixed(0),
        require_ms: median(runs.map((r) => r.requireMs!)).toFixed(1),
        first_invocation_ms: median(runs.map((r) => r.firstMs!)).toFixed(1),
        total_ms: total.toFixed(1),
        target: c.target ? `<= ${c.target.kb} KB, <= ${c.target.ms} ms` : '',
      };
      rows.push(row);
      if (c.name.startsWith('ingress-lambda')) ingressTotals.push({ row, total, compared: c.bundle === process.env.BENCH_COMPARE_INGRESS });
    }
    const compared = ingressTotals.find((t) => t.compared);
    if (compared) for (const t of ingressTotals) t.row.vs_compared = `${(t.total / compared.total).toFixed(2)}×`;
  } finally {
    servers.https.close();
    servers.http.close();
    tls.remove();
  }
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
  const definedEnv = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));
  const child = spawn(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), ...args], { env: definedEnv, stdio: ['ignore', 'pipe', 'inherit'] });
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

/** A throwaway self-signed certificate for 127.0.0.1 (openssl), as files, so the child can trust it. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer; certFile: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile,
  ], { stdio: 'ignore' });
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Answers every AWS JSON-protocol call with `{}` (GetItem finds nothing), and serves the pool's JWKS. */
function standInAws(create: (listener: RequestListener) => Server): Promise<Server> {
  const server = create((request, response) => {
    if (request.method === 'GET' && request.url === `/${POOL.id}/.well-known/jwks.json`) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JWKS);
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
