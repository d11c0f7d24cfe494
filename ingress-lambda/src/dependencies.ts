import {
  createLeanAwsTransport,
  createLogger,
  createPipelineMetrics,
  createTracing,
  DocumentLinkGenerations,
  documentLinkKeySource,
  InvoiceDownloads,
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

/**
 * Wires real clients from configuration; the only place that does. AWS is reached through the
 * lean transport (aws4 + node:http, no SDK: docs/decisions/lambda-bundles.md), with the
 * credentials and AWS_ENDPOINT_URL_* variables of `env`, in Lambda, under `npm start` and in tests.
 */
export function ordersApiDependencies(config: IngressConfig, env: NodeJS.ProcessEnv = process.env): OrdersApiDeps {
  const aws = createLeanAwsTransport(config, env);
  const logger = createLogger(SERVICES.ingress, config.LOG_LEVEL);
  return {
    store: new OrderStore(aws.documents, { orders: config.ORDERS_TABLE, idempotency: config.IDEMPOTENCY_TABLE }),
    refunds: new RefundStore(aws.documents, { orders: config.ORDERS_TABLE, idempotency: config.IDEMPOTENCY_TABLE }),
    products: new ProductStore(aws.documents, config.PRODUCTS_TABLE),
    queue: new OrderQueue(aws.messages, config.ORDERS_QUEUE_URL, config.CANCELLATION_WINDOW_SECONDS),
    files: new InvoiceDownloads(aws.presigner, config.INVOICES_BUCKET),
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
      keys: documentLinkKeySource(config, aws.secrets),
      generations: new DocumentLinkGenerations(aws.documents, config.ORDERS_TABLE),
      redirectSeconds: config.DOCUMENT_REDIRECT_SECONDS,
    },
  };
}
