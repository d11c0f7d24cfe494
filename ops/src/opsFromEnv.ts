import {
  createAwsClients,
  createLogger,
  DeadLetterQueue,
  destroyAwsClients,
  DocumentLinkGenerations,
  InvoiceFiles,
  OrderOperations,
  OrderQueue,
  OrderStore,
  sdkMessageSender,
  type AwsClients,
  type Logger,
} from '@checkout/aws-adapters';
import { loadOpsConfig, type OpsConfig } from './config';
import type { OpsPorts } from './ports';

export const SERVICE_NAME = 'ops';

export interface RunningOps extends OpsPorts {
  config: OpsConfig;
  /** Destroys the AWS clients this function created (not those passed in). */
  close(): void;
}

/**
 * Wires the operations core for an environment: parses it (throws ConfigError naming each bad
 * variable), then builds the adapters over one set of AWS SDK clients. Endpoints come from the
 * SDK's AWS_ENDPOINT_URL_* variables, so the same code serves AWS and the emulators.
 */
export function opsFromEnv(env: NodeJS.ProcessEnv = process.env, options: { clients?: AwsClients; logger?: Logger } = {}): RunningOps {
  const config = loadOpsConfig(env);
  const clients = options.clients ?? createAwsClients(config);
  return {
    config,
    store: new OrderStore(clients.dynamo, { orders: config.ORDERS_TABLE }),
    orders: new OrderOperations(clients.dynamo, config.ORDERS_TABLE),
    files: new InvoiceFiles(clients.s3, config.INVOICES_BUCKET),
    queue: new OrderQueue(sdkMessageSender(clients.sqs), config.ORDERS_QUEUE_URL),
    links: new DocumentLinkGenerations(clients.dynamo, config.ORDERS_TABLE),
    deadLetters: new DeadLetterQueue(clients.sqs, config.ORDERS_DLQ_URL),
    ordersQueueUrl: config.ORDERS_QUEUE_URL,
    clock: () => new Date(),
    logger: options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL),
    close() {
      if (!options.clients) destroyAwsClients(clients);
    },
  };
}
