import {
  ConfigError,
  createAwsClients,
  createLogger,
  createPipelineMetrics,
  createTracing,
  CreditNoteNumbers,
  DEFAULT_NUMBERER_OPTIONS,
  InvoiceFiles,
  InvoiceNumberer,
  InvoiceNumbers,
  OrderQueue,
  OrderStore,
  RefundStore,
  sdkMessageSender,
  SERVICES,
  tracesDestinationFrom,
} from '@checkout/aws-adapters';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkerConfig, sellerFrom } from './config';
import { startHealthServer } from './healthServer';
import { startInvoiceWorker, type InvoiceWorker } from './invoiceWorker';
import { observedRendering } from './observedRendering';
import { COLOR_PROFILE_FILE, createInvoiceRendering } from './renderInvoice';

/**
 * Entry point of the worker container (and of the local stack's worker process): reads the
 * configuration once, starts the consumers and the health endpoint, and on SIGTERM/SIGINT stops
 * receiving, finishes in-flight invoices and exits 0 within SHUTDOWN_TIMEOUT_SECONDS.
 */
async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = createLogger(SERVICES.worker, config.LOG_LEVEL);
  const metrics = createPipelineMetrics({ service: SERVICES.worker, stage: config.STAGE, logger });
  const tracing = createTracing({ service: SERVICES.worker, destination: tracesDestinationFrom(config) });
  const clients = createAwsClients(config);
  const bundledFonts = join(__dirname, 'fonts');
  const bundledColorProfile = join(__dirname, 'color', COLOR_PROFILE_FILE);
  const render = await createInvoiceRendering({
    fontDir: config.FONT_DIR ?? (existsSync(bundledFonts) ? bundledFonts : undefined),
    colorProfile: existsSync(bundledColorProfile) ? bundledColorProfile : undefined,
  });
  const store = new OrderStore(clients.dynamo, { orders: config.ORDERS_TABLE, idempotency: config.IDEMPOTENCY_TABLE });

  const now = () => new Date();
  const numberer = new InvoiceNumberer(
    new InvoiceNumbers(clients.dynamo, config.ORDERS_TABLE),
    {
      ...DEFAULT_NUMBERER_OPTIONS,
      // Unique per process: a restarted task never mistakes its predecessor's lease for its own.
      holderId: `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`,
      leaseMs: config.NUMBERING_LEASE_SECONDS * 1000,
    },
    now,
    logger,
  );

  let worker: InvoiceWorker | undefined;
  const health = config.HEALTH_PORT > 0 ? await startHealthServer(config.HEALTH_PORT, () => worker?.running ?? false) : undefined;
  worker = startInvoiceWorker(
    {
      sqs: clients.sqs,
      store,
      refunds: new RefundStore(clients.dynamo, { orders: config.ORDERS_TABLE, idempotency: config.IDEMPOTENCY_TABLE }),
      creditNoteNumbers: new CreditNoteNumbers(clients.dynamo, config.ORDERS_TABLE),
      numberer,
      queue: new OrderQueue(sdkMessageSender(clients.sqs), config.ORDERS_QUEUE_URL),
      files: new InvoiceFiles(clients.s3, config.INVOICES_BUCKET),
      render: observedRendering(render, { tracing, metrics }),
      seller: sellerFrom(config),
      logger,
      now,
      metrics,
      tracing,
    },
    {
      queueUrl: config.ORDERS_QUEUE_URL,
      deadLetterQueueUrl: config.ORDERS_DLQ_URL,
      batchSize: config.WORKER_BATCH_SIZE,
      pollers: config.WORKER_POLLERS,
      visibilityTimeoutSeconds: config.VISIBILITY_TIMEOUT_SECONDS,
      heartbeatIntervalSeconds: config.HEARTBEAT_INTERVAL_SECONDS,
      receiveWaitSeconds: config.RECEIVE_WAIT_SECONDS,
      retryBackoffSeconds: config.RETRY_BACKOFF_SECONDS,
      outboxSweepIntervalSeconds: config.OUTBOX_SWEEP_INTERVAL_SECONDS,
      outboxStaleAfterSeconds: config.OUTBOX_STALE_AFTER_SECONDS,
    },
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutdown requested', { signal });
    const { drained } = await worker!.stop(config.SHUTDOWN_TIMEOUT_SECONDS * 1000);
    // After the drain: in-flight invoices may still need numbers. Then the lease goes at once.
    await numberer.stop();
    await tracing.shutdown();
    health?.close();
    logger.info('worker stopped', { drained });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration errors name the variable; print them plainly as well as in the JSON log.
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(JSON.stringify({ level: 'ERROR', message: 'invoice worker failed to start', error: message, service: 'invoice-worker' }));
  process.exit(1);
});
