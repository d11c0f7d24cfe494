import { importFromPackage } from './loadEsm';

/** What the S3 emulator tells us about an object that was just written. */
export interface ObjectCreated {
  bucket: string;
  key: string;
  size: number;
  etag: string;
}

export interface AwsEmulator {
  /** http://127.0.0.1:PORT, for SQS and S3 (path style). */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

interface FauxqsStores {
  sqsStore: { host: string | undefined; region: string };
  snsStore: object;
  s3Store: { spy?: unknown; buckets: Map<string, Map<string, { body?: Buffer; etag?: string; size?: number }>> };
}

/**
 * Starts fauxqs (SQS + S3) in this process, bound to 127.0.0.1 only.
 *
 * fauxqs' own `startFauxqs` listens on 0.0.0.0 and keeps S3 events in a small ring buffer, so we
 * assemble it from its parts instead: our own stores, our own `listen` on loopback, and an S3
 * event hook that is called synchronously for every upload (no buffer, so no event is missed
 * under a burst). Queue URLs are path style (http://127.0.0.1:PORT/000000000000/name) because
 * `*.localhost` names do not resolve everywhere.
 */
export async function startAwsEmulator(options: {
  port: number;
  region: string;
  onObjectCreated: (event: ObjectCreated) => void;
}): Promise<AwsEmulator> {
  const { buildApp } = await importFromPackage<{ buildApp: (o: object) => FastifyLike }>('fauxqs', 'dist/app.js');
  const { SqsStore } = await importFromPackage<{ SqsStore: new () => FauxqsStores['sqsStore'] }>('fauxqs', 'dist/sqs/sqsStore.js');
  const { SnsStore } = await importFromPackage<{ SnsStore: new () => object }>('fauxqs', 'dist/sns/snsStore.js');
  const { S3Store } = await importFromPackage<{ S3Store: new () => FauxqsStores['s3Store'] }>('fauxqs', 'dist/s3/s3Store.js');

  const sqsStore = new SqsStore();
  sqsStore.host = undefined; // path-style queue URLs built from the request's Host header
  sqsStore.region = options.region;
  const s3Store = new S3Store();
  s3Store.spy = {
    addMessage(event: { service: string; status: string; bucket: string; key: string }) {
      if (event.service !== 's3' || event.status !== 'uploaded') return;
      // Read the stored object directly: getObject() would itself emit a spy event.
      const object = s3Store.buckets.get(event.bucket)?.get(event.key);
      options.onObjectCreated({
        bucket: event.bucket,
        key: event.key,
        size: object?.size ?? object?.body?.length ?? 0,
        etag: (object?.etag ?? '').replaceAll('"', ''),
      });
    },
  };
  const app = buildApp({ logger: false, defaultRegion: options.region, stores: { sqsStore, snsStore: new SnsStore(), s3Store } });
  const address = await app.listen({ port: options.port, host: '127.0.0.1' });
  const port = Number(new URL(address).port);
  return { endpoint: `http://127.0.0.1:${port}`, port, stop: () => app.close() };
}

interface FastifyLike {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}
