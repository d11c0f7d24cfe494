import { createPrivateKey, randomUUID, sign, timingSafeEqual, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';

/** An app client as cognito-local stores it (the fields the grant reads). */
export interface StoredAppClient {
  ClientId?: string;
  ClientSecret?: string;
  UserPoolId?: string;
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AccessTokenValidity?: number;
  TokenValidityUnits?: { AccessToken?: string };
}

export type AppClientLookup = (clientId: string) => Promise<StoredAppClient | null | undefined>;

/** The slice of an Express request and response the handler uses. */
interface TokenRequest {
  headers: Record<string, string | string[] | undefined>;
  body?: Record<string, unknown>;
}
interface TokenResponse {
  status(code: number): TokenResponse;
  set(headers: Record<string, string>): TokenResponse;
  json(body: unknown): void;
}

/**
 * `POST /oauth2/token` with `grant_type=client_credentials` (RFC 6749 §4.4), as Cognito's token
 * endpoint answers it, which cognito-local does not implement. The client authenticates with HTTP
 * Basic (or `client_id` and `client_secret` in the form) against the app client cognito-local
 * stores; it must allow the client-credentials flow, and `scope` (optional, space-separated) must
 * be among its allowed scopes (none asked: all of them, as Cognito does). The access token has the
 * claims of a Cognito client-credentials token (`sub` and `client_id` the client, `token_use`
 * access, `scope`, `iss` the pool) and is signed with cognito-local's own key, the one its JWKS
 * publishes, so the API verifies customer and shop tokens alike. Errors are RFC 6749 §5.2 JSON.
 */
export function clientCredentialsHandler(options: { lookup: AppClientLookup; issuerDomain: string; now: () => Date }) {
  const key = cognitoLocalSigningKey();
  return async (request: TokenRequest, response: TokenResponse): Promise<void> => {
    const fail = (status: number, error: string, description: string) =>
      void response.status(status).set({ 'Cache-Control': 'no-store' }).json({ error, error_description: description });
    const form = request.body ?? {};
    if (form.grant_type !== 'client_credentials') return fail(400, 'unsupported_grant_type', 'only grant_type=client_credentials is served here');

    const credentials = basicCredentials(request.headers.authorization) ?? { id: String(form.client_id ?? ''), secret: String(form.client_secret ?? '') };
    const client = credentials.id ? await options.lookup(credentials.id) : undefined;
    if (!client?.ClientSecret || !sameText(client.ClientSecret, credentials.secret)) return fail(401, 'invalid_client', 'unknown client or wrong secret');
    if (!client.AllowedOAuthFlows?.includes('client_credentials')) return fail(400, 'unauthorized_client', 'the client may not use client credentials');

    const allowed = client.AllowedOAuthScopes ?? [];
    const asked = typeof form.scope === 'string' && form.scope.trim() ? form.scope.trim().split(/\s+/) : allowed;
    if (!asked.length || asked.some((scope) => !allowed.includes(scope))) return fail(400, 'invalid_scope', 'a scope is not allowed for this client');

    const issuedAt = Math.floor(options.now().getTime() / 1000);
    const lifetime = validitySeconds(client);
    const accessToken = signJwt(key, {
      sub: credentials.id,
      token_use: 'access',
      scope: asked.join(' '),
      auth_time: issuedAt,
      iss: `${options.issuerDomain}/${client.UserPoolId}`,
      exp: issuedAt + lifetime,
      iat: issuedAt,
      version: 2,
      jti: randomUUID(),
      client_id: credentials.id,
    });
    response.status(200).set({ 'Cache-Control': 'no-store' }).json({ access_token: accessToken, expires_in: lifetime, token_type: 'Bearer' });
  };
}

function basicCredentials(header: string | string[] | undefined): { id: string; secret: string } | undefined {
  const match = typeof header === 'string' ? /^Basic +([A-Za-z0-9+/=]+)$/i.exec(header.trim()) : null;
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

function sameText(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

const SECONDS_PER_UNIT: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** The client's access token lifetime, as cognito-local reads it (its default: 24 hours). */
function validitySeconds(client: StoredAppClient): number {
  if (client.AccessTokenValidity === undefined) return 86_400;
  return client.AccessTokenValidity * (SECONDS_PER_UNIT[client.TokenValidityUnits?.AccessToken ?? 'hours'] ?? 3600);
}

/** The key cognito-local signs its tokens with (kid `CognitoLocal`), from the package itself. */
export function cognitoLocalSigningKey(): { kid: string; key: KeyObject } {
  const load = createRequire(require.resolve('cognito-local/package.json'));
  const { jwk } = load('cognito-local/lib/keys/cognitoLocal.private.json') as { jwk: Record<string, string> };
  return { kid: 'CognitoLocal', key: createPrivateKey({ key: jwk, format: 'jwk' }) };
}

/** A compact RS256 JWS of `payload` (RFC 7515). */
export function signJwt(signer: { kid: string; key: KeyObject }, payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ kid: signer.kid, alg: 'RS256', typ: 'JWT' })}.${part(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), signer.key).toString('base64url')}`;
}
