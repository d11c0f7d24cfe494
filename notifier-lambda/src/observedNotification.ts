import { ROOT_CONTEXT, SpanKind, type Context } from '@opentelemetry/api';
import { parseInvoiceObjectKey } from '@checkout/domain';
import { describeError } from '@checkout/aws-adapters';
import { notifyCustomer, type CreatedObject, type NotificationOutcome, type NotifyOptions } from './notifyCustomer';
import type { NotifierPorts } from './ports';

/**
 * `notifyCustomer` in a CONSUMER span that continues the worker's trace, and counted: `EmailsSent`
 * for each email sent, `Failures` for each object that threw. The span's parent is the
 * `traceparent` the worker stored in the PDF's metadata (S3 event records carry no metadata, so
 * it costs one HEAD, made only when tracing is on and the key is an invoice's or credit note's).
 */
export async function observedNotification(ports: NotifierPorts, object: CreatedObject, options: NotifyOptions = {}): Promise<NotificationOutcome> {
  const document = object.bucket === ports.config.INVOICES_BUCKET ? parseInvoiceObjectKey(object.key) : undefined;
  const parent = ports.tracing.enabled && document ? await traceParentOf(ports, object.key) : ROOT_CONTEXT;
  return ports.tracing.inSpan(
    document?.kind === 'credit-note' ? 'send credit note email' : 'send invoice email',
    { kind: SpanKind.CONSUMER, parent, attributes: { 'aws.s3.key': object.key, ...(document ? { 'order.id': document.orderId } : {}) } },
    async (span) => {
      try {
        const outcome = await notifyCustomer(ports, object, options);
        span.setAttribute('notification.outcome', outcome.outcome === 'sent' ? 'sent' : `skipped: ${outcome.reason}`);
        if (outcome.outcome === 'sent') ports.metrics.add('EmailsSent');
        return outcome;
      } catch (error) {
        ports.metrics.add('Failures');
        throw error;
      }
    },
  );

  async function traceParentOf(ports: NotifierPorts, key: string): Promise<Context> {
    try {
      return await ports.files.traceContextOf(key, ROOT_CONTEXT);
    } catch (error) {
      // Tracing never fails an email: the span starts a new trace instead.
      ports.logger.debug('could not read the trace context of an object', { key, error: describeError(error) });
      return ROOT_CONTEXT;
    }
  }
}
