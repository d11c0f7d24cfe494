import {
  createAwsClients,
  createLogger,
  createPipelineMetrics,
  createTracing,
  DocumentLinkGenerations,
  documentLinkKeySource,
  InvoiceFiles,
  OrderQueue,
  OrderStore,
  ProductStore,
  RefundStore,
  SERVICES,
  tracesDestinationFrom,
} from '@checkout/aws-adapters';
import type { OrdersApiDeps } from './acceptOrder';
import { createTokenVerifier } from './auth';
import type { IngressConfig } from './config';

/** Wires real clients from configuration; the only place that does. */
export function ordersApiDependencies(config: IngressConfig): OrdersApiDeps {
  const clients = createAwsClients(config);
  const logger = createLogger(SERVICES.ingress, config.LOG_LEVEL);
  return {
    store: new OrderStore(clients.dynamo, { orders: config.ORDERS_TABLE, idempotency: config.IDEMPOTENCY_TABLE }),
    refunds: new RefundStore(clients.dynamo, { orders: config.ORDERS_TABLE, idempotency: config.IDEMPOTENCY_TABLE }),
    products: new ProductStore(clients.dynamo, config.PRODUCTS_TABLE),
    queue: new OrderQueue(clients.sqs, config.ORDERS_QUEUE_URL, config.CANCELLATION_WINDOW_SECONDS),
    files: new InvoiceFiles(clients.s3, config.INVOICES_BUCKET),
    logger,
    auth: createTokenVerifier({
      issuer: config.COGNITO_ISSUER,
      customerClientId: config.COGNITO_CUSTOMER_CLIENT_ID,
      serviceClientId: config.COGNITO_SERVICE_CLIENT_ID,
      jwks: config.COGNITO_JWKS,
    }),
    metrics: createPipelineMetrics({ service: SERVICES.ingress, stage: config.STAGE, logger }),
    tracing: createTracing({ service: SERVICES.ingress, destination: tracesDestinationFrom(config) }),
    now: () => new Date(),
    idempotencyTtlSeconds: config.IDEMPOTENCY_TTL_SECONDS,
    statusLinkExpirySeconds: config.STATUS_LINK_EXPIRY_SECONDS,
    documentLinks: {
      // The secret is read on the first link followed and kept while the container lives.
      keys: documentLinkKeySource(config),
      generations: new DocumentLinkGenerations(clients.dynamo, config.ORDERS_TABLE),
      redirectSeconds: config.DOCUMENT_REDIRECT_SECONDS,
    },
  };
}
