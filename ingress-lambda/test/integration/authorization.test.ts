import { CognitoIdentityProviderClient, CreateUserPoolClientCommand, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { InvoiceNumbers, orderKey, SCOPES } from '@checkout/aws-adapters';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { aCatalogFor } from '../../../domain/test/support/aCatalogFor';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { cognitoLocalSigningKey, signJwt } from '../../../local-stack/src/clientCredentials';
import { LOCAL_IDENTITY } from '../../../local-stack/src/identityProvider';
import { serviceAuthorization, serviceToken, signedInCustomer, type SignedInCustomer, tokenVerifierConfigFromEnv } from '../../../local-stack/test/support/identity';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { anInvoicedOrder } from '../../../notifier-lambda/test/support/invoicedOrder';
import { AuthenticationError, type AuthEnv, authGuards, createOrdersApp, createTokenVerifier, PermissionError, type OrdersApiDeps, type OrdersApp } from '../../src';
import { testOrdersApiDeps, workerFilesOf } from '../support/testOrdersApi';

/**
 * Who may do what, with real tokens from cognito-local: customers signed up, confirmed and logged
 * in through the Cognito API; the shop's client-credentials tokens from the token endpoint. The
 * expired and forged tokens are made here because no identity provider hands them out.
 */
let stage: TestStage;
let deps: OrdersApiDeps;
let app: OrdersApp;
let alice: SignedInCustomer;
let bob: SignedInCustomer;
let shop: { authorization: string };

beforeAll(async () => {
  stage = await createTestStage('auth');
  await stage.products.seedProducts(aCatalogFor(anOrderRequest()), new Date());
  deps = testOrdersApiDeps(stage);
  app = createOrdersApp(deps);
  [alice, bob, shop] = await Promise.all([signedInCustomer(), signedInCustomer(), serviceAuthorization()]);
});
afterAll(() => stage.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const placeOrder = (headers: Record<string, string>, body: unknown = anOrderRequest()) =>
  app.request('/orders', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const getOrder = (orderId: string, headers: Record<string, string>) => app.request(`/orders/${orderId}`, { headers });

/** The claims of a real token, re-signed: with `key` (a forger's) or cognito-local's own. */
function resigned(token: string, changes: Record<string, unknown>, key = cognitoLocalSigningKey()): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
  return signJwt(key, { ...payload, ...changes });
}

async function expectUnauthorized(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toMatchObject({ type: '/problems/unauthorized', status: 401, errors: [{ path: 'authorization', message: expect.any(String) }] });
}

describe('a request without a valid access token gets 401 problem+json', () => {
  it.each([
    ['no Authorization header', {}],
    ['a Basic credential instead of a bearer token', { authorization: `Basic ${Buffer.from('shop:secret').toString('base64')}` }],
    ['a bearer token that is not a JWT', { authorization: 'Bearer not-a-token' }],
  ])('%s', async (_, headers) => {
    await expectUnauthorized(await placeOrder(headers));
    await expectUnauthorized(await getOrder('01ARZ3NDEKTSV4RRFFQ69G5FAV', headers));
  });

  it('a forged token: a real customer token\'s claims signed with another key under the same kid', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = resigned(alice.accessToken, {}, { kid: 'CognitoLocal', key: privateKey });
    await expectUnauthorized(await placeOrder(bearer(forged)));
    // The same claims signed with the pool's key pass: the signature alone made the difference.
    expect((await placeOrder(bearer(resigned(alice.accessToken, {})))).status).toBe(202);
  });

  it('an expired token, signed by the pool (cognito-local issues none already expired)', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectUnauthorized(await placeOrder(bearer(resigned(alice.accessToken, { iat: now - 7200, exp: now - 3600 }))));
    await expectUnauthorized(await placeOrder(bearer(resigned(alice.accessToken, { exp: now - 1 }))));
  });

  it('a token of another app client of the same pool (wrong audience)', async () => {
    const admin = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint: process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    try {
      const other = await admin.send(new CreateUserPoolClientCommand({ UserPoolId: LOCAL_IDENTITY.userPoolId, ClientName: `other-${randomUUID()}`, ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] }));
      const login = await admin.send(
        new InitiateAuthCommand({ ClientId: other.UserPoolClient!.ClientId!, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: alice.email, PASSWORD: alice.password } }),
      );
      await expectUnauthorized(await placeOrder(bearer(login.AuthenticationResult!.AccessToken!)));
    } finally {
      admin.destroy();
    }
  });

  it('an ID token instead of an access token, or a token of another issuer', async () => {
    await expectUnauthorized(await placeOrder(bearer(alice.idToken)));
    await expectUnauthorized(await placeOrder(bearer(resigned(alice.accessToken, { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_other' }))));
  });

  it('leaves the public routes public: /openapi.json, /docs, /health', async () => {
    expect((await app.request('/openapi.json')).status).toBe(200);
    expect((await app.request('/docs')).status).toBe(200);
    expect((await app.request('/health')).status).toBe(200);
  });
});

describe('a customer sees only their own orders', () => {
  it('places an order as themselves, reads and cancels it; another customer gets 404 as for no order at all', async () => {
    const placed = await placeOrder(alice.authorization);
    expect(placed.status).toBe(202);
    const { orderId } = await placed.json();
    expect(await deps.store.getOrder(orderId)).toMatchObject({ customerId: alice.customerId });
    expect((await getOrder(orderId, alice.authorization)).status).toBe(200);

    const stranger = await getOrder(orderId, bob.authorization);
    const nothing = await getOrder('01ARZ3NDEKTSV4RRFFQ69G5FAV', bob.authorization);
    expect(stranger.status).toBe(404);
    expect(nothing.status).toBe(404);
    const [strangerBody, nothingBody] = [await stranger.json(), await nothing.json()];
    expect(strangerBody.type).toBe(nothingBody.type);

    const cancelByStranger = await app.request(`/orders/${orderId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...bob.authorization },
      body: JSON.stringify({ status: 'CANCELLED' }),
    });
    expect(cancelByStranger.status).toBe(404);
    expect(await deps.store.getOrder(orderId)).toMatchObject({ status: 'RECEIVED' });
    const cancel = await app.request(`/orders/${orderId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...alice.authorization },
      body: JSON.stringify({ status: 'CANCELLED' }),
    });
    expect(cancel.status).toBe(200);
  });

  it('reads the refunds of their own invoiced order, not another customer\'s, and may not ask for a refund (403)', async () => {
    const { order } = await anInvoicedOrder(deps.store, new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable), workerFilesOf(stage), anOrderRequest({ items: 2 }));
    // The worker's path is arranged directly, without the API: make the order Alice's as the API would have.
    await stage.clients.dynamo.send(
      new UpdateCommand({ TableName: stage.resources.ordersTable, Key: orderKey(order.orderId), UpdateExpression: 'SET customerId = :c', ExpressionAttributeValues: { ':c': alice.customerId } }),
    );

    const byCustomer = await app.request(`/orders/${order.orderId}/refunds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...alice.authorization },
      body: JSON.stringify({}),
    });
    expect(byCustomer.status).toBe(403);
    expect(byCustomer.headers.get('www-authenticate')).toBe(`Bearer error="insufficient_scope", scope="${SCOPES.ordersWrite}"`);
    expect(await byCustomer.json()).toMatchObject({ type: '/problems/forbidden', status: 403, errors: [{ path: 'authorization' }] });

    const byShop = await app.request(`/orders/${order.orderId}/refunds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...shop },
      body: JSON.stringify({}),
    });
    expect(byShop.status).toBe(202);
    const { refundId } = await byShop.json();
    expect((await app.request(`/orders/${order.orderId}/refunds/${refundId}`, { headers: alice.authorization })).status).toBe(200);
    expect((await app.request(`/orders/${order.orderId}/refunds/${refundId}`, { headers: bob.authorization })).status).toBe(404);
  });
});

