import { createAwsClients, createLogger, destroyAwsClients, ProductStore, type Logger } from '@checkout/aws-adapters';
import { INVOICE_KEY_PREFIX, INVOICE_KEY_SUFFIX } from '@checkout/domain';
import { createOrdersApp, loadIngressConfig, ordersApiDependencies, serveOrdersApi } from '@checkout/ingress-lambda';
import { notifierFromEnv } from '@checkout/notifier-lambda';
import { orderEventsPublisherFromEnv, subscribeToOrderEvents } from '@checkout/order-events';
import { eventTopicFeed, opsFromEnv, startConsole } from '@checkout/ops';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { portVariables, type LocalStackConfig } from './config';
import type { ObjectCreated } from './awsEmulator';
import { seedDemoCatalog } from './demoCatalog';
import { startEmulators } from './emulators';
import { assertPortFree } from './ports';
import { provisionStage } from './provision';
import { stageResources } from './resources';
import { createS3Trigger } from './s3Trigger';
import { reportStartup, SILENT_PROGRESS, type StartupProgress } from './startupProgress';
import { startStreamPoller } from './streamPoller';
import { startWorkerFleet } from './workerFleet';

export interface LocalStackUrls {
  api: string;
  docs: string;
  /** The web inbox page. */
  inbox: string;
  /** Base of the inbox's REST API (GET /api/email). */
  inboxApi: string;
  /** The local console: orders, invoices, emails, dead letters. */
  console: string;
  aws: string;
  dynamodb: string;
  smtp: string;
  /** cognito-local: the Cognito API (SignUp, ConfirmSignUp, InitiateAuth) and, below, its token endpoint. */
  cognito: string;
  /** Client-credentials token endpoint of the shop's app client. */
  tokenUrl: string;
  /** ARN of the SNS FIFO topic of the order events (subscribe an SQS queue to it). */
  orderEvents: string;
  /** The JSON-lines file every component writes its spans to (LOCAL_DATA_DIR/traces.jsonl). */
  traces: string;
}

export interface RunningLocalStack {
  urls: LocalStackUrls;
  /** Environment the components run with (resource names, endpoints). */
  env: Record<string, string>;
  /** Pids of the running invoice worker processes (LOCAL_WORKERS of them; a replaced one changes). */
  workerPids(): number[];
  stop(): Promise<void>;
}

/** The file of spans under LOCAL_DATA_DIR. */
export const TRACES_FILE_NAME = 'traces.jsonl';

/** Where the worker bundle is, from src/ (tests) or dist/ (npm start) alike. */
const WORKER_ENTRY = join(__dirname, '..', '..', 'invoice-worker', 'dist', 'main.js');
/** The console's page, script and stylesheet, likewise. */
const CONSOLE_PUBLIC_DIR = join(__dirname, '..', '..', 'ops', 'public');

/**
 * Starts the whole pipeline on loopback: SQS+S3 (fauxqs), DynamoDB Local, an SMTP server with a
 * web inbox (maildev), Cognito (cognito-local, with the stage's user pool), the stage's resources, the Orders API, LOCAL_WORKERS invoice worker processes,
 * the S3 → notifier trigger and the orders stream → order-events publisher poller. Every port is checked first; a taken port is an error naming its variable.
 * Resolves once every part is ready: the worker processes too, when LOG_LEVEL lets them say so
 * (DEBUG or INFO); `progress` hears of each part as it starts and is ready.
 */
