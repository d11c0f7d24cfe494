import { ConfigError, createLeanAwsTransport, describeError, isConditionFailure, leanAwsSettingsFromEnv, type AwsTransport } from '../../src';
import { headerSignatureMatches } from '../support/sigV4';
import { dynamoError, startStandInAws } from '../support/standInAws';

/*
 * The lean AWS transport against a stand-in HTTP server (unit: the server plays AWS): what goes
 * on the wire, how it is signed, which answers are retried. Against the real emulators:
 * test/integration/leanAwsTransport.test.ts.
 */

const CREDENTIALS = { accessKeyId: 'AKIDSTANDIN', secretAccessKey: 'stand-in-secret', sessionToken: 'stand-in-session-token' };
const REGION = 'eu-west-1';

let standIn: Awaited<ReturnType<typeof startStandInAws>>;
let aws: AwsTransport;

beforeEach(async () => {
  standIn = await startStandInAws();
  aws = createLeanAwsTransport(
    { AWS_REGION: REGION, S3_FORCE_PATH_STYLE: true },
    { AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey, AWS_SESSION_TOKEN: CREDENTIALS.sessionToken, AWS_ENDPOINT_URL: standIn.url },
    { requestTimeoutMs: 500 },
  );
});
afterEach(async () => {
  aws.close();
  await standIn.close();
});

const getItem = () => aws.documents.get({ TableName: 'orders-test', Key: { pk: 'ORDER#1' }, ConsistentRead: true });

