import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import type { AwsSettings } from './config';

export interface AwsClients {
  /** The document client with a method per operation: a `DocumentTable` (transport/ports.ts) as it is. */
  dynamo: DynamoDBDocument;
  sqs: SQSClient;
  s3: S3Client;
}

/**
 * One set of SDK clients per process. Endpoints come from the SDK's own AWS_ENDPOINT_URL_SQS /
 * _S3 / _DYNAMODB variables, so the same code talks to AWS, LocalStack or the local emulators.
 */
export function createAwsClients(settings: AwsSettings): AwsClients {
  const region = settings.AWS_REGION;
  return {
    dynamo: DynamoDBDocument.from(withoutSdkLogging(new DynamoDBClient({ region })), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    }),
    sqs: withoutSdkLogging(new SQSClient({ region })),
    s3: withoutSdkLogging(new S3Client({ region, forcePathStyle: settings.S3_FORCE_PATH_STYLE })),
  };
}

export function destroyAwsClients(clients: AwsClients): void {
  clients.dynamo.destroy();
  clients.sqs.destroy();
  clients.s3.destroy();
}

/**
 * Removes the SDK's logger middleware from `client`. With no logger configured (ours: we log
 * ourselves) the SDK still builds a redacted copy of every request and response for its no-op
 * logger (`schemaLogFilter`): about 3 ms of CPU per order in the local stack, most of it on
 * DynamoDB Streams pages and transaction inputs. Call it on every client before first use.
 */
export function withoutSdkLogging<T extends { middlewareStack: { remove(name: string): boolean } }>(client: T): T {
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}
