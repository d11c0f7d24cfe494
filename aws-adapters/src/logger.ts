import { Logger } from '@aws-lambda-powertools/logger';

export type { Logger };

/**
 * One JSON object per line (Powertools Logger), in Lambda, in the container and locally.
 * Lines about an order carry `orderId`: use `forOrder`.
 */
export function createLogger(serviceName: string, logLevel: string = process.env.LOG_LEVEL ?? 'INFO'): Logger {
  return new Logger({ serviceName, logLevel: logLevel as 'INFO' });
}

/** A child logger whose every line names the order. */
export function forOrder(logger: Logger, orderId: string): Logger {
  return logger.createChild({ persistentKeys: { orderId } });
}

/** The message of anything thrown, without stack, for storing on an order. Bounded length. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 1000 ? `${text.slice(0, 997)}...` : text;
}
