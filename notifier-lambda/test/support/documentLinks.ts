import { createLogger, NO_METRICS, NO_TRACING, InvoiceFiles, OrderQueue, OrderStore, RefundStore } from '@checkout/aws-adapters';
import { createOrdersApp } from '@checkout/ingress-lambda';
import { documentLinksOf, type TestStage } from '../../../local-stack/test/support/testStage';

/**
 * Follows an emailed document link as a mail client would, into the stage's real Orders API
 * (`app.request`, no socket): the link must point at DOCUMENT_LINK_BASE_URL, and the answer is
 * what a browser would get (303 to a presigned URL, or a problem).
 */
export function documentLinkFollower(stage: TestStage) {
  const tables = { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable };
  const app = createOrdersApp({
    store: new OrderStore(stage.clients.dynamo, tables),
    refunds: new RefundStore(stage.clients.dynamo, tables),
    queue: new OrderQueue(stage.clients.sqs, stage.resources.ordersQueueUrl),
    files: new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket),
    logger: createLogger('orders-api-test', 'SILENT'),
    metrics: NO_METRICS,
    tracing: NO_TRACING,
    now: () => new Date(),
    idempotencyTtlSeconds: 86_400,
    statusLinkExpirySeconds: 900,
    documentLinks: documentLinksOf(stage),
  });
  return (link: string, headers: Record<string, string> = {}): Promise<Response> => {
    const url = new URL(link);
    if (url.origin !== stage.env.DOCUMENT_LINK_BASE_URL) throw new Error(`the link does not point at DOCUMENT_LINK_BASE_URL: ${url.origin}`);
    return Promise.resolve(app.request(url.pathname, { headers }));
  };
}
