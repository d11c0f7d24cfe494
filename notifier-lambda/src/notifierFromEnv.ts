import {
  createAwsClients,
  createLogger,
  createPipelineMetrics,
  createTracing,
  destroyAwsClients,
  DocumentLinkGenerations,
  documentLinkKeySource,
  InvoiceFiles,
  OrderStore,
  RefundStore,
  sdkSecretReader,
  SERVICES,
  tracesDestinationFrom,
  type AwsClients,
  type Logger,
} from '@checkout/aws-adapters';
import { createMailer } from './adapters/mailer';
import { loadNotifierConfig, type NotifierConfig } from './config';
import { createNotifier, type Notifier } from './notifyCustomer';
import type { Mailer } from './ports';

export const SERVICE_NAME = SERVICES.notifier;

export interface RunningNotifier extends Notifier {
  config: NotifierConfig;
  logger: Logger;
  /** Closes the mailer and the AWS clients this function created (not those passed in). */
  close(): void;
}

/**
 * Builds the notifier for an environment: parses it (throws ConfigError naming each bad
 * variable), then creates the AWS clients, the order store, the document link keys and the mailer.
 * Pass `clients`, `logger`, `mailer` or `clock` to share or replace them (the local runtime
 * shares its clients and logger).
 */
export function notifierFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  options: { clients?: AwsClients; logger?: Logger; mailer?: Mailer; clock?: () => Date } = {},
): RunningNotifier {
  const config = loadNotifierConfig(env);
  const clients = options.clients ?? createAwsClients(config);
  const mailer = options.mailer ?? createMailer(config);
  // The notifier never creates orders, so it needs no idempotency table.
  const store = new OrderStore(clients.dynamo, { orders: config.ORDERS_TABLE });
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  const tracing = createTracing({ service: SERVICE_NAME, destination: tracesDestinationFrom(config) });
  // Read on the first email and kept while the container lives (once per cold start).
  const linkKeys = documentLinkKeySource(config, sdkSecretReader({ region: config.AWS_REGION }));
  const notifier = createNotifier({
    store,
    refunds: new RefundStore(clients.dynamo, { orders: config.ORDERS_TABLE }),
    links: new DocumentLinkGenerations(clients.dynamo, config.ORDERS_TABLE),
    linkKeys,
    mailer,
    clock: options.clock ?? (() => new Date()),
    logger,
    files: new InvoiceFiles(clients.s3, config.INVOICES_BUCKET),
    metrics: createPipelineMetrics({ service: SERVICE_NAME, stage: config.STAGE, logger }),
    tracing,
    config,
  });
  return {
    ...notifier,
    config,
    logger,
    close() {
      void tracing.shutdown();
      if (!options.mailer) mailer.close();
      linkKeys.close();
      if (!options.clients) destroyAwsClients(clients);
    },
  };
}
