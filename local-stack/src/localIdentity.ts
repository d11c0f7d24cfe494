/**
 * The ids of the local user pool and its app clients. AWS assigns ids (terraform outputs them);
 * locally they are fixed so that the Postman environment, the README's commands and the tests
 * work against any `npm start` unchanged. The secret is an emulator credential, like the
 * emulators' `local` AWS keys: it protects nothing.
 */
export const LOCAL_IDENTITY = {
  userPoolId: 'local_checkout',
  customerClientId: 'checkoutlocalcustomers',
  serviceClientId: 'checkoutlocalshop',
  serviceClientSecret: 'checkout-local-shop-secret',
} as const;

/**
 * A client-credentials access token of the local shop client from `tokenUrl` (cognito-local's
 * `/oauth2/token`), with `scopes` (default: every scope the client may have), as
 * `{ authorization: 'Bearer …' }` to spread into request headers.
 */
export async function localShopAuthorization(tokenUrl: string, scopes?: readonly string[]): Promise<{ authorization: string }> {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${LOCAL_IDENTITY.serviceClientId}:${LOCAL_IDENTITY.serviceClientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scopes ? { scope: scopes.join(' ') } : {}) }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`the token endpoint refused: ${response.status} ${body.error ?? ''}`);
  return { authorization: `Bearer ${body.access_token}` };
}
