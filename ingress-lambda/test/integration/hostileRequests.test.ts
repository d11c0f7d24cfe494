import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { Agent, request as httpRequest, type Server } from 'node:http';
import { handle } from 'hono/aws-lambda';
import { aCatalogFor } from '../../../domain/test/support/aCatalogFor';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { serviceToken } from '../../../local-stack/test/support/identity';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { emailsTo } from '../../../notifier-lambda/test/support/mailInbox';
import { createOrdersApp, serveOrdersApi, type OrdersApp } from '../../src';
import { CORPUS_EMAIL, HOSTILE_REQUESTS, type HostileRequest } from '../support/hostileRequests';
import { rawRequest, sendRaw, type RawResponse } from '../support/rawHttp';
import { testOrdersApiDeps } from '../support/testOrdersApi';

let stage: TestStage;
let app: OrdersApp;
let server: Server;
let port: number;
/**
 * The shop's valid token goes with every hostile request, so each is refused for what it is and
 * not for want of a token (authorization.test.ts covers requests without one).
 */
let authorization: readonly [string, string];

beforeAll(async () => {
  authorization = ['Authorization', `Bearer ${await serviceToken()}`];
  stage = await createTestStage('hostile');
  await stage.products.seedProducts(aCatalogFor(anOrderRequest({ items: 3 })), new Date());
  app = createOrdersApp(testOrdersApiDeps(stage));
  // The same server `npm start` runs, on a free port: the byte-level cases go over a real socket.
  server = await serveOrdersApi(app, { port: 0, hostname: '127.0.0.1' });
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  stage.close();
});

/** Everything a request could have left behind: records, queued messages, objects, mails. */
async function storedState() {
  const count = async (table: string) => {
    let items = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await stage.clients.dynamo.send(new ScanCommand({ TableName: table, Select: 'COUNT', ExclusiveStartKey: start }));
      items += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };
  const queue = await stage.clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: stage.resources.ordersQueueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    }),
  );
  const objects = await stage.clients.s3.send(new ListObjectsV2Command({ Bucket: stage.resources.invoicesBucket }));
  return {
    orders: await count(stage.resources.ordersTable),
    idempotencyKeys: await count(stage.resources.idempotencyTable),
    queued: Object.values(queue.Attributes ?? {}).reduce((sum, n) => sum + Number(n), 0),
    objects: objects.KeyCount ?? 0,
    mails: (await emailsTo(CORPUS_EMAIL)).length,
  };
}

function overSocket(hostile: HostileRequest): Promise<RawResponse> {
  const raw = hostile.raw ? withHeader(hostile.raw, authorization) : rawRequest(`${hostile.method} ${hostile.target} HTTP/1.1`, [authorization, ...hostile.headers], hostile.body);
  return sendRaw(port, raw);
}

/** `raw` with one more header line after its request line. */
function withHeader(raw: Buffer, [name, value]: readonly [string, string]): Buffer {
  const end = raw.indexOf('\r\n');
  if (end < 0) return raw;
  return Buffer.concat([raw.subarray(0, end + 2), Buffer.from(`${name}: ${value}\r\n`, 'latin1'), raw.subarray(end + 2)]);
}

async function throughLambda(hostile: HostileRequest): Promise<RawResponse> {
  const headers = Object.fromEntries([authorization, ...hostile.headers].map(([name, value]) => [name, String(value)]));
  const event = {
    resource: '/{proxy+}',
    httpMethod: hostile.method,
    path: hostile.target,
    headers: { Host: 'abc123.execute-api.eu-west-1.amazonaws.com', ...headers },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    // As with binaryMediaTypes */* (terraform-cdk IngressApi): the body's bytes, untouched.
    isBase64Encoded: hostile.body !== undefined,
    body: hostile.body === undefined ? null : hostile.body.toString('base64'),
    requestContext: { stage: 'dev', domainName: 'abc123.execute-api.eu-west-1.amazonaws.com', path: `/dev${hostile.target}`, httpMethod: hostile.method, requestId: 'req-1', identity: { sourceIp: '203.0.113.9' } },
  };
  const lambda = handle(app) as unknown as (e: APIGatewayProxyEvent, c: Context) => Promise<APIGatewayProxyResult>;
  const result = await lambda(event as unknown as APIGatewayProxyEvent, {} as Context);
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) flat[name.toLowerCase()] = String(value);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) flat[name.toLowerCase()] = String(values[0]);
  return { status: result.statusCode, headers: flat, body: result.isBase64Encoded ? Buffer.from(result.body, 'base64').toString('utf8') : result.body };
}

