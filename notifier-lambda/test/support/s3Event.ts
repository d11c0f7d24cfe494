import type { S3Event, S3EventRecord } from 'aws-lambda';

/** Encodes a key the way S3 does in event notifications: percent-encoding, `+` for a space, `/` kept. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** One S3 event notification record, shaped like the real thing, with the key URL-encoded. */
export function anS3Record(bucket: string, key: string, eventName = 'ObjectCreated:Put'): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: new Date().toISOString(),
    eventName,
    userIdentity: { principalId: 'AWS:AROAEXAMPLE:invoice-worker' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'invoice-created',
      bucket: { name: bucket, ownerIdentity: { principalId: 'A3NL1KOZZKExample' }, arn: `arn:aws:s3:::${bucket}` },
      object: { key: encodeS3EventKey(key), size: 1024, eTag: 'd41d8cd98f00b204e9800998ecf8427e', sequencer: '0055AED6DCD90281E5' },
    },
  };
}

/** An S3 event with one record per `{ bucket, key }`. */
export function anS3Event(...objects: { bucket: string; key: string; eventName?: string }[]): S3Event {
  return { Records: objects.map((o) => anS3Record(o.bucket, o.key, o.eventName)) };
}
