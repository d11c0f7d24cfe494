import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createLeanAwsTransport, OrderQueue, OrderStore } from '@checkout/aws-adapters';
import { aCatalogFor } from '../../../domain/test/support/aCatalogFor';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { serviceAuthorization } from '../../../local-stack/test/support/identity';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { createOrdersApp, type OrdersApiDeps, type OrdersApp } from '../../src';
import { ORDER_EXAMPLES } from '../../src/orderExamples';
import { testOrdersApiDeps } from '../support/testOrdersApi';

let stage: TestStage;
let deps: OrdersApiDeps;
let app: OrdersApp;
/** The shop's token: these tests are about orders, authorization.test.ts about who may see them. */
let authorization: { authorization: string };

beforeAll(async () => {
  authorization = await serviceAuthorization();
  stage = await createTestStage('ingress');
  await stage.products.seedProducts(aCatalogFor(anOrderRequest({ items: 3 })), new Date());
  deps = testOrdersApiDeps(stage);
  app = createOrdersApp(deps);
});
afterAll(() => stage.close());

const post = (body: unknown, headers: Record<string, string> = {}, target: OrdersApp = app) =>
  target.request('/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A request to the app with the shop's token. */
const request = (path: string, init: RequestInit = {}) =>
  app.request(path, { ...init, headers: { ...authorization, ...(init.headers as Record<string, string> | undefined) } });

async function queuedOrderIds(): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const batch = await stage.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: stage.resources.ordersQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 60 }),
    );
    if (!batch.Messages?.length) return ids;
    ids.push(...batch.Messages.map((m) => JSON.parse(m.Body!).orderId));
  }
}