function expectRefused(hostile: HostileRequest, response: RawResponse): void {
  const context = `${hostile.category}: ${hostile.name}: ${response.status} ${response.body.slice(0, 300)}`;
  expect({ context, status: response.status }).toEqual({ context, status: hostile.expect.status });
  expect(response.headers['content-type']).toBe('application/problem+json');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['cache-control']).toBe('no-store');
  const problem = JSON.parse(response.body) as { type: string; status: number; errors?: { path: string; message: string }[] };
  expect(problem.status).toBe(hostile.expect.status);
  expect(problem.type).toMatch(/^\/problems\/[a-z-]+$/);
  const paths = (problem.errors ?? []).map((error) => error.path);
  expect({ context, named: paths.some((path) => (typeof hostile.expect.path === 'string' ? path === hostile.expect.path : hostile.expect.path.test(path))) }).toEqual({ context, named: true });
  // Nothing the client sent in the URL comes back, and nothing but ASCII: no echo of a script
  // tag, a path or a bidi control.
  if (hostile.target.length > '/orders'.length) expect(response.body).not.toContain(hostile.target);
  expect(response.body).toMatch(/^[\x20-\x7E]*$/);
}

const viaSocket = HOSTILE_REQUESTS;
const viaLambda = HOSTILE_REQUESTS.filter((hostile) => hostile.lambda);

describe(`a corpus of ${HOSTILE_REQUESTS.length} hostile requests`, () => {
  let before: Awaited<ReturnType<typeof storedState>>;
  beforeAll(async () => {
    before = await storedState();
  });

  it('has at least 150 requests in every category the issue names', () => {
    expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(HOSTILE_REQUESTS.map((hostile) => hostile.name)).size).toBe(HOSTILE_REQUESTS.length);
    expect(new Set(HOSTILE_REQUESTS.map((hostile) => hostile.category))).toEqual(
      new Set(['bytes', 'media type', 'headers', 'framing', 'methods', 'paths', 'json syntax', 'duplicate keys', 'numbers', 'prototype keys', 'types', 'unicode', 'iso codes', 'limits', 'catalog']),
    );
  });

  it.each(viaSocket.map((hostile) => [`${hostile.category}: ${hostile.name}`, hostile] as const))(
    'refuses over a real socket to the local server: %s',
    async (_, hostile) => {
      expectRefused(hostile, await overSocket(hostile));
    },
  );

  it.each(viaLambda.map((hostile) => [`${hostile.category}: ${hostile.name}`, hostile] as const))(
    'refuses through the Lambda handler: %s',
    async (_, hostile) => {
      expectRefused(hostile, await throughLambda(hostile));
    },
  );

  it('stored nothing, queued nothing, wrote no object and sent no mail, and polluted no prototype', async () => {
    expect(await storedState()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still accepts a valid order over the same socket, which the counts see (they are not blind)', async () => {
    const order = { ...anOrderRequest(), customer: { ...anOrderRequest().customer, email: CORPUS_EMAIL } };
    const response = await sendRaw(port, rawRequest('POST /orders HTTP/1.1', [authorization, ['Content-Type', 'application/json; charset=UTF-8'], ['Idempotency-Key', 'corpus-control']], Buffer.from(JSON.stringify(order))));
    expect(response.status).toBe(202);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(await storedState()).toEqual({ ...before, orders: before.orders + 1, idempotencyKeys: before.idempotencyKeys + 1, queued: before.queued + 1 });
  });
});

describe('a body over the limit on a kept-alive connection', () => {
  /** One request through `agent` (a kept-alive connection is reused); the status and body, or the socket error. */
  const send = (agent: Agent, method: string, path: string, body?: Buffer) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method, path, agent, headers: { [authorization[0]]: authorization[1], ...(body ? { 'Content-Type': 'application/json', 'Content-Length': body.length } : {}) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('answers 413 problem+json, and the client\'s next request on that agent is answered too (no hung-up socket)', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = await send(agent, 'POST', '/orders', Buffer.from(JSON.stringify({ padding: 'x'.repeat(300 * 1024) })));
      expect(big.status).toBe(413);
      expect(JSON.parse(big.body)).toMatchObject({ type: '/problems/body-too-large' });
      for (let i = 0; i < 3; i++) expect((await send(agent, 'GET', '/health')).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
