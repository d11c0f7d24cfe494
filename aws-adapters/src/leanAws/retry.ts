import { setTimeout as sleep } from 'node:timers/promises';
import type { AwsErrorMetadata } from './errors';

/*
 * The SDK's standard retry mode, as a small policy of our own: @smithy/util-retry and
 * @smithy/service-error-classification give exactly this, but bundled they bring 27 KB of
 * @smithy/core (its whole retry submodule and parts of its transport and serde) for 2 KB of rules
 * (docs/decisions/lambda-bundles.md). The rules and numbers are the SDK's (smithy-typescript
 * packages/core/src/submodules/retry, "retries-2026" configuration): 3 attempts; full-jitter
 * exponential backoff, base 50 ms (1 s for throttling), at most 20 s; a retry quota of 500 tokens,
 * 14 per retry (5 per throttling retry), paid back on success, so a failing service is not
 * hammered; throttling codes and 429, 500/502/503/504, timeouts and socket errors are retried, any
 * other error (a 4xx: a failed condition, a cancelled transaction, a validation error) is not.
 */

export type RetryErrorType = 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR';

const THROTTLING_CODES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);
const TRANSIENT_CODES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);
const SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

const BASE_DELAY_MS = 50;
const THROTTLING_BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 20_000;
/** Longest a Retry-After header may stretch a delay beyond the backoff's. */
const MAX_RETRY_AFTER_EXTRA_MS = 5_000;
const INITIAL_TOKENS = 500;
const RETRY_COST = 14;
const THROTTLING_RETRY_COST = 5;
const NO_RETRY_INCREMENT = 1;

interface Classifiable {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
  $metadata?: AwsErrorMetadata;
  /** When the service asked to be tried again (AwsServiceError.retryAfter). */
  retryAfter?: Date;
}

/** How the SDK's retry middleware classifies an error. */
export function retryErrorType(error: unknown): RetryErrorType {
  const e = (error ?? {}) as Classifiable;
  const status = e.$metadata?.httpStatusCode;
  if (status === 429 || THROTTLING_CODES.has(e.name ?? '')) return 'THROTTLING';
  if (isTransient(e)) return 'TRANSIENT';
  if (status !== undefined && status >= 500 && status <= 599) return 'SERVER_ERROR';
  return 'CLIENT_ERROR';
}

function isTransient(e: Classifiable, depth = 0): boolean {
  if (e.name === 'AbortError') return false;
  return (
    TRANSIENT_CODES.has(e.name ?? '') ||
    SOCKET_CODES.has(e.code ?? '') ||
    TRANSIENT_STATUS.has(e.$metadata?.httpStatusCode ?? 0) ||
    (e.name === 'InvalidSignatureException' && (e.message ?? '').includes('Signature expired')) ||
    (typeof e.cause === 'object' && e.cause !== null && depth < 10 && isTransient(e.cause as Classifiable, depth + 1))
  );
}

/** Attempts and the retry quota of one service client (its calls share the quota, as an SDK client's do). */
export class RetryPolicy {
  private tokens = INITIAL_TOKENS;

  constructor(private readonly maxAttempts: number) {}

  /**
   * Runs `attempt` until it succeeds or no retry is allowed (not retryable, out of attempts or
   * of quota), waiting the backoff in between (longer when the error names a later `retryAfter`);
   * the last error is thrown with `$metadata.attempts`.
   */
  async run<T>(attempt: () => Promise<T>): Promise<T> {
    let spent = 0;
    for (let attempts = 1; ; attempts++) {
      try {
        const result = await attempt();
        this.tokens = Math.min(INITIAL_TOKENS, this.tokens + (spent || NO_RETRY_INCREMENT));
        return result;
      } catch (error) {
        const type = retryErrorType(error);
        const cost = type === 'THROTTLING' ? THROTTLING_RETRY_COST : RETRY_COST;
        if ((type !== 'THROTTLING' && type !== 'TRANSIENT') || attempts >= this.maxAttempts || this.tokens < cost) {
          const metadata = (error as Classifiable | undefined)?.$metadata;
          if (metadata) metadata.attempts = attempts;
          throw error;
        }
        this.tokens -= cost;
        spent = cost;
        const base = type === 'THROTTLING' ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS;
        const backoff = Math.floor(Math.min(MAX_DELAY_MS, Math.random() * 2 ** (attempts - 1) * base));
        const hint = (error as Classifiable).retryAfter;
        const delay = hint ? Math.max(backoff, Math.min(hint.getTime() - Date.now(), backoff + MAX_RETRY_AFTER_EXTRA_MS)) : backoff;
        await sleep(delay);
      }
    }
  }

  /** Tokens left in the quota (for tests). */
  get quota(): number {
    return this.tokens;
  }
}