describe('POST /orders', () => {
  it('records the order as RECEIVED, queues it and answers 202 with its id, totals and Location', async () => {
    const response = await post(anOrderRequest({ items: 2, taxRateBps: 2000 }));
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'RECEIVED', currency: 'EUR', subtotalMinor: 1999 + 2 * 1999, taxMinor: 1199, totalMinor: 7196 });
    expect(response.headers.get('location')).toBe(`/orders/${body.orderId}`);
    expect(await queuedOrderIds()).toContain(body.orderId);
    expect(await deps.store.getOrder(body.orderId)).toMatchObject({ status: 'RECEIVED', awaitingQueue: false });
  });

  it('names every invalid field and the rule it breaks', async () => {
    const request = anOrderRequest();
    const bad = {
      ...request,
      currency: 'EURO',
      customer: { ...request.customer, email: 'not-an-email' },
      lineItems: [{ sku: 'A', description: 'x', quantity: 0, unitPriceMinor: 12.5 }],
    };
    const response = await post(bad);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = await response.json();
    expect(problem).toMatchObject({ type: '/problems/validation-error', status: 400 });
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'currency', message: 'must be an ISO 4217 currency code such as EUR or USD' },
        { path: 'customer.email', message: 'must be an email address' },
        { path: 'lineItems[0].quantity', message: 'must be at least 1' },
        { path: 'lineItems[0].unitPriceMinor', message: 'must be a whole number of minor units (cents), not a decimal' },
      ]),
    );
  });

  it('refuses more than 500 line items, an empty order and unknown fields', async () => {
    const tooMany = await (await post(anOrderRequest({ items: 501 }))).json();
    expect(tooMany.errors).toContainEqual({ path: 'lineItems', message: 'must have at most 500 line items' });
    const empty = await (await post({ ...anOrderRequest(), lineItems: [] })).json();
    expect(empty.errors).toContainEqual({ path: 'lineItems', message: 'must have at least 1 line item' });
    const unknown = await (await post({ ...anOrderRequest(), coupon: 'FREE' })).json();
    expect(unknown.errors[0].message).toMatch(/coupon/);
  });

  it('answers 400 for malformed JSON, 415 for another media type and 413 for a huge body', async () => {
    const malformed = await post('{"customer":');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors).toEqual([{ path: '', message: 'body must be valid JSON' }]);
    const text = await request('/orders', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    expect(text.status).toBe(415);
    expect(text.headers.get('content-type')).toContain('application/problem+json');
    const huge = await post({ ...anOrderRequest(), padding: 'x'.repeat(300 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('returns the same order for a replayed Idempotency-Key and refuses the key with another body', async () => {
    const request = anOrderRequest();
    const key = `key-${Date.now()}`;
    const first = await (await post(request, { 'Idempotency-Key': key })).json();
    const replay = await post(request, { 'Idempotency-Key': key });
    expect(replay.status).toBe(202);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await replay.json()).orderId).toBe(first.orderId);
    const reuse = await post({ ...request, currency: 'USD' }, { 'Idempotency-Key': key });
    expect(reuse.status).toBe(422);
    const problem = await reuse.json();
    expect(problem).toMatchObject({ type: '/problems/idempotency-key-reused', errors: [{ path: 'idempotency-key', message: expect.any(String) }] });
    expect(JSON.stringify(problem)).not.toContain(first.orderId);
  });

  it('keeps an order whose queue send failed in the outbox, and a retry with the same key queues it once', async () => {
    const deadQueue = new OrderQueue(
      createLeanAwsTransport({ AWS_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true }, { ...process.env, AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:9' }, { maxAttempts: 1 }).messages,
      stage.resources.ordersQueueUrl,
    );
    const flaky = createOrdersApp({ ...deps, queue: deadQueue });
    const request = anOrderRequest();
    const key = `outbox-${Date.now()}`;
    const accepted = await (await post(request, { 'Idempotency-Key': key }, flaky)).json();
    expect(await deps.store.getOrder(accepted.orderId)).toMatchObject({ status: 'RECEIVED', awaitingQueue: true });
    expect(await deps.store.findAwaitingQueue(new Date(Date.now() + 1000))).toContain(accepted.orderId);

    await queuedOrderIds(); // drain earlier tests' messages
    const retry = await post(request, { 'Idempotency-Key': key });
    expect((await retry.json()).orderId).toBe(accepted.orderId);
    expect(await queuedOrderIds()).toEqual([accepted.orderId]);
    expect(await deps.store.getOrder(accepted.orderId)).toMatchObject({ awaitingQueue: false });
  });

  it('loses and doubles nothing when the client got a 5xx after the order was written and retries', async () => {
    // The write succeeds, then the function dies before answering (timeout, crash): a 5xx.
    const crashingStore = Object.create(deps.store) as OrderStore;
    crashingStore.createOrder = async (...args) => {
      await deps.store.createOrder(...args);
      throw new Error('simulated crash after the write');
    };
    const crashing = createOrdersApp({ ...deps, store: crashingStore });
    const request = anOrderRequest({ items: 3 });
    const key = `crash-${Date.now()}`;
    await queuedOrderIds();
    const failed = await post(request, { 'Idempotency-Key': key }, crashing);
    expect(failed.status).toBe(500);
    const retry = await post(request, { 'Idempotency-Key': key });
    expect(retry.status).toBe(202);
    const { orderId } = await retry.json();
    expect(await queuedOrderIds()).toEqual([orderId]);
    expect(await deps.store.getOrder(orderId)).toMatchObject({ status: 'RECEIVED', awaitingQueue: false });
  });
});

describe('GET and PATCH /orders/{id}', () => {
  it('shows status and timestamps, 404 for an unknown id and 400 for a malformed one', async () => {
    const { orderId } = await (await post(anOrderRequest())).json();
    const response = await request(`/orders/${orderId}`);
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view).toMatchObject({ orderId, status: 'RECEIVED', lineItemCount: 2 });
    expect(view.statusTimestamps.RECEIVED).toBe(view.createdAt);
    expect(view.invoice).toBeUndefined();
    expect((await request('/orders/01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    const malformed = await request('/orders/nope');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].path).toBe('id');
  });

  it('cancels a RECEIVED order once; the second cancel is a 409 naming the status', async () => {
    const { orderId } = await (await post(anOrderRequest())).json();
    const cancel = () =>
      request(`/orders/${orderId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'CANCELLED' }) });
    const first = await cancel();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'CANCELLED' });
    const second = await cancel();
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ type: '/problems/order-status-conflict', currentStatus: 'CANCELLED' });
    const wrong = await request(`/orders/${orderId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'INVOICED' }) });
    expect((await wrong.json()).errors[0].path).toBe('status');
  });
});

describe('response headers', () => {
  it('keeps order data out of every cache and forbids sniffing and framing, on answers and errors alike', async () => {
    const accepted = await post(anOrderRequest());
    const { orderId } = await accepted.json();
    for (const response of [accepted, await request(`/orders/${orderId}`), await request('/orders/nope'), await request('/nowhere')]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it('lets shared caches keep openapi.json and the docs assets, and gives the docs page its own policy', async () => {
    const spec = await request('/openapi.json');
    expect(spec.headers.get('cache-control')).toBe('public, max-age=300');
    expect(spec.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await request('/docs');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await request('/docs/swagger-ui.css');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers an unknown route with 404 and a known one with another method with 405 and Allow, never repeating the path', async () => {
    const unknown = await request('/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).not.toMatch(/script|alert/i);
    const wrongMethod = await request('/orders', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await wrongMethod.json()).errors).toEqual([{ path: 'method', message: 'must be one of POST' }]);
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI document generated from the validating schemas, and interactive docs', async () => {
    const spec = await (await request('/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/orders', '/orders/{id}']));
    const body = spec.paths['/orders'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(body)).toContain('"maxItems":500');
    const docs = await request('/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });

  it.each(Object.entries(ORDER_EXAMPLES))('documents the request example %s, which the API accepts with its VAT breakdown', async (name, example) => {
    const spec = await (await request('/openapi.json')).json();
    expect(spec.paths['/orders'].post.requestBody.content['application/json'].examples[name].value).toEqual(example.value);

    const response = await post(example.value);

    expect(response.status).toBe(202);
    const accepted = await response.json();
    expect(accepted.vatBreakdown.length).toBeGreaterThan(0);
    expect(accepted.vatBreakdown.reduce((sum: number, entry: { taxMinor: number }) => sum + entry.taxMinor, 0)).toBe(accepted.taxMinor);
  });
});

describe('inside Lambda behind API Gateway (REST API proxy events)', () => {
  const invoke = (overrides: Record<string, unknown>) =>
    (handle(app) as unknown as (e: APIGatewayProxyEvent, c: Context) => Promise<APIGatewayProxyResult>)(
      event(overrides) as unknown as APIGatewayProxyEvent,
      {} as Context,
    );
  // A REST API event with multiValueHeaders gets its answer's headers the same way.
  const header = (response: APIGatewayProxyResult, name: string) =>
    response.multiValueHeaders?.[name]?.[0] ?? response.headers?.[name];
  const event = (overrides: Record<string, unknown>) => ({
    resource: '/{proxy+}',
    httpMethod: 'GET',
    path: '/health',
    headers: { Host: 'abc123.execute-api.eu-west-1.amazonaws.com', 'Content-Type': 'application/json', Authorization: authorization.authorization },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    isBase64Encoded: false,
    body: null,
    requestContext: {
      stage: 'dev',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      path: '/dev/orders',
      httpMethod: 'POST',
      requestId: 'req-1',
      identity: { sourceIp: '203.0.113.9' },
    },
    ...overrides,
  });

  it('accepts an order and answers with links that carry the stage prefix of the execute-api URL', async () => {
    const response = await invoke({ httpMethod: 'POST', path: '/orders', body: JSON.stringify(anOrderRequest()) });
    expect(response.statusCode).toBe(202);
    const body = JSON.parse(response.body);
    expect(header(response, 'location')).toBe(`/dev/orders/${body.orderId}`);
    expect(body.links.self).toBe(`/dev/orders/${body.orderId}`);

    const status = await invoke({ path: `/orders/${body.orderId}` });
    expect(status.statusCode).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({ orderId: body.orderId, status: 'RECEIVED' });
  });

  it('answers problem+json for a bad body, as over plain HTTP', async () => {
    const response = await invoke({ httpMethod: 'POST', path: '/orders', body: '{"currency":"EUR"}' });
    expect(response.statusCode).toBe(400);
    expect(header(response, 'content-type')).toBe('application/problem+json');
    expect(JSON.parse(response.body).errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['customer', 'lineItems']));
  });
});
