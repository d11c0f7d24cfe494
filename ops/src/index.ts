/**
 * Operations on the pipeline, one way to do each thing, for the operator CLI (`src/cli.ts`) and
 * the local console (`src/console/`): list orders by status, an order's history, redrive the
 * dead-letter queue, resend an invoice email, replay failed notifications, revoke emailed document links.
 */
export { loadOpsConfig, OpsEnvSchema, type OpsConfig } from './config';
export * from './errors';
export { listOrders, newestFirst, type OrderList } from './listOrders';
export { opsFromEnv, SERVICE_NAME, type RunningOps } from './opsFromEnv';
export { orderHistory, timelineOf, type HistoryEntry, type OrderHistory } from './orderHistory';
export { NO_PROGRESS, type OpsPorts, type Progress } from './ports';
export { progressLine, type ProgressStream } from './progress';
export { redriveDeadLetters, type RedriveReport } from './redriveDeadLetters';
export { replayNotificationFailures, type ReplayReport } from './replayNotificationFailures';
export { revokeDocumentLinks, type LinkRevocation } from './revokeDocumentLinks';
export { resendInvoiceEmail, waitForNewEmail, type ResendReceipt } from './resendInvoiceEmail';
export { startConsole, type RunningConsole } from './console/consoleServer';
export { eventTopicFeed, pollingOrderFeed, type FeedEvent, type OrderFeed } from './console/orderFeed';