describe('the shop', () => {
  it('sees and cancels every customer\'s order with its scopes', async () => {
    const { orderId } = await (await placeOrder(bob.authorization)).json();
    const seen = await getOrder(orderId, shop);
    expect(seen.status).toBe(200);
    expect(await seen.json()).toMatchObject({ orderId });
  });

  it('gets 403 problem+json for a route its token has no scope for', async () => {
    const readOnly = bearer(await serviceToken([SCOPES.ordersRead]));
    const refused = await placeOrder(readOnly);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ type: '/problems/forbidden', errors: [{ path: 'authorization', message: `must grant one of: ${SCOPES.ordersWrite}` }] });
    const { orderId } = await (await placeOrder(shop)).json();
    expect((await getOrder(orderId, readOnly)).status).toBe(200);
    const writeOnly = bearer(await serviceToken([SCOPES.ordersWrite]));
    expect((await getOrder(orderId, writeOnly)).status).toBe(403);
  });
});

describe('Idempotency-Keys belong to their caller', () => {
  it('lets two customers use the same key for different orders, and neither replays the other\'s', async () => {
    const key = `shared-${randomUUID()}`;
    const first = await placeOrder({ ...alice.authorization, 'idempotency-key': key }, anOrderRequest({ items: 1 }));
    const second = await placeOrder({ ...bob.authorization, 'idempotency-key': key }, anOrderRequest({ items: 1 }));
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    const [a, b] = [await first.json(), await second.json()];
    expect(a.orderId).not.toBe(b.orderId);
    expect((await deps.store.getOrder(b.orderId))?.customerId).toBe(bob.customerId);
    // The shop using the same key gets an order of its own too.
    const third = await placeOrder({ ...shop, 'idempotency-key': key }, anOrderRequest({ items: 1 }));
    expect(third.status).toBe(202);
    expect((await third.json()).orderId).not.toBe(a.orderId);
  });

  it('answers a caller\'s own reused key with 422 naming no order', async () => {
    const key = `reuse-${randomUUID()}`;
    const { orderId } = await (await placeOrder({ ...alice.authorization, 'idempotency-key': key }, anOrderRequest({ items: 1 }))).json();
    const reused = await placeOrder({ ...alice.authorization, 'idempotency-key': key }, anOrderRequest({ items: 2 }));
    expect(reused.status).toBe(422);
    const text = await reused.text();
    expect(text).not.toContain(orderId);
    expect(text).not.toMatch(/[0-9A-HJKMNP-TV-Z]{26}/);
  });
});

