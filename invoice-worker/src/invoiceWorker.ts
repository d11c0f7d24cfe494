import { DeleteMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import {
  contextFromMessageAttributes,
  describeError,
  forOrder,
  isRefundMessage,
  parseOrderMessage,
  TRACE_CONTEXT_KEYS,
  type Logger,
  type OrderStore,
  type PipelineMetrics,
  type RefundStore,
  type Tracing,
} from '@checkout/aws-adapters';
import { ROOT_CONTEXT, SpanKind, type Span } from '@opentelemetry/api';
import { Consumer } from 'sqs-consumer';
import { handleDeadLetter, type DeadLetterDeps } from './deadLetters';
import { issueCreditNote, type IssueCreditNoteDeps } from './issueCreditNote';
import { issueInvoice, type IssueInvoiceDeps } from './issueInvoice';
import { sweepOutbox, type OutboxSweepDeps } from './outboxSweep';

export interface InvoiceWorkerOptions {
  queueUrl: string;
  deadLetterQueueUrl: string;
  batchSize: number;
  /**
   * Receive loops on the orders queue. sqs-consumer waits for every message of a receive before
   * the next; with two or more, the worker keeps receiving while a slow message (a long invoice, a
   * number still on its way) finishes.
   */
  pollers: number;
  visibilityTimeoutSeconds: number;
  heartbeatIntervalSeconds: number;
  /** Long-poll wait per receive; also the longest a stop waits for the last poll. */
  receiveWaitSeconds: number;
  retryBackoffSeconds: number;
  outboxSweepIntervalSeconds: number;
  outboxStaleAfterSeconds: number;
}

export type InvoiceWorkerDeps = IssueInvoiceDeps &
  IssueCreditNoteDeps &
  DeadLetterDeps &
  OutboxSweepDeps & {
    sqs: SQSClient;
    store: OrderStore;
    refunds: RefundStore;
    logger: Logger;
    /** InvoicesIssued, CreditNotesIssued, Failures, DeadLetters: flushed after each message. */
    metrics: PipelineMetrics;
  };

export interface InvoiceWorker {
  /** True until stop() is called. */
  readonly running: boolean;
  /** Messages being processed right now. */
  readonly inFlight: number;
  /**
   * Stops receiving at once, waits for messages in flight (at most `timeoutMs`), then resolves.
   * A message still in flight at the deadline is not deleted and SQS redelivers it.
   */
  stop(timeoutMs: number): Promise<{ drained: boolean }>;
}

/**
 * The long-running invoice worker: one sqs-consumer on the orders queue, one on its dead-letter
 * queue, and a periodic outbox sweep. One bad message never stops it: a failure is logged,
 * recorded on the order, and the message is retried by SQS with backoff until the DLQ takes it.
 *
 * Messages are deleted by this code (not by sqs-consumer) only after the work succeeded, with
 * a client that shutdown does not abort, so a SIGTERM never strands a finished message.
 */
export function startInvoiceWorker(deps: InvoiceWorkerDeps, options: InvoiceWorkerOptions): InvoiceWorker {
  const inFlight = new Set<Promise<unknown>>();
  let running = true;

  const track = async (work: () => Promise<void>) => {
    const promise = work();
    inFlight.add(promise);
    try {
      await promise;
    } finally {
      inFlight.delete(promise);
    }
  };

  const deleteMessage = (queueUrl: string, message: Message) =>
    deps.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));

  const common = {
    sqs: deps.sqs,
    batchSize: options.batchSize,
    waitTimeSeconds: options.receiveWaitSeconds,
    visibilityTimeout: options.visibilityTimeoutSeconds,
    // stop() emits 'stopped' only once the last poll and its messages are done (our own deadline is shorter).
    pollingCompleteWaitTimeMs: 120_000,
    // We delete a message ourselves, only after its work succeeded; handlers resolve to undefined.
    shouldDeleteMessages: false,
  };

  const handleOrderMessage = (message: Message) =>
    track(() => inMessageSpan(deps, 'process order message', message, async (span) => {
      let orderId: string | undefined;
      let refundId: string | undefined;
      try {
        const parsed = parseOrderMessage(message.Body);
        orderId = parsed.orderId;
        refundId = isRefundMessage(parsed) ? parsed.refundId : undefined;
        span.setAttributes({ 'order.id': orderId, ...(refundId ? { 'refund.id': refundId } : {}) });
        const outcome = isRefundMessage(parsed) ? await issueCreditNote(deps, parsed) : await issueInvoice(deps, orderId);
        if (outcome === 'issued') deps.metrics.add(refundId ? 'CreditNotesIssued' : 'InvoicesIssued');
        await deleteMessage(options.queueUrl, message);
        forOrder(deps.logger, orderId).debug('message done', { outcome, messageId: message.MessageId, ...(refundId ? { refundId } : {}) });
      } catch (error) {
        const reason = describeError(error);
        const log = orderId ? forOrder(deps.logger, orderId) : deps.logger;
        log.error(refundId ? 'credit note attempt failed; SQS will redeliver' : 'invoice attempt failed; SQS will redeliver', {
          reason,
          receiveCount: receiveCount(message),
          messageId: message.MessageId,
          ...(refundId ? { refundId } : {}),
        });
        deps.metrics.add('Failures');
        if (refundId) await deps.refunds.recordFailureReason(refundId, reason, deps.now()).catch(() => undefined);
        else if (orderId) await deps.store.recordFailureReason(orderId, reason, deps.now()).catch(() => undefined);
        throw error;
      } finally {
        // Per message: the EMF line leaves while the worker runs on, and a SIGKILL loses at most this message's.
        deps.metrics.flush();
      }
    })).then(() => undefined);

  const orderConsumers = Array.from({ length: options.pollers }, () =>
    Consumer.create({
      ...common,
      queueUrl: options.queueUrl,
      heartbeatInterval: options.heartbeatIntervalSeconds,
      messageSystemAttributeNames: ['ApproximateReceiveCount'],
      // The trace context the API put on the message (`OrderQueue.send`).
      messageAttributeNames: [...TRACE_CONTEXT_KEYS],
      terminateVisibilityTimeout: (messages) => retryDelaySeconds(receiveCount(messages[0]), options),
      handleMessage: handleOrderMessage,
    }),
  );

  const deadLetters = Consumer.create({
    ...common,
    queueUrl: options.deadLetterQueueUrl,
    messageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
    messageAttributeNames: ['All'],
    handleMessage: (message) =>
      track(() => inMessageSpan(deps, 'process dead letter', message, async () => {
        try {
          await handleDeadLetter(deps, message);
          await deleteMessage(options.deadLetterQueueUrl, message);
          deps.metrics.add('DeadLetters');
        } catch (error) {
          deps.metrics.add('Failures');
          throw error;
        } finally {
          deps.metrics.flush();
        }
      })).then(() => undefined),
  });

  const consumers = [...orderConsumers.map((consumer) => ['orders', consumer] as const), ['dead-letters', deadLetters] as const];
  for (const [name, consumer] of consumers) {
    // Errors of handleMessage are logged above; these are polling errors (network, throttling).
    consumer.on('error', (error) => {
      if (!running) return;
      // The heartbeat may extend a message we deleted a moment before: nothing is wrong.
      const level = HEARTBEAT_AFTER_DELETE.test(error.message) ? 'debug' : 'error';
      deps.logger[level]('queue polling error', { consumer: name, error: describeError(error) });
    });
    consumer.start();
  }

  const sweep = setInterval(() => {
    sweepOutbox(deps, options.outboxStaleAfterSeconds).catch((error) =>
      deps.logger.error('outbox sweep failed', { error: describeError(error) }),
    );
  }, options.outboxSweepIntervalSeconds * 1000);
  sweep.unref();

  deps.logger.info('invoice worker started', { queueUrl: options.queueUrl, batchSize: options.batchSize, pollers: options.pollers });

  return {
    get running() {
      return running;
    },
    get inFlight() {
      return inFlight.size;
    },
    async stop(timeoutMs) {
      running = false;
      clearInterval(sweep);
      deps.logger.info('stopping: no more receives; draining in-flight messages', { inFlight: inFlight.size });
      // No abort: SQS may still hand messages to an aborted long poll, and those would stay
      // invisible for a whole visibility timeout. Instead the last poll (at most
      // receiveWaitSeconds) and the messages it brought are allowed to finish.
      const stopped = consumers.map(([, consumer]) => {
        const done = new Promise<void>((resolve) => consumer.once('stopped', () => resolve()));
        consumer.stop();
        return done;
      });
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const drained = await Promise.race([
        Promise.all(stopped).then(() => Promise.allSettled([...inFlight])).then(() => true as const),
        deadline,
      ]);
      clearTimeout(timer);
      deps.logger.info(drained ? 'drained' : 'drain deadline reached; unfinished messages will be redelivered', {
        inFlight: inFlight.size,
      });
      return { drained };
    },
  };
}