export async function startLocalStack(
  config: LocalStackConfig,
  logger: Logger = createLogger('local-stack', config.LOG_LEVEL),
  progress: StartupProgress = SILENT_PROGRESS,
): Promise<RunningLocalStack> {
  for (const [variable, port] of portVariables(config)) await assertPortFree(variable, port);

  const names = stageResources(config.STAGE);
  // The trigger needs the provisioned bucket, the emulator must exist first: wire it afterwards.
  let onObjectCreated: (event: ObjectCreated) => void = () => {};
  const emulators = await startEmulators({
    ports: {
      aws: config.LOCAL_AWS_PORT,
      dynamodb: config.LOCAL_DYNAMODB_PORT,
      smtp: config.LOCAL_SMTP_PORT,
      inbox: config.LOCAL_INBOX_PORT,
      cognito: config.LOCAL_COGNITO_PORT,
    },
    region: config.AWS_REGION,
    stage: config.STAGE,
    logger,
    onObjectCreated: (event) => onObjectCreated(event),
    countRequests: config.LOCAL_COUNT_REQUESTS,
    progress,
  });
  const stops: (() => Promise<void>)[] = [() => emulators.stop()];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => logger.warn('stop failed', { error: String(error) }));
  };

  try {
    // The components read endpoints and resource names from the environment, as in AWS.
    Object.assign(process.env, emulators.env);
    const resources = await reportStartup(progress, 'Tables, queues, bucket', () => provisionStage(names, { region: config.AWS_REGION }));
    await reportStartup(
      progress,
      'Demo catalog',
      async () => {
        const clients = createAwsClients({ AWS_REGION: config.AWS_REGION, S3_FORCE_PATH_STYLE: true });
        try {
          return await seedDemoCatalog(new ProductStore(clients.dynamo, resources.productsTable));
        } finally {
          destroyAwsClients(clients);
        }
      },
      (added) => `${added} products added`,
    );

    // One trace file for the API, the notifier and every worker process, emptied at each start.
    const dataDir = resolve(config.LOCAL_DATA_DIR);
    mkdirSync(dataDir, { recursive: true });
    const tracesFile = join(dataDir, TRACES_FILE_NAME);
    writeFileSync(tracesFile, '');

    const env: Record<string, string> = {
      ...emulators.env,
      TRACES_EXPORT: 'file',
      TRACES_FILE: tracesFile,
      STAGE: config.STAGE,
      LOG_LEVEL: config.LOG_LEVEL,
      ORDERS_TABLE: resources.ordersTable,
      IDEMPOTENCY_TABLE: resources.idempotencyTable,
      PRODUCTS_TABLE: resources.productsTable,
      INVOICES_BUCKET: resources.invoicesBucket,
      ORDERS_QUEUE_URL: resources.ordersQueueUrl,
      ORDERS_DLQ_URL: resources.ordersDlqUrl,
      ORDER_EVENTS_TOPIC_ARN: resources.orderEventsTopicArn,
      MAIL_TRANSPORT: 'smtp',
      MAIL_FROM: process.env.MAIL_FROM ?? 'Example Trading <billing@example.com>',
      // Emailed links point at this API. Their keys are made at each start unless .env pins them,
      // so a restart revokes the links of the previous run (docs/decisions/invoice-links.md).
      DOCUMENT_LINK_BASE_URL: process.env.DOCUMENT_LINK_BASE_URL ?? `http://127.0.0.1:${config.LOCAL_API_PORT}`,
      DOCUMENT_LINK_KEYS: process.env.DOCUMENT_LINK_KEYS || `local-${randomBytes(4).toString('hex')}=${randomBytes(32).toString('base64url')}`,
      // Locally the outbox is swept often so a lost send shows up within seconds.
      OUTBOX_SWEEP_INTERVAL_SECONDS: process.env.OUTBOX_SWEEP_INTERVAL_SECONDS ?? '5',
      OUTBOX_STALE_AFTER_SECONDS: process.env.OUTBOX_STALE_AFTER_SECONDS ?? '10',
      HEALTH_PORT: process.env.HEALTH_PORT ?? '0',
      // Short long-polls so Ctrl-C stops the worker within about two seconds.
      RECEIVE_WAIT_SECONDS: process.env.RECEIVE_WAIT_SECONDS ?? '2',
      // A killed worker's numbering lease lapses quickly, so the rest of the fleet goes on numbering.
      NUMBERING_LEASE_SECONDS: process.env.NUMBERING_LEASE_SECONDS ?? '3',
    };
    Object.assign(process.env, env);

    progress.starting('Notifier');
    const notifier = notifierFromEnv(process.env, { logger: createLogger('notifier', config.LOG_LEVEL) });
    stops.push(async () => notifier.close());
    const trigger = createS3Trigger({
      bucket: resources.invoicesBucket,
      prefix: INVOICE_KEY_PREFIX,
      suffix: INVOICE_KEY_SUFFIX,
      region: config.AWS_REGION,
      retryDelaysMs: config.LOCAL_NOTIFIER_RETRY_DELAYS_MS,
      concurrency: config.LOCAL_NOTIFIER_CONCURRENCY,
      invoke: async (event) => {
        await notifier.handle(event);
      },
      onGiveUp: (event, error) =>
        logger.error('notifier gave up on an S3 event after its retries (in AWS: the on-failure destination)', {
          key: event.Records[0]?.s3.object.key,
          error: String(error),
        }),
    });
    onObjectCreated = (event) => trigger.objectCreated(event);
    stops.push(() => trigger.stop());
    progress.ready('Notifier', 'on S3 ObjectCreated');

    // As the Lambda event source mapping in AWS: the same publisher, fed batches of the orders stream.
    progress.starting('Order events');
    const publisher = orderEventsPublisherFromEnv(process.env, { logger: createLogger('order-events', config.LOG_LEVEL) });
    stops.push(async () => publisher.close());
    const poller = startStreamPoller({
      streamArn: resources.ordersStreamArn,
      region: config.AWS_REGION,
      invoke: (event) => publisher.handle(event),
      logger,
    });
    stops.push(() => poller.stop());
    progress.ready('Order events', `orders stream → SNS ${resources.orderEventsTopic}`);

    // A worker says it is ready in an INFO line; under a quieter LOG_LEVEL there is nothing to wait for.
    const workersTellReady = ['DEBUG', 'INFO'].includes(config.LOG_LEVEL);
    const workerPart = (worker: number) => `Invoice worker ${worker}`;
    for (let worker = 1; worker <= config.LOCAL_WORKERS; worker++) {
      progress.starting(workerPart(worker), workersTellReady ? undefined : `LOG_LEVEL=${config.LOG_LEVEL} hides when it is ready`);
    }
    const workers = startWorkerFleet({ entry: WORKER_ENTRY, env: process.env, logger, count: config.LOCAL_WORKERS });
    stops.push(() => workers.stop());
    const workersReady = workersTellReady
      ? Promise.all(workers.ready.map((ready, i) => ready.then((pid) => progress.ready(workerPart(i + 1), `pid ${pid}`))))
      : Promise.resolve();
    workersReady.catch(() => {}); // awaited after the API has started; not unhandled meanwhile

    await reportStartup(progress, 'Orders API', async () => {
      const app = createOrdersApp(ordersApiDependencies(loadIngressConfig(process.env)));
      // Node's own refusals (bad header bytes, 431) are problem+json too, as the app's are.
      const server = await serveOrdersApi(app, { port: config.LOCAL_API_PORT, hostname: '127.0.0.1' });
      stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    });
    const consoleUrl = await reportStartup(progress, 'Console', async () => {
      const consoleLogger = createLogger('console', config.LOG_LEVEL);
      const ops = opsFromEnv(process.env, { logger: consoleLogger });
      // The console hears the order events as any subscriber does: a FIFO queue subscribed to the topic.
      const subscription = await subscribeToOrderEvents(resources.orderEventsTopicArn, { region: config.AWS_REGION, name: `console-${config.STAGE}` });
      const feed = eventTopicFeed(ops, subscription, { depthIntervalMs: 2000 });
      const running = await startConsole({
        ops,
        port: config.LOCAL_CONSOLE_PORT,
        publicDir: CONSOLE_PUBLIC_DIR,
        inboxApi: emulators.mail.webUrl,
        feed,
        tracesFile,
      });
      stops.push(async () => {
        await running.stop();
        await subscription.close().catch((error: unknown) => consoleLogger.warn('console: unsubscribing from the order events failed', { error: String(error) }));
        ops.close();
      });
      return running.url;
    });
    await workersReady;

    const api = `http://127.0.0.1:${config.LOCAL_API_PORT}`;
    return {
      urls: {
        api,
        docs: `${api}/docs`,
        inbox: emulators.mail.pageUrl,
        inboxApi: emulators.mail.webUrl,
        console: consoleUrl,
        aws: emulators.env.AWS_ENDPOINT_URL_SQS!,
        dynamodb: emulators.env.AWS_ENDPOINT_URL_DYNAMODB!,
        smtp: `smtp://127.0.0.1:${emulators.mail.smtpPort}`,
        cognito: emulators.identity.endpoint,
        tokenUrl: emulators.identity.tokenUrl,
        orderEvents: resources.orderEventsTopicArn,
        traces: tracesFile,
      },
      env,
      workerPids: () => workers.pids(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
