import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ulid } from 'ulid';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import { createLeanAwsTransport, isConditionFailure, sdkObjectUrlPresigner, type DocumentTable } from '../../src';
import { presignedUrlVerdict } from '../support/sigV4';

/*
 * The lean transport against the emulators the repo runs (DynamoDB Local, fauxqs), side by side
 * with the SDK: what store code sees must be the same from both.
 */

let stage: TestStage;
beforeAll(async () => {
  stage = await createTestStage('lean');
});
afterAll(() => stage.close());

const table = () => stage.resources.ordersTable;
const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error & { CancellationReasons?: { Code?: string }[] });
const sdk = (): DocumentTable => stage.clients.dynamo;
const lean = (): DocumentTable => stage.lean.documents;

describe('lean transport and SDK on DynamoDB Local', () => {
  it('fails a conditional write with the same error as the SDK', async () => {
    const pk = `LEAN#${ulid()}`;
    await lean().put({ TableName: table(), Item: { pk } });
    const write = (db: DocumentTable) => db.put({ TableName: table(), Item: { pk }, ConditionExpression: 'attribute_not_exists(pk)' });

    const [fromSdk, fromLean] = [await errorOf(write(sdk())), await errorOf(write(lean()))];

    expect(fromLean).toMatchObject({ name: fromSdk!.name, message: fromSdk!.message });
    expect(fromLean!.name).toBe('ConditionalCheckFailedException');
    expect([isConditionFailure(fromSdk), isConditionFailure(fromLean)]).toEqual([true, true]);
  });

  it('cancels a transaction with the same error and cancellation reasons as the SDK', async () => {
    const taken = `LEAN#${ulid()}`;
    await sdk().put({ TableName: table(), Item: { pk: taken } });
    const transaction = (db: DocumentTable) =>
      db.transactWrite({
        TransactItems: [
          { Put: { TableName: table(), Item: { pk: `LEAN#${ulid()}` }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: table(), Item: { pk: taken }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      });

    const [fromSdk, fromLean] = [await errorOf(transaction(sdk())), await errorOf(transaction(lean()))];

    expect(fromLean).toMatchObject({ name: 'TransactionCanceledException', message: fromSdk!.message });
    const codes = (error: typeof fromSdk) => error!.CancellationReasons!.map((reason) => reason.Code);
    expect(codes(fromLean)).toEqual(codes(fromSdk));
    expect(codes(fromLean)).toEqual(['None', 'ConditionalCheckFailed']);
    expect([isConditionFailure(fromLean, 0), isConditionFailure(fromLean, 1)]).toEqual([false, true]);
  });

  it('stores and reads the same values as the DocumentClient, either way round', async () => {
    const item = { pk: `LEAN#${ulid()}`, totalMinor: 4998, paid: true, note: null, gone: undefined, lines: [{ sku: 'A', quantity: 2 }], meta: { tags: ['x', 'y'], empty: {} } };
    const { gone: _gone, ...stored } = item;
    await lean().put({ TableName: table(), Item: item });
    expect((await sdk().get({ TableName: table(), Key: { pk: item.pk }, ConsistentRead: true })).Item).toEqual(stored);

    const other = { ...item, pk: `LEAN#${ulid()}` };
    await sdk().put({ TableName: table(), Item: other });
    expect((await lean().get({ TableName: table(), Key: { pk: other.pk }, ConsistentRead: true })).Item).toEqual({ ...stored, pk: other.pk });

    const both = await lean().batchGet({ RequestItems: { [table()]: { Keys: [{ pk: item.pk }, { pk: other.pk }], ConsistentRead: true } } });
    expect(both.Responses![table()]!.map((found) => found.pk).sort()).toEqual([item.pk, other.pk].sort());
  });

  it('updates and pages through an index as the SDK does', async () => {
    const pending = `LEAN-PENDING-${ulid()}`;
    for (let i = 0; i < 5; i++) {
      await lean().update({
        TableName: table(),
        Key: { pk: `LEAN#${ulid()}` },
        UpdateExpression: 'SET outboxPending = :pending, createdAt = :at',
        ExpressionAttributeValues: { ':pending': pending, ':at': `2026-01-0${i + 1}T00:00:00.000Z` },
      });
    }
    const pages = async (db: DocumentTable) => {
      const keys: string[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await db.query({
          TableName: table(),
          IndexName: 'outbox',
          KeyConditionExpression: 'outboxPending = :pending',
          ExpressionAttributeValues: { ':pending': pending },
          Limit: 2,
          ...(start ? { ExclusiveStartKey: start } : {}),
        });
        keys.push(...(page.Items ?? []).map((found) => String(found.pk)));
        start = page.LastEvaluatedKey;
      } while (start);
      return keys;
    };
    const [fromSdk, fromLean] = [await pages(sdk()), await pages(lean())];
    expect(fromLean).toHaveLength(5);
    expect(fromLean).toEqual(fromSdk);
  });
});

describe('lean transport on fauxqs SQS', () => {
  it('sends a message with a delay and attributes (string, number, binary) that arrives after the delay, as sent', async () => {
    const queueUrl = stage.resources.ordersQueueUrl;
    const body = JSON.stringify({ orderId: ulid() });
    const sent = await stage.lean.messages.sendMessage({
      QueueUrl: queueUrl,
      MessageBody: body,
      DelaySeconds: 1,
      MessageAttributes: {
        orderId: { DataType: 'String', StringValue: 'o-1' },
        attempt: { DataType: 'Number', StringValue: '3' },
        digest: { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 254, 255]) },
      },
    });
    expect(sent.MessageId).toEqual(expect.any(String));

    const receive = (waitSeconds: number) =>
      stage.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: waitSeconds, MessageAttributeNames: ['All'], MaxNumberOfMessages: 10 }));
    expect((await receive(0)).Messages ?? []).toHaveLength(0);
    const arrived = (await receive(5)).Messages ?? [];
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({
      MessageId: sent.MessageId,
      Body: body,
      MessageAttributes: { orderId: { DataType: 'String', StringValue: 'o-1' }, attempt: { DataType: 'Number', StringValue: '3' } },
    });
    expect(Buffer.from(arrived[0]!.MessageAttributes!.digest!.BinaryValue!)).toEqual(Buffer.from([0, 1, 254, 255]));
  });

  it('fails a send to a queue that does not exist with the error name the SDK gives', async () => {
    const queueUrl = `${stage.resources.ordersQueueUrl}-missing`;
    const fromSdk = await errorOf(stage.clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: '{}' })));
    const fromLean = await errorOf(stage.lean.messages.sendMessage({ QueueUrl: queueUrl, MessageBody: '{}' }));
    expect(fromLean).toMatchObject({ name: fromSdk!.name, service: 'SQS', operation: 'SendMessage' });
  });
});

