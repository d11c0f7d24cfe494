import type { S3EventRecord } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import type { ObjectCreated } from './awsEmulator';

/**
 * Encodes an object key the way S3 does in event notifications: URL-encoded, with `+` for spaces
 * and `/` left as it is. Consumers must decode it (`decodeURIComponent(key.replace(/\+/g, ' '))`).
 */
export function encodeEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** A standard S3 `ObjectCreated:Put` event record (event version 2.1), as Lambda receives it. */
export function objectCreatedRecord(event: ObjectCreated, region: string, now: Date, sequence: number): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: now.toISOString(),
    eventName: 'ObjectCreated:Put',
    userIdentity: { principalId: 'local' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(), 'x-amz-id-2': randomBytes(24).toString('base64') },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'invoice-created',
      bucket: { name: event.bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${event.bucket}` },
      object: { key: encodeEventKey(event.key), size: event.size, eTag: event.etag, sequencer: sequence.toString(16).toUpperCase().padStart(16, '0') },
    },
  };
}
