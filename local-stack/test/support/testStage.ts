import {
  createAwsClients,
  createLeanAwsTransport,
  destroyAwsClients,
  DocumentLinkGenerations,
  documentLinkKeySource,
  ProductStore,
  type AwsClients,
  type AwsTransport,
} from '@checkout/aws-adapters';
import { parseDocumentLinkKeys } from '@checkout/domain';
import { randomBytes } from 'node:crypto';
import { seedDemoCatalog } from '../../src/demoCatalog';
import { provisionStage, type ProvisionedStage } from '../../src/provision';
import { stageResources } from '../../src/resources';

export interface TestStage {
  resources: ProvisionedStage;
  /** SDK clients on the emulators: what the worker, the notifier and the tools use. */
  clients: AwsClients;
  /** The lean transport on the same emulators: what the ingress uses (its stores in tests). */
  lean: AwsTransport;
  /** The stage's catalog, seeded with the demo catalog (local-stack/catalog/demo-products.json). */
  products: ProductStore;
  /** Environment a component of this stage would run with. */
  env: Record<string, string>;
  close(): void;
}

/**
 * Provisions a fresh stage (tables, queues, bucket with unique names) on the emulators started
 * by globalSetup, so test files never share state. The catalog starts as `npm start`'s does, with
 * the demo products.
 */
export async function createTestStage(prefix: string, options: { visibilityTimeoutSeconds?: number } = {}): Promise<TestStage> {
  const stage = `${prefix}-${randomBytes(4).toString('hex')}`;
  const region = process.env.AWS_REGION ?? 'us-east-1';
  const resources = await provisionStage(stageResources(stage), { region, ...options });
  const clients = createAwsClients({ AWS_REGION: region, S3_FORCE_PATH_STYLE: true });
  const lean = createLeanAwsTransport({ AWS_REGION: region, S3_FORCE_PATH_STYLE: true });
  const products = new ProductStore(clients.dynamo, resources.productsTable);
  await seedDemoCatalog(products);
  const env: Record<string, string> = {
    ...pick(process.env, [
      'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_ENDPOINT_URL_SQS', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_SNS',
      'AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL_DYNAMODB_STREAMS', 'S3_FORCE_PATH_STYLE', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE',
    ]),
    STAGE: stage,
    ORDERS_TABLE: resources.ordersTable,
    IDEMPOTENCY_TABLE: resources.idempotencyTable,
    PRODUCTS_TABLE: resources.productsTable,
    INVOICES_BUCKET: resources.invoicesBucket,
    ORDERS_QUEUE_URL: resources.ordersQueueUrl,
    ORDERS_DLQ_URL: resources.ordersDlqUrl,
    ORDER_EVENTS_TOPIC_ARN: resources.orderEventsTopicArn,
    LOG_LEVEL: 'SILENT',
    // A key ring of the stage's own, as the local stack makes one at start.
    DOCUMENT_LINK_KEYS: `test=${randomBytes(32).toString('base64url')}`,
    DOCUMENT_LINK_BASE_URL: 'https://orders.test.example',
  };
  return {
    resources,
    clients,
    lean,
    products,
    env,
    close: () => {
      destroyAwsClients(clients);
      lean.close();
    },
  };
}

function pick(source: NodeJS.ProcessEnv, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (source[k] === undefined ? [] : [[k, source[k]!]])));
}

/** The document link keys and generations of a stage: what the ingress's `documentLinks` dependency holds (on the lean transport, as in Lambda). */
export function documentLinksOf(stage: TestStage, redirectSeconds = 300) {
  return {
    keys: documentLinkKeySource({ DOCUMENT_LINK_KEYS: parseDocumentLinkKeys(stage.env.DOCUMENT_LINK_KEYS!) }),
    generations: new DocumentLinkGenerations(stage.lean.documents, stage.resources.ordersTable),
    redirectSeconds,
  };
}
