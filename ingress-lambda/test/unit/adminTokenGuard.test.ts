import { Hono } from 'hono';
import { adminTokenGuard, tokenSha256 } from '../../src/adminTokenGuard';

const TOKEN = 'a-long-enough-admin-token';

function guarded(expectedSha256: string | undefined) {
  const app = new Hono();
  app.put('/products/:sku', adminTokenGuard(expectedSha256), (c) => c.text('changed'));
  return (authorization?: string) => app.request('/products/X', { method: 'PUT', headers: authorization === undefined ? {} : { authorization } });
}

describe('adminTokenGuard (the configured admin credential)', () => {
  it('lets through the bearer token whose SHA-256 is configured', async () => {
    const response = await guarded(tokenSha256(TOKEN))(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
  });

  it.each([
    ['no Authorization', undefined],
    ['another token', 'Bearer another-token-entirely'],
    ['the token without "Bearer"', TOKEN],
    ['the SHA-256 itself', `Bearer ${tokenSha256(TOKEN)}`],
    ['Basic credentials', `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`],
  ])('refuses %s with 401 problem+json naming the header', async (_name, authorization) => {
    const response = await guarded(tokenSha256(TOKEN))(authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="catalog"');
    expect(await response.json()).toMatchObject({ type: '/problems/unauthorized', status: 401, errors: [{ path: 'header.authorization' }] });
  });

  it('refuses everyone when no credential is configured', async () => {
    expect((await guarded(undefined)(`Bearer ${TOKEN}`)).status).toBe(401);
    expect((await guarded(undefined)('Bearer ')).status).toBe(401);
  });
});
