import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { AwsTransport } from '../transport/ports';
import { AwsJsonClient, type Agents } from './awsJsonClient';
import { LeanDocumentTable } from './documentTable';
import { LeanMessageSender } from './messageSender';
import { LeanObjectUrlPresigner } from './objectUrlPresigner';
import { LeanSecretReader } from './secretReader';
import { leanAwsSettingsFromEnv, type LeanAwsSettings } from './settings';

/** Connections per host a transport keeps at most (a Lambda serves one request at a time; the local stack many). */
const MAX_SOCKETS = 50;

/**
 * The ports on aws4 + node:http(s) instead of the SDK: DynamoDB and SQS (JSON 1.0), Secrets Manager
 * (JSON 1.1) and presigned S3 GETs, about 40 KB bundled where the SDK clients weigh 700 KB and
 * take about 100 ms to load. What the ingress Lambda uses everywhere it runs (Lambda, `npm start`,
 * its tests). Settings as `leanAwsSettingsFromEnv` reads them; throws ConfigError naming a missing
 * credential or a malformed endpoint.
 */
export function createLeanAwsTransport(
  aws: { AWS_REGION: string; S3_FORCE_PATH_STYLE: boolean },
  env: NodeJS.ProcessEnv = process.env,
  options: Partial<Pick<LeanAwsSettings, 'requestTimeoutMs' | 'maxAttempts'>> = {},
): AwsTransport {
  return leanAwsTransport(leanAwsSettingsFromEnv(aws, env, options));
}

/** The lean transport on settings already read. */
export function leanAwsTransport(settings: LeanAwsSettings): AwsTransport {
  const agents: Agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
  };
  const client = (name: string, signingName: string, targetPrefix: string, jsonVersion: '1.0' | '1.1', endpoint: URL) =>
    new AwsJsonClient({ name, signingName, targetPrefix, jsonVersion, endpoint }, settings, agents);
  const { endpoints } = settings;
  return {
    documents: new LeanDocumentTable(client('DynamoDB', 'dynamodb', 'DynamoDB_20120810', '1.0', endpoints.dynamodb)),
    messages: new LeanMessageSender(client('SQS', 'sqs', 'AmazonSQS', '1.0', endpoints.sqs)),
    secrets: new LeanSecretReader(client('SecretsManager', 'secretsmanager', 'secretsmanager', '1.1', endpoints.secretsManager)),
    presigner: new LeanObjectUrlPresigner({ region: settings.region, credentials: settings.credentials, endpoint: endpoints.s3, forcePathStyle: settings.s3ForcePathStyle }),
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
