import { createLogger, InvoiceDownloads, InvoiceFiles, NO_METRICS, NO_TRACING, OrderQueue, OrderStore, ProductStore, RefundStore } from '@checkout/aws-adapters';
import { tokenVerifierConfigFromEnv } from '../../../local-stack/test/support/identity';
import { documentLinksOf, type TestStage } from '../../../local-stack/test/support/testStage';
import { createTokenVerifier, type OrdersApiDeps } from '../../src';

/**
 * The Orders API's dependencies on a test stage, wired as `ordersApiDependencies` wires them in
 * Lambda: real stores, queue and bucket on the emulators through the lean AWS transport (the
 * stage's `lean`), tokens verified against cognito-local (the integration project's globalSetup),
 * the stage's document link keys, no metrics or spans. The one place tests build them; a test
 * overrides what it is about (a failing queue, a fixed clock).
 */
export function testOrdersApiDeps(stage: TestStage, overrides: Partial<OrdersApiDeps> = {}): OrdersApiDeps {
  const tables = { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable };
  return {
    store: new OrderStore(stage.lean.documents, tables),
    refunds: new RefundStore(stage.lean.documents, tables),
    products: new ProductStore(stage.lean.documents, stage.resources.productsTable),
    queue: new OrderQueue(stage.lean.messages, stage.resources.ordersQueueUrl),
    files: new InvoiceDownloads(stage.lean.presigner, stage.resources.invoicesBucket),
    logger: createLogger('orders-api-test', 'SILENT'),
    metrics: NO_METRICS,
    tracing: NO_TRACING,
    auth: createTokenVerifier(tokenVerifierConfigFromEnv()),
    now: () => new Date(),
    idempotencyTtlSeconds: 86_400,
    statusLinkExpirySeconds: 900,
    documentLinks: documentLinksOf(stage),
    ...overrides,
  };
}

/** The stage's invoices bucket as the worker writes it (SDK), to arrange invoiced orders the API then serves. */
export const workerFilesOf = (stage: TestStage) => new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket);
