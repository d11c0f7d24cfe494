import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { jwksUriOf } from '@checkout/aws-adapters';
import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier';
import { FetchError, JwtBaseError } from 'aws-jwt-verify/error';
import { assertIsJwks, SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { Caller } from './caller';
import { AuthenticationError } from './errors';

export interface TokenVerifierConfig {
  /** The user pool's issuer: `https://cognito-idp.<region>.amazonaws.com/<poolId>` in AWS, cognito-local's URL locally. */
  issuer: string;
  /** The customers' public app client. */
  customerClientId: string;
  /** The shop's client-credentials app client. */
  serviceClientId: string;
  /**
   * The pool's JWKS (JSON), when the deployment ships it (COGNITO_JWKS): tokens are verified without
   * fetching it first. A token signed by a key not in it still fetches the JWKS from the issuer.
   */
  jwks?: string | undefined;
}

/** Turns a bearer token into the caller it identifies, or throws AuthenticationError. */
export interface TokenVerifier {
  verify(token: string): Promise<Caller>;
}

/**
 * Verifies Cognito access tokens as API Gateway's authorizer does, and more: RS256 signature by a
 * key of the pool's JWKS (fetched once, refetched for an unknown `kid`), issuer, expiry and
 * not-before (no grace), `token_use` = access, and `client_id` one of our two clients (Cognito
 * access tokens carry no `aud`; `client_id` is their audience). A token of any other client of the
 * pool is refused here even though the authorizer lets it through. Scopes are checked per route
 * (guards.ts). Throws AuthenticationError; an unreachable JWKS is an ordinary error (500), not a 401.
 * A JWKS given in `config.jwks` that is not one throws at once, so a bad deployment fails its cold start.
 */
export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const verifier = JwtVerifier.create(
    {
      issuer: config.issuer,
      jwksUri: jwksUriOf(config.issuer),
      audience: null,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'access') throw new AuthenticationError('token_use is not access');
        if (payload.client_id !== config.customerClientId && payload.client_id !== config.serviceClientId) {
          throw new AuthenticationError('issued to another app client');
        }
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: { fetch: fetchJwks } }) },
  );
  if (config.jwks !== undefined) verifier.cacheJwks(parseJwks(config.jwks));
  return {
    async verify(token) {
      let payload;
      try {
        payload = await verifier.verify(token);
      } catch (error) {
        if (error instanceof AuthenticationError) throw error;
        if (error instanceof JwtBaseError && !(error instanceof FetchError)) throw new AuthenticationError(error.name, { cause: error });
        // With the pool's keys shipped, a key that is not among them and cannot be fetched (the
        // issuer speaks plain HTTP on another host: the LocalStack compose setup) is a key we do
        // not trust, so the token is refused. Without them it is a misconfiguration: 500.
        if (config.jwks !== undefined && error instanceof PlainHttpJwksError) {
          throw new AuthenticationError('key not in COGNITO_JWKS, and the issuer\'s JWKS is plain HTTP', { cause: error });
        }
        throw error;
      }
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
      if (payload.client_id === config.serviceClientId) return { kind: 'service', clientId: config.serviceClientId, scopes };
      if (typeof payload.sub !== 'string' || !payload.sub) throw new AuthenticationError('no sub');
      return { kind: 'customer', customerId: payload.sub, scopes };
    },
  };
}

function parseJwks(text: string) {
  let jwks: Parameters<typeof assertIsJwks>[0];
  try {
    jwks = JSON.parse(text) as typeof jwks;
  } catch {
    throw new Error('COGNITO_JWKS is not JSON: it must be the user pool\'s JWKS ({"keys": [...]})');
  }
  try {
    assertIsJwks(jwks);
  } catch (error) {
    throw new Error(`COGNITO_JWKS is not a JWKS: ${(error as Error).message}`, { cause: error });
  }
  return jwks;
}

/** The JWKS would have to be fetched over plain HTTP from a host that is not this one. */
class PlainHttpJwksError extends Error {
  override readonly name = 'PlainHttpJwksError';
  constructor(origin: string) {
    super(`JWKS must be fetched over HTTPS: ${origin}`);
  }
}

/**
 * Fetches a JWKS over HTTPS, or over plain HTTP from a loopback address only: cognito-local serves
 * no TLS, and a key set from anywhere else must come over HTTPS (aws-jwt-verify's own fetcher
 * takes HTTPS only). node:http(s), not the global fetch, which loads undici on first use: about
 * 50 ms of a cold start.
 */
function fetchJwks(uri: string): Promise<ArrayBuffer> {
  const url = new URL(uri);
  const loopback = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !loopback) return Promise.reject(new PlainHttpJwksError(url.origin));
  return new Promise((resolve, reject) => {
    const onResponse = (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new FetchError(uri, `the JWKS endpoint answered ${response.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
      });
      response.on('error', reject);
    };
    const request = (loopback ? httpGet : httpsGet)(url, { headers: { accept: 'application/json' }, timeout: 3000 }, onResponse);
    request.on('timeout', () => request.destroy(new FetchError(uri, 'the JWKS endpoint did not answer within 3 s')));
    request.on('error', reject);
  });
}
