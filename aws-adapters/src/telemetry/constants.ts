/**
 * The names every component, the dashboard and the alarms share (terraform-cdk imports this file):
 * one CloudWatch namespace, one metric per thing we count, and the dimensions each carries.
 */

/** The CloudWatch namespace of every custom metric of the pipeline. */
export const METRICS_NAMESPACE = 'Checkout';

/**
 * Every custom metric, with its unit. Each is emitted with exactly the dimensions
 * {@link METRIC_DIMENSIONS} (low cardinality: never an order id), so an alarm finds it by
 * `service` and `stage` alone.
 */
export const METRICS = {
  /** ingress: a new order was stored (replays of an Idempotency-Key are not counted). */
  OrdersAccepted: 'Count',
  /** invoice-worker: an invoice was numbered, rendered and stored. */
  InvoicesIssued: 'Count',
  /** invoice-worker: time to render one invoice or credit note (PDF and XML). */
  RenderMs: 'Milliseconds',
  /** invoice-worker: a credit note was numbered, rendered and stored. */
  CreditNotesIssued: 'Count',
  /** notifier: an invoice or credit note email was accepted by the mail server. */
  EmailsSent: 'Count',
  /** any component: a request answered 5xx, a message attempt failed, an email failed. */
  Failures: 'Count',
  /** invoice-worker: a message reached the dead-letter queue and was handled there. */
  DeadLetters: 'Count',
} as const;

export type MetricName = keyof typeof METRICS;

/** The dimensions of every metric: `service` (Powertools' own) and `stage`. */
export const METRIC_DIMENSIONS = ['service', 'stage'] as const;

/** The `service` dimension (and the logs' `service`) of each component that emits metrics. */
export const SERVICES = {
  ingress: 'ingress',
  worker: 'invoice-worker',
  notifier: 'notifier',
} as const;

/**
 * Where a trace context travels: W3C Trace Context (`traceparent`, `tracestate`) as SQS message
 * attributes and as S3 user metadata (`x-amz-meta-traceparent`). S3 metadata keys are lower case.
 */
export const TRACE_CONTEXT_KEYS = ['traceparent', 'tracestate'] as const;