describe('requireScope, the guard other routes (the catalog\'s admin routes) take', () => {
  const guarded = () => {
    const guards = authGuards(deps.auth);
    const small = new Hono<AuthEnv>();
    small.put('/admin', guards.requireScope(SCOPES.catalogAdmin), (c) => c.json({ caller: c.get('caller').kind }));
    small.onError((error, c) => c.json({ error: error.name }, error instanceof AuthenticationError ? 401 : error instanceof PermissionError ? 403 : 500));
    return small;
  };

  it('admits the shop with the admin scope, and no customer or shop token without it', async () => {
    const small = guarded();
    const admin = await small.request('/admin', { method: 'PUT', headers: bearer(await serviceToken([SCOPES.catalogAdmin])) });
    expect(admin.status).toBe(200);
    expect(await admin.json()).toEqual({ caller: 'service' });
    expect((await small.request('/admin', { method: 'PUT', headers: bearer(await serviceToken([SCOPES.ordersWrite])) })).status).toBe(403);
    expect((await small.request('/admin', { method: 'PUT', headers: alice.authorization })).status).toBe(403);
    expect((await small.request('/admin', { method: 'PUT' })).status).toBe(401);
  });
});

describe('a verifier given the pool\'s JWKS (COGNITO_JWKS, as the deployment ships it)', () => {
  const poolJwks = async () => {
    const { issuer } = tokenVerifierConfigFromEnv();
    return (await (await fetch(`${issuer}/.well-known/jwks.json`)).text());
  };

  it('verifies a token without fetching the JWKS: its issuer here answers nothing', async () => {
    const unreachable = 'http://127.0.0.1:9/no-pool';
    const verifier = createTokenVerifier({ ...tokenVerifierConfigFromEnv(), issuer: unreachable, jwks: await poolJwks() });
    const caller = await verifier.verify(resigned(alice.accessToken, { iss: unreachable }));
    expect(caller).toEqual({ kind: 'customer', customerId: alice.customerId, scopes: expect.any(Array) });
    // Only the signature is taken on trust from the shipped keys: a forger's key under the same kid is still refused.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expect(verifier.verify(resigned(alice.accessToken, { iss: unreachable }, { kid: 'CognitoLocal', key: privateKey }))).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('fetches the JWKS from the pool for a key it was not given', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const otherKeys = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'retired', alg: 'RS256', use: 'sig' }] });
    const verifier = createTokenVerifier({ ...tokenVerifierConfigFromEnv(), jwks: otherKeys });
    await expect(verifier.verify(alice.accessToken)).resolves.toMatchObject({ kind: 'customer', customerId: alice.customerId });
  });

  it('refuses a token whose key is not among the shipped ones when the issuer speaks plain HTTP on another host (the LocalStack setup)', async () => {
    // As docker/localstack configures the ingress: the pool's keys shipped, its issuer named on the compose network.
    const composeIssuer = 'http://identity:9329/local_checkout';
    const verifier = createTokenVerifier({ ...tokenVerifierConfigFromEnv(), issuer: composeIssuer, jwks: await poolJwks() });
    await expect(verifier.verify(resigned(alice.accessToken, { iss: composeIssuer }))).resolves.toMatchObject({ kind: 'customer' });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const unknownKey = resigned(alice.accessToken, { iss: composeIssuer }, { kid: 'not-in-the-pool', key: privateKey });
    await expect(verifier.verify(unknownKey)).rejects.toMatchObject({ name: 'AuthenticationError', reason: expect.stringContaining('not in COGNITO_JWKS') });
  });

  it('fails as a misconfiguration (not a 401) when no keys are shipped and the issuer\'s JWKS would come over plain HTTP from another host', async () => {
    const verifier = createTokenVerifier({ ...tokenVerifierConfigFromEnv(), issuer: 'http://identity:9329/local_checkout' });
    const token = resigned(alice.accessToken, { iss: 'http://identity:9329/local_checkout' });
    const failure = await verifier.verify(token).then(() => undefined, (error: unknown) => error);
    expect(failure).not.toBeInstanceOf(AuthenticationError);
    expect(String(failure)).toContain('JWKS must be fetched over HTTPS: http://identity:9329');
  });

  it.each([
    ['not JSON', '{keys: []', /COGNITO_JWKS is not JSON/],
    ['JSON but no key set', '{"keys": "none"}', /COGNITO_JWKS is not a JWKS/],
  ])('refuses a COGNITO_JWKS that is %s when it is created, naming the variable', (_, jwks, message) => {
    expect(() => createTokenVerifier({ ...tokenVerifierConfigFromEnv(), jwks })).toThrow(message);
  });
});
