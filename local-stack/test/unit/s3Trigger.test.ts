import type { S3Event } from 'aws-lambda';
import { encodeEventKey } from '../../src/s3EventRecord';
import { createS3Trigger } from '../../src/s3Trigger';

const object = (key: string, bucket = 'invoices-local') => ({ bucket, key, size: 10, etag: 'abc' });

function trigger(invoke: (event: S3Event) => Promise<void>, retryDelaysMs: number[] = []) {
  const gaveUp: S3Event[] = [];
  const t = createS3Trigger({
    bucket: 'invoices-local',
    prefix: 'invoices/',
    suffix: '.pdf',
    region: 'us-east-1',
    retryDelaysMs,
    concurrency: 4,
    invoke,
    onGiveUp: (event) => gaveUp.push(event),
  });
  return Object.assign(t, { gaveUp });
}

describe('S3 → notifier trigger', () => {
  it('delivers every one of a burst of 500 uploads, one standard record per invocation', async () => {
    const keys: string[] = [];
    const t = trigger(async (event) => {
      expect(event.Records).toHaveLength(1);
      keys.push(event.Records[0]!.s3.object.key);
    });
    for (let i = 0; i < 500; i++) t.objectCreated(object(`invoices/order-${i}/INV-2026-${String(i).padStart(6, '0')}.pdf`));
    await t.idle();
    expect(new Set(keys).size).toBe(500);
  });

  it('applies the notification filter: bucket, prefix and suffix', async () => {
    const keys: string[] = [];
    const t = trigger(async (event) => void keys.push(event.Records[0]!.s3.object.key));
    t.objectCreated(object('failed/2026-01-01/x.json'));
    t.objectCreated(object('invoices/a/INV-2026-000001.pdf', 'other-bucket'));
    t.objectCreated(object('invoices/a/readme.txt'));
    t.objectCreated(object('invoices/a/INV-2026-000001.pdf'));
    await t.idle();
    expect(keys).toEqual(['invoices/a/INV-2026-000001.pdf']);
  });

  it('retries a failed invocation like Lambda and gives up after the last retry', async () => {
    let calls = 0;
    const t = trigger(async () => {
      calls++;
      throw new Error('SMTP down');
    }, [1, 1]);
    t.objectCreated(object('invoices/a/INV-2026-000001.pdf'));
    await t.idle();
    expect(calls).toBe(3);
    expect(t.gaveUp).toHaveLength(1);
  });

  it('builds event records like S3: version 2.1, ObjectCreated:Put, URL-encoded key with + for spaces', async () => {
    const events: S3Event[] = [];
    const t = trigger(async (event) => void events.push(event));
    t.objectCreated(object('invoices/a b/ü+x.pdf'));
    await t.idle();
    const record = events[0]!.Records[0]!;
    expect(record).toMatchObject({ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'invoices-local' } } });
    expect(record.s3.object.key).toBe('invoices/a+b/%C3%BC%2Bx.pdf');
    expect(decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '))).toBe('invoices/a b/ü+x.pdf');
    expect(encodeEventKey('a/b c')).toBe('a/b+c');
  });
});
