import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Logger } from '../logger';
import { METRICS, METRICS_NAMESPACE, type MetricName } from './constants';

/**
 * What the cores record. `add` buffers; `flush` writes what was buffered as one CloudWatch EMF line
 * on stdout and writes nothing when nothing was buffered.
 */
export interface PipelineMetrics {
  /** Adds `value` (default 1) to `name`, in the unit `METRICS` gives it. */
  add(name: MetricName, value?: number): void;
  flush(): void;
}

/**
 * Powertools Metrics in namespace `Checkout` with dimensions `service` and `stage`. In Lambda,
 * CloudWatch Logs turns each EMF line into metrics; in the worker container the awslogs driver
 * sends stdout to CloudWatch Logs and the same extraction applies. Flush once per request,
 * invocation or queue message: a flush is synchronous, so messages processed at once never tear
 * each other's line. `POWERTOOLS_METRICS_DISABLED=true` turns the output off.
 *
 * Powertools' own warnings (an invalid metric) go to `logger`, so stdout keeps one JSON object per line.
 */
export function createPipelineMetrics(options: { service: string; stage: string; logger: Logger }): PipelineMetrics {
  const metrics = new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: options.service,
    defaultDimensions: { stage: options.stage },
    logger: options.logger,
  });
  return {
    add: (name, value = 1) => metrics.addMetric(name, METRICS[name], value),
    flush: () => {
      // Powertools warns on an empty flush; a request that counted nothing is normal here.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}

/** Metrics that go nowhere, for tests of cores that do not look at them. */
export const NO_METRICS: PipelineMetrics = { add: () => {}, flush: () => {} };
