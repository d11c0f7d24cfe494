import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { MessageSender, ObjectUrlPresigner, SecretReader } from './ports';

/*
 * The ports on the SDK v3 clients: what the long-running components (worker, notifier,
 * order-events, ops, the local tools) use. The DocumentTable is `clients.dynamo` itself
 * (lib-dynamodb's DynamoDBDocument has exactly these methods).
 */

/** SendMessage on an SDK SQS client. */
export function sdkMessageSender(sqs: SQSClient): MessageSender {
  return { sendMessage: (input) => sqs.send(new SendMessageCommand(input)) };
}

/** Presigned GETs from the SDK's presigner (`forcePathStyle` as the client was made). */
export function sdkObjectUrlPresigner(s3: S3Client): ObjectUrlPresigner {
  return { presignGetObject: (input, expiresIn) => getSignedUrl(s3, new GetObjectCommand(input), { expiresIn }) };
}

/**
 * GetSecretValue on an SDK Secrets Manager client, made on the first read unless one is given;
 * `close()` destroys only a client made here.
 */
export function sdkSecretReader(options: { region: string; client?: SecretsManagerClient }): SecretReader & { close(): void } {
  let client = options.client;
  return {
    async secretString(secretId) {
      client ??= new SecretsManagerClient({ region: options.region });
      return (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
    },
    close() {
      if (!options.client) client?.destroy();
    },
  };
}
