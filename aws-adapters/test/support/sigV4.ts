import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/*
 * SigV4 checked by an independent implementation: the SDK's own signer (@smithy/signature-v4)
 * signs the request we received again, and its signature must be the one aws4 computed. The S3
 * emulator does not check signatures, so the presigned URL tests put `presignedUrlVerdict` in front.
 */

export interface TestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The SHA-256 (an HMAC when given a secret) the SDK's signer takes, on node:crypto. */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {}
}

function toBuffer(data: string | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

const amzDate = (value: string) => new Date(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}Z`);

/**
 * Whether the Authorization header of a received request is the signature the SDK's signer gives
 * the same request (the headers it names, the body) with `credentials`, and for which service.
 */
export async function headerSignatureMatches(
  request: { method: string; path: string; headers: IncomingHttpHeaders; body: string },
  credentials: TestCredentials,
  region: string,
): Promise<{ matches: boolean; service?: string }> {
  const authorization = String(request.headers.authorization ?? '');
  const parts = /Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})/.exec(authorization);
  if (!parts) return { matches: false };
  const [, keyId, , scopeRegion, service, signedHeaders, signature] = parts as unknown as string[];
  const headers: Record<string, string> = {};
  for (const name of signedHeaders!.split(';')) headers[name] = String(request.headers[name] ?? '');
  const url = new URL(request.path, 'http://placeholder');
  const signer = new SignatureV4({ credentials, region, service: service!, sha256: Sha256, applyChecksum: false });
  const signed = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: headers.host!.split(':')[0]!, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: request.body },
    { signingDate: amzDate(headers['x-amz-date']!) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1];
  return { matches: keyId === credentials.accessKeyId && scopeRegion === region && expected === signature, service: service! };
}

const PRESIGN_PARAMETERS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Security-Token', 'X-Amz-Signature'];

/** What S3 would say of a presigned GET received at `now`: fine, expired, or a signature that does not match. */
export async function presignedUrlVerdict(
  request: { path: string; host: string },
  credentials: TestCredentials,
  region: string,
  now: Date,
): Promise<'valid' | 'expired' | 'signature-mismatch'> {
  const url = new URL(request.path, `http://${request.host}`);
  const query = url.searchParams;
  const signedAt = amzDate(query.get('X-Amz-Date') ?? '');
  const expiresIn = Number(query.get('X-Amz-Expires'));
  if (query.get('X-Amz-Security-Token') !== (credentials.sessionToken ?? null)) return 'signature-mismatch';
  const rest: Record<string, string> = {};
  for (const [name, value] of query) if (!PRESIGN_PARAMETERS.includes(name)) rest[name] = value;
  const signer = new SignatureV4({ credentials, region, service: 's3', sha256: Sha256, uriEscapePath: false, applyChecksum: false });
  const presigned = await signer.presign(
    {
      method: 'GET',
      protocol: 'http:',
      hostname: request.host.split(':')[0]!,
      path: decodeURIComponent(url.pathname),
      query: rest,
      headers: { host: request.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    },
    { signingDate: signedAt, expiresIn, unhoistableHeaders: new Set(['x-amz-content-sha256']), unsignableHeaders: new Set(['x-amz-content-sha256']) },
  );
  if (presigned.query?.['X-Amz-Signature'] !== query.get('X-Amz-Signature')) return 'signature-mismatch';
  return now.getTime() > signedAt.getTime() + expiresIn * 1000 ? 'expired' : 'valid';
}