describe('lean presigned GET URLs on the fauxqs S3 emulator', () => {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local', sessionToken: 'a-session-token' };
  /** S3's clock as the front keeps it: the wall clock, moved on by `skewMs` to let a URL expire. */
  let skewMs = 0;
  const clock = () => new Date(Date.now() + skewMs);
  let front: Server;
  let frontUrl: string;

  // fauxqs serves presigned URLs without checking them; this front checks each signature with the
  // SDK's own signer and its expiry on `clock`, as S3 does, then passes the request on.
  beforeAll(async () => {
    front = createServer((request, response) => {
      void (async () => {
        const verdict = await presignedUrlVerdict({ path: request.url!, host: request.headers.host! }, credentials, 'us-east-1', clock());
        if (verdict !== 'valid') {
          response.writeHead(403, { 'content-type': 'application/xml' });
          response.end(`<Error><Code>${verdict === 'expired' ? 'AccessDenied' : 'SignatureDoesNotMatch'}</Code><Message>${verdict}</Message></Error>`);
          return;
        }
        const upstream = await fetch(`${process.env.AWS_ENDPOINT_URL_S3}${request.url}`);
        response.writeHead(upstream.status, Object.fromEntries(upstream.headers));
        response.end(Buffer.from(await upstream.arrayBuffer()));
      })();
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => front.close(() => resolve())));

  /** The lean transport with session credentials (as in Lambda), its S3 endpoint the front. */
  const presigner = () =>
    createLeanAwsTransport(
      { AWS_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true },
      { AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_SESSION_TOKEN: credentials.sessionToken, AWS_ENDPOINT_URL_S3: frontUrl },
    ).presigner;

  async function anObject() {
    const key = `invoices/2026/INV-${ulid()}.pdf`;
    const bytes = Buffer.from(`%PDF-1.7 ${key}`);
    await stage.clients.s3.send(new PutObjectCommand({ Bucket: stage.resources.invoicesBucket, Key: key, Body: bytes, ContentType: 'application/pdf' }));
    return { key, bytes };
  }

  it('downloads the object through a presigned URL whose signature the SDK signer agrees with, with the session token signed in', async () => {
    const { key, bytes } = await anObject();
    const url = await presigner().presignGetObject(
      { Bucket: stage.resources.invoicesBucket, Key: key, ResponseContentDisposition: 'attachment; filename="INV-1.pdf"' },
      300,
    );
    expect(new URL(url).searchParams.get('X-Amz-Security-Token')).toBe(credentials.sessionToken);
    expect(new URL(url).pathname).toBe(`/${stage.resources.invoicesBucket}/${key}`);
    // Signed in (the front checks it); fauxqs does not apply it, S3 answers with it as Content-Disposition.
    expect(new URL(url).searchParams.get('response-content-disposition')).toBe('attachment; filename="INV-1.pdf"');

    const response = await fetch(url);

    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('is refused with a tampered signature or key, and after it expired', async () => {
    const { key } = await anObject();
    const url = new URL(await presigner().presignGetObject({ Bucket: stage.resources.invoicesBucket, Key: key }, 60));
    const signature = url.searchParams.get('X-Amz-Signature')!;
    const tampered = new URL(url);
    tampered.searchParams.set('X-Amz-Signature', `${signature[0] === 'a' ? 'b' : 'a'}${signature.slice(1)}`);
    const otherKey = new URL(url);
    otherKey.pathname = otherKey.pathname.replace('.pdf', '.xml');

    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(tampered)).status).toBe(403);
    expect((await fetch(otherKey)).status).toBe(403);
    skewMs = 61_000;
    expect((await fetch(url)).status).toBe(403);
  });

  it('lets the SDK presigner\'s own URL through (the front\'s check itself is right)', async () => {
    skewMs = 0;
    const { key } = await anObject();
    const s3 = new S3Client({ region: 'us-east-1', endpoint: frontUrl, forcePathStyle: true, credentials });
    const url = await sdkObjectUrlPresigner(s3).presignGetObject({ Bucket: stage.resources.invoicesBucket, Key: key, ResponseContentDisposition: 'attachment; filename="INV-1.pdf"' }, 3600);
    s3.destroy();
    expect((await fetch(url)).status).toBe(200);
  });
});