describe('lean AWS transport: requests (unit: a stand-in server plays AWS)', () => {
  it('sends DynamoDB a JSON 1.0 call, marshalled as the DocumentClient does, signed as the SDK signs it, with the session token', async () => {
    standIn.answer({ status: 200, json: { Item: { pk: { S: 'ORDER#1' }, totalMinor: { N: '4998' }, lines: { L: [{ M: { sku: { S: 'A' } } }] } } } });

    const result = await getItem();

    expect(result.Item).toEqual({ pk: 'ORDER#1', totalMinor: 4998, lines: [{ sku: 'A' }] });
    const [request] = standIn.received;
    expect(request!.headers).toMatchObject({
      'x-amz-target': 'DynamoDB_20120810.GetItem',
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-security-token': CREDENTIALS.sessionToken,
    });
    expect(JSON.parse(request!.body)).toEqual({ TableName: 'orders-test', Key: { pk: { S: 'ORDER#1' } }, ConsistentRead: true });
    await expect(headerSignatureMatches(request!, CREDENTIALS, REGION)).resolves.toEqual({ matches: true, service: 'dynamodb' });
  });

  it('reads a secret with GetSecretValue in JSON 1.1, signed for Secrets Manager', async () => {
    standIn.answer({ status: 200, json: { ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:keys', SecretString: 'k1=abc' } });

    await expect(aws.secrets.secretString('arn:aws:secretsmanager:eu-west-1:123456789012:secret:keys')).resolves.toBe('k1=abc');

    const [request] = standIn.received;
    expect(request!.headers).toMatchObject({ 'x-amz-target': 'secretsmanager.GetSecretValue', 'content-type': 'application/x-amz-json-1.1' });
    expect(JSON.parse(request!.body)).toEqual({ SecretId: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:keys' });
    await expect(headerSignatureMatches(request!, CREDENTIALS, REGION)).resolves.toEqual({ matches: true, service: 'secretsmanager' });
  });

  it('gives a TransactWriteItems a ClientRequestToken, the same on every attempt, so a retried transaction is applied once', async () => {
    standIn.answer(dynamoError(500, 'InternalServerError', 'try again'));

    await aws.documents.transactWrite({ TransactItems: [{ Put: { TableName: 'orders-test', Item: { pk: 'ORDER#2', note: undefined } } }] });

    const bodies = standIn.received.map((r) => JSON.parse(r.body) as { ClientRequestToken: string; TransactItems: unknown });
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.ClientRequestToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(bodies[1]!.ClientRequestToken).toBe(bodies[0]!.ClientRequestToken);
    expect(bodies[0]!.TransactItems).toEqual([{ Put: { TableName: 'orders-test', Item: { pk: { S: 'ORDER#2' } } } }]);
  });
});

describe('lean AWS transport: retries as the SDK standard mode (unit: a stand-in server plays AWS)', () => {
  it('retries a 500 and a throttled call, then returns the answer', async () => {
    standIn.answer(dynamoError(500, 'InternalServerError', 'internal'), dynamoError(400, 'ThrottlingException', 'slow down'), {
      status: 200,
      json: { Item: { pk: { S: 'ORDER#1' } } },
    });
    await expect(getItem()).resolves.toMatchObject({ Item: { pk: 'ORDER#1' } });
    expect(standIn.received).toHaveLength(3);
  });

  it('gives up after 3 attempts and says how many it made', async () => {
    standIn.answer(...Array.from({ length: 3 }, () => dynamoError(503, 'ServiceUnavailable', 'unavailable')));
    await expect(getItem()).rejects.toMatchObject({ name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503, attempts: 3 } });
    expect(standIn.received).toHaveLength(3);
  });

  it('never retries a 400: a failed condition comes back at once, named as the SDK names it', async () => {
    standIn.answer(dynamoError(400, 'ConditionalCheckFailedException', 'The conditional request failed'));
    const error = await aws.documents.put({ TableName: 'orders-test', Item: { pk: 'ORDER#1' }, ConditionExpression: 'attribute_not_exists(pk)' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConditionalCheckFailedException', message: 'The conditional request failed', $metadata: { httpStatusCode: 400, attempts: 1 } });
    expect(isConditionFailure(error)).toBe(true);
    expect(standIn.received).toHaveLength(1);
  });

  it('does not retry a validation error either', async () => {
    standIn.answer(dynamoError(400, 'ValidationException', 'One or more parameter values were invalid'));
    await expect(getItem()).rejects.toMatchObject({ name: 'ValidationException' });
    expect(standIn.received).toHaveLength(1);
  });

  it('times out an attempt that gets no answer and retries it', async () => {
    standIn.answer('hang', { status: 200, json: { Item: { pk: { S: 'ORDER#1' } } } });
    await expect(getItem()).resolves.toMatchObject({ Item: { pk: 'ORDER#1' } });
    expect(standIn.received).toHaveLength(2);
  });

  it('retries a refused connection, then fails naming the service, the operation and the socket error', async () => {
    const closed = createLeanAwsTransport(
      { AWS_REGION: REGION, S3_FORCE_PATH_STYLE: true },
      { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:9' },
      { maxAttempts: 2 },
    );
    const error = await closed.messages.sendMessage({ QueueUrl: 'http://127.0.0.1:9/000000000000/orders', MessageBody: '{}' }).catch((e: unknown) => e as Error);
    closed.close();
    expect(error).toMatchObject({ name: 'AwsRequestError', code: 'ECONNREFUSED', $metadata: { attempts: 2 } });
    expect((error as Error).message).toMatch(/^SQS\.SendMessage: request to 127\.0\.0\.1:9 failed/);
  });
});

describe('lean AWS transport: errors (unit: a stand-in server plays AWS)', () => {
  it('names the service, operation and AWS error code in describeError, and never a credential AWS quoted', async () => {
    standIn.answer(dynamoError(400, 'InvalidSignatureException', `The canonical string ... x-amz-security-token:${CREDENTIALS.sessionToken} Credential=${CREDENTIALS.accessKeyId}/...`));
    const error = await getItem().catch((e: unknown) => e);
    const text = describeError(error);
    expect(text).toMatch(/^DynamoDB\.GetItem InvalidSignatureException: /);
    expect(text).not.toContain(CREDENTIALS.sessionToken);
    expect(text).not.toContain(CREDENTIALS.accessKeyId);
  });

  it('keeps the reasons of a cancelled transaction where store code reads them', async () => {
    standIn.answer(
      dynamoError(400, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]', {
        CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }],
      }),
    );
    const error = await aws.documents.transactWrite({ TransactItems: [] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TransactionCanceledException', CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }] });
    expect([isConditionFailure(error), isConditionFailure(error, 0), isConditionFailure(error, 1)]).toEqual([true, false, true]);
  });
});

describe('lean AWS transport settings (unit)', () => {
  const base = { AWS_REGION: 'eu-central-1', S3_FORCE_PATH_STYLE: false };

  it('takes each endpoint from its own variable, then AWS_ENDPOINT_URL, then AWS in the region', () => {
    const settings = leanAwsSettingsFromEnv(base, {
      AWS_ACCESS_KEY_ID: 'a',
      AWS_SECRET_ACCESS_KEY: 'b',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
    });
    expect(Object.fromEntries(Object.entries(settings.endpoints).map(([service, url]) => [service, url.origin]))).toEqual({
      dynamodb: 'http://127.0.0.1:8000',
      sqs: 'http://127.0.0.1:4566',
      s3: 'http://127.0.0.1:4566',
      secretsManager: 'http://127.0.0.1:4566',
    });
    expect(leanAwsSettingsFromEnv(base, { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' }).endpoints.secretsManager.origin).toBe(
      'https://secretsmanager.eu-central-1.amazonaws.com',
    );
  });

  it('refuses to start without credentials or with a malformed endpoint, naming each variable and no secret', () => {
    const attempt = () => leanAwsSettingsFromEnv(base, { AWS_SECRET_ACCESS_KEY: 'do-not-show', AWS_ENDPOINT_URL_SQS: 'not a url' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/AWS_ACCESS_KEY_ID is required[\s\S]*AWS_ENDPOINT_URL_SQS="not a url": must be an http\(s\) URL/);
    expect(() => attempt()).not.toThrow(/do-not-show/);
  });
});
