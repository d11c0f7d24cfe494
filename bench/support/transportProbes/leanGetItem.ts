/**
 * Probe of the lambdaColdStart bench: the lean transport alone (aws-adapters/src/leanAws), one
 * GetItem, as a Lambda handler. Settings are built here so that nothing but the transport is loaded.
 */
import { leanAwsTransport } from '../../../aws-adapters/src/leanAws/transport';

const endpoint = new URL(process.env.AWS_ENDPOINT_URL!);
const aws = leanAwsTransport({
  region: process.env.AWS_REGION!,
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! },
  endpoints: { dynamodb: endpoint, sqs: endpoint, s3: endpoint, secretsManager: endpoint },
  s3ForcePathStyle: true,
  requestTimeoutMs: 5_000,
  maxAttempts: 3,
});

export const handler = async () => {
  const result = await aws.documents.get({ TableName: process.env.ORDERS_TABLE!, Key: { pk: 'ORDER#01M8N4VJN0BP1H0GS9W35T6ZCW' }, ConsistentRead: true });
  return { statusCode: result.Item ? 200 : 404 };
};