/**
 * One CONSUMER span per received message, child of the span that sent it (its `traceparent`
 * attribute); a message without one starts a new trace, never a child of another message's span.
 */
function inMessageSpan<T>(deps: Pick<InvoiceWorkerDeps, 'tracing'>, name: string, message: Message, work: (span: Span) => Promise<T>): Promise<T> {
  return deps.tracing.inSpan(
    name,
    {
      kind: SpanKind.CONSUMER,
      parent: contextFromMessageAttributes(message.MessageAttributes, ROOT_CONTEXT),
      attributes: { 'messaging.system': 'aws_sqs', 'messaging.operation.type': 'process', 'messaging.message.id': message.MessageId ?? '' },
    },
    work,
  );
}

const HEARTBEAT_AFTER_DELETE = /changing visibility timeout.*(does not exist|receipt handle)/is;

function receiveCount(message: Message | undefined): number {
  return Number(message?.Attributes?.ApproximateReceiveCount ?? 1);
}

/** Exponential backoff per receive, capped at 5 minutes and at the visibility timeout. */
export function retryDelaySeconds(receives: number, options: Pick<InvoiceWorkerOptions, 'retryBackoffSeconds' | 'visibilityTimeoutSeconds'>): number {
  return Math.min(options.retryBackoffSeconds * 2 ** Math.max(0, receives - 1), 300, options.visibilityTimeoutSeconds);
}
