import { leanAwsTransport } from '../../../aws-adapters/src/leanAws/transport';

/**
 * The lean transport on the stand-in of the lambdaColdStart bench (AWS_ENDPOINT_URL for every
 * service), with settings built here so that nothing but the transport is loaded.
 */
export function probeTransport() {
  const endpoint = new URL(process.env.AWS_ENDPOINT_URL!);
  return leanAwsTransport({
    region: process.env.AWS_REGION!,
    credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! },
    endpoints: { dynamodb: endpoint, sqs: endpoint, s3: endpoint, secretsManager: endpoint },
    s3ForcePathStyle: true,
    requestTimeoutMs: 5_000,
    maxAttempts: 3,
  });
}
