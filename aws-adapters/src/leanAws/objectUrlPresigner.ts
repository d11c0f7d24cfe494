import aws4 from 'aws4';
import type { ObjectUrlPresigner, PresignedGetInput } from '../transport/ports';
import type { AwsCredentials } from './settings';

/** S3 refuses presigned URLs valid for longer than 7 days. */
const MAX_EXPIRY_SECONDS = 604_800;

/**
 * Presigned S3 GET URLs (SigV4 in the query string, UNSIGNED-PAYLOAD, only `host` signed), made
 * locally by aws4 as the SDK's presigner makes them: the bucket in the host name, or in the path
 * when `forcePathStyle` (emulators) or when the bucket name cannot be a host name; the session
 * token, when there is one, is part of the signed query.
 */
export class LeanObjectUrlPresigner implements ObjectUrlPresigner {
  constructor(private readonly settings: { region: string; credentials: AwsCredentials; endpoint: URL; forcePathStyle: boolean }) {}

  async presignGetObject(input: PresignedGetInput, expiresInSeconds: number): Promise<string> {
    const { Bucket: bucket, Key: key } = input;
    if (!bucket || !key) throw new TypeError('a presigned GET needs Bucket and Key');
    if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_EXPIRY_SECONDS) {
      throw new RangeError(`a presigned URL must expire in 1 to ${MAX_EXPIRY_SECONDS} whole seconds, not ${expiresInSeconds}`);
    }
    const { endpoint, forcePathStyle } = this.settings;
    const pathStyle = forcePathStyle || !isVirtualHostable(bucket, endpoint.protocol === 'https:');
    const hostname = pathStyle ? endpoint.hostname : `${bucket}.${endpoint.hostname}`;
    const base = endpoint.pathname.replace(/\/+$/, '');
    const path = `${base}${pathStyle ? `/${encodeSegment(bucket)}` : ''}/${key.split('/').map(encodeSegment).join('/')}`;
    const query = new URLSearchParams({ 'X-Amz-Expires': String(expiresInSeconds) });
    if (input.ResponseContentDisposition) query.set('response-content-disposition', input.ResponseContentDisposition);
    const signed = aws4.sign(
      {
        service: 's3',
        region: this.settings.region,
        method: 'GET',
        host: hostname,
        ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
        path: `${path}?${query.toString()}`,
        signQuery: true,
      },
      this.settings.credentials,
    );
    return `${endpoint.protocol}//${hostname}${endpoint.port ? `:${endpoint.port}` : ''}${signed.path}`;
  }
}

/** One path segment as S3's canonical URI wants it: every byte but A-Z a-z 0-9 - _ . ~ percent-encoded. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Whether a bucket can be named in the host (DNS-compatible; no dots over TLS, where the certificate would not match). */
function isVirtualHostable(bucket: string, tls: boolean): boolean {
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) && !bucket.includes('..') && !/^\d+\.\d+\.\d+\.\d+$/.test(bucket) && !(tls && bucket.includes('.'));
}
