import type { CancellationReason } from '../transport/awsErrors';

/** What AWS said about a failed call, as the SDK's errors carry it. */
export interface AwsErrorMetadata {
  httpStatusCode?: number;
  requestId?: string;
  /** Attempts made, retries included. */
  attempts?: number;
}

/**
 * An error answer of an AWS API, shaped like the SDK's service exceptions so that store code
 * cannot tell the transports apart (transport/awsErrors.ts): `name` is the AWS error code
 * (`ConditionalCheckFailedException`, `TransactionCanceledException`, ...), `message` AWS's own
 * message, `CancellationReasons` as DynamoDB sent them. `service` and `operation` say which call
 * failed (describeError shows them).
 */
export class AwsServiceError extends Error {
  override readonly name: string;
  readonly $fault: 'client' | 'server';
  readonly $metadata: AwsErrorMetadata;
  readonly CancellationReasons?: CancellationReason[];
  /** When AWS's Retry-After header said to try again, if it sent one. */
  readonly retryAfter?: Date;
  constructor(
    readonly service: string,
    readonly operation: string,
    details: { code: string; message: string; statusCode: number; requestId?: string; cancellationReasons?: CancellationReason[]; retryAfter?: Date | undefined },
  ) {
    super(details.message);
    this.name = details.code;
    this.$fault = details.statusCode >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: details.statusCode, ...(details.requestId ? { requestId: details.requestId } : {}) };
    if (details.cancellationReasons) this.CancellationReasons = details.cancellationReasons;
    if (details.retryAfter) this.retryAfter = details.retryAfter;
  }
}

/**
 * A call that got no answer: the connection failed or the attempt timed out (`name`
 * `TimeoutError`, as the SDK names it). `code` is the socket's (`ECONNREFUSED`, ...), `cause` the
 * original error.
 */
export class AwsRequestError extends Error {
  override readonly name: 'TimeoutError' | 'AwsRequestError';
  readonly code?: string;
  readonly $metadata: AwsErrorMetadata = {};
  constructor(
    readonly service: string,
    readonly operation: string,
    message: string,
    options: { timedOut?: boolean; cause?: unknown } = {},
  ) {
    super(`${service}.${operation}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = options.timedOut ? 'TimeoutError' : 'AwsRequestError';
    const code = (options.cause as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string') this.code = code;
  }
}
