/**
 * Probe of the lambdaColdStart bench: what the ingress's first request needs from Node itself,
 * with none of our code but the lean transport. The event becomes a Web `Request` (as Hono's Lambda
 * adapter builds one), the bearer token's RS256 signature is checked against COGNITO_JWKS with
 * node:crypto, one GetItem goes over HTTPS, and the answer is a Web `Response` read back as text.
 * No routing, validation, logging, metrics or tracing: the ingress's total minus this one is what
 * the application adds.
 */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { probeTransport } from './probeTransport';

const aws = probeTransport();
const [jwk] = (JSON.parse(process.env.COGNITO_JWKS!) as { keys: JsonWebKey[] }).keys;
const publicKey = createPublicKey({ key: jwk!, format: 'jwk' });

interface RestEvent {
  httpMethod: string;
  path: string;
  headers: Record<string, string>;
}

export const handler = async (event: RestEvent) => {
  const request = new Request(`https://${event.headers.host}${event.path}`, { method: event.httpMethod, headers: event.headers });
  const [header, payload, signature] = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '').split('.');
  if (!verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature ?? '', 'base64url'))) return { statusCode: 401 };
  const result = await aws.documents.get({ TableName: process.env.ORDERS_TABLE!, Key: { pk: `ORDER#${event.path.split('/')[2]}` }, ConsistentRead: true });
  const response = new Response(JSON.stringify({ found: Boolean(result.Item) }), { status: result.Item ? 200 : 404, headers: { 'content-type': 'application/json' } });
  return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
};
