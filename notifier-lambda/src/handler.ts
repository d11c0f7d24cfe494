import type { Context, S3Event } from 'aws-lambda';
import { DEFAULT_LEASE_MS, type NotificationOutcome } from './notifyCustomer';
import { notifierFromEnv, type RunningNotifier } from './notifierFromEnv';

/** Built on the first invocation and reused while the container stays warm. */
let notifier: RunningNotifier | undefined;

/** Margin on top of the invocation's remaining time, for clock skew between containers. */
const LEASE_MARGIN_MS = 5_000;

/**
 * Lambda entry for S3 `ObjectCreated:*` notifications of the invoices bucket: emails each
 * customer a link to their new invoice. Throws NotificationsFailedError when any record failed,
 * so Lambda's asynchronous retries and on-failure destination take over. A bad configuration
 * throws ConfigError naming the variable, on every invocation, until it is fixed.
 */
export async function handler(event: S3Event, context?: Context): Promise<NotificationOutcome[]> {
  notifier ??= notifierFromEnv(process.env);
  // Every log line of this invocation then carries the request id and function name.
  if (context?.awsRequestId) notifier.logger.addContext(context);
  return notifier.handle(event, { leaseMs: leaseFor(context) });
}

/**
 * The claim on an order's email lasts as long as this invocation can (plus a margin): a crashed
 * or timed-out sender's claim has lapsed by the time Lambda retries its event (a minute later),
 * while a live sender is never doubled.
 */
function leaseFor(context?: Pick<Context, 'getRemainingTimeInMillis'>): number {
  const remaining = context?.getRemainingTimeInMillis?.();
  return remaining && remaining > 0 ? Math.min(remaining + LEASE_MARGIN_MS, DEFAULT_LEASE_MS) : DEFAULT_LEASE_MS;
}
