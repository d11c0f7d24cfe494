import { createLogger, type Logger } from '@checkout/aws-adapters';
import { startAwsEmulator, type AwsEmulator, type ObjectCreated } from './awsEmulator';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamoDbLocal';
import { startIdentityProvider, type IdentityProvider } from './identityProvider';
import { startMailInbox, type MailInbox } from './mailInbox';
import { freePort } from './ports';
import { startCountingProxy } from './requestCounter';
import { reportStartup, SILENT_PROGRESS, type StartupProgress } from './startupProgress';

export interface Emulators {
  aws: AwsEmulator;
  dynamodb: DynamoDbLocal;
  mail: MailInbox;
  /** cognito-local with the stage's user pool and app clients. */
  identity: IdentityProvider;
  /** Environment that points the AWS SDK, the notifier's SMTP and the API's token checks at these emulators. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export interface EmulatorPorts {
  aws: number;
  dynamodb: number;
  smtp: number;
  inbox: number;
  cognito: number;
}

/** Starts the SQS+S3+SNS, DynamoDB, SMTP and Cognito emulators on loopback; port 0 picks a free one. */
export async function startEmulators(options: {
  ports: EmulatorPorts;
  region: string;
  onObjectCreated?: (event: ObjectCreated) => void;
  /** Put a counting proxy (requestCounter.ts) on the AWS and DynamoDB ports, the emulators behind it. */
  countRequests?: boolean;
  /** Told as each emulator starts and is ready (`npm start` prints it). */
  progress?: StartupProgress;
  /** The stage whose user pool and app clients cognito-local gets (names only; ids are fixed). */
  stage?: string;
  logger?: Logger;
}): Promise<Emulators> {
  const progress = options.progress ?? SILENT_PROGRESS;
  const port = async (p: number) => (p === 0 ? freePort() : p);
  const [dynamodbPort, awsPort] = await Promise.all([port(options.ports.dynamodb), port(options.ports.aws)]);
  const [smtpPort, inboxPort, cognitoPort] = await Promise.all([port(options.ports.smtp), port(options.ports.inbox), port(options.ports.cognito)]);
  const [dynamodb, aws, mail, identity] = await Promise.all([
    (options.countRequests ? freePort() : Promise.resolve(dynamodbPort)).then((p) =>
      reportStartup(progress, 'DynamoDB Local', () => startDynamoDbLocal({ port: p })),
    ),
    (options.countRequests ? freePort() : Promise.resolve(awsPort)).then((p) =>
      reportStartup(progress, 'SQS + S3 emulator', () =>
        startAwsEmulator({ port: p, region: options.region, onObjectCreated: options.onObjectCreated ?? (() => {}) }),
      ),
    ),
    reportStartup(progress, 'Mail server', () => startMailInbox({ smtpPort, webPort: inboxPort })),
    // It emails confirmation codes only when asked, by then the mail server is up.
    reportStartup(progress, 'Cognito (user pool)', () =>
      startIdentityProvider({
        port: cognitoPort,
        smtpPort,
        stage: options.stage ?? 'local',
        logger: options.logger ?? createLogger('identity', 'WARN'),
      }),
    ),
  ]);
  const proxies = options.countRequests
    ? await Promise.all([startCountingProxy({ port: awsPort, target: aws.endpoint }), startCountingProxy({ port: dynamodbPort, target: dynamodb.endpoint })])
    : [];
  const [awsProxy, dynamodbProxy] = proxies;
  return {
    aws,
    dynamodb,
    mail,
    identity,
    env: {
      ...emulatorEnv({
      aws: awsProxy?.endpoint ?? aws.endpoint,
      dynamodb: dynamodbProxy?.endpoint ?? dynamodb.endpoint,
      smtpPort: mail.smtpPort,
        region: options.region,
      }),
      ...identityEnv(identity),
    },
    stop: async () => {
      await Promise.allSettled([...proxies.map((p) => p.stop()), aws.stop(), dynamodb.stop(), mail.stop(), identity.stop()]);
    },
  };
}

export function emulatorEnv(e: { aws: string; dynamodb: string; smtpPort: number; region: string }): Record<string, string> {
  return {
    AWS_REGION: e.region,
    // Emulators accept any credentials; these keep the SDK from looking for real ones.
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_SQS: e.aws,
    AWS_ENDPOINT_URL_S3: e.aws,
    AWS_ENDPOINT_URL_SNS: e.aws,
    AWS_ENDPOINT_URL_DYNAMODB: e.dynamodb,
    // The orders table's stream, read by the order-events poller (DynamoDB Local serves both APIs).
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: e.dynamodb,
    S3_FORCE_PATH_STYLE: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(e.smtpPort),
    SMTP_SECURE: 'false',
  };
}

/** Points the Cognito SDK client and the API's token checks at cognito-local. */
export function identityEnv(identity: Pick<IdentityProvider, 'endpoint' | 'issuer' | 'customerClientId' | 'serviceClientId'>): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: identity.endpoint,
    COGNITO_ISSUER: identity.issuer,
    COGNITO_CUSTOMER_CLIENT_ID: identity.customerClientId,
    COGNITO_SERVICE_CLIENT_ID: identity.serviceClientId,
  };
}
