import { Construct } from 'constructs';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueueRedriveAllowPolicy } from '@cdktf/provider-aws/lib/sqs-queue-redrive-allow-policy';

/** Messages received this many times without being deleted move to the DLQ. */
export const MAX_RECEIVE_COUNT = 3;
/**
 * The worker heartbeats every 20 s, extending visibility, so a job longer than 60 s stays invisible;
 * a crashed worker's message reappears after at most 60 s. The worst invoice job takes ~2 s.
 */
export const VISIBILITY_TIMEOUT_SECONDS = 60;
const FOURTEEN_DAYS = 14 * 24 * 3600;

/**
 * An SQS queue encrypted with SQS-managed keys (SSE-SQS). SSE-SQS rather than KMS: no key policy to
 * maintain, and AWS services that send to it (Lambda destinations) need no kms grants.
 */
export function encryptedQueue(scope: Construct, id: string, props: { name: string; retentionSeconds: number }): SqsQueue {
  return new SqsQueue(scope, id, {
    name: props.name,
    sqsManagedSseEnabled: true,
    messageRetentionSeconds: props.retentionSeconds,
  });
}

/** The orders queue (`orders-<stage>`) and its dead-letter queue (`orders-<stage>-dlq`). */
export class OrderQueues extends Construct {
  readonly queue: SqsQueue;
  readonly dlq: SqsQueue;

  constructor(scope: Construct, id: string, props: { stage: string }) {
    super(scope, id);
    const name = `orders-${props.stage}`;

    this.dlq = encryptedQueue(this, 'dlq', { name: `${name}-dlq`, retentionSeconds: FOURTEEN_DAYS });

    this.queue = new SqsQueue(this, 'queue', {
      name,
      sqsManagedSseEnabled: true,
      receiveWaitTimeSeconds: 20,
      visibilityTimeoutSeconds: VISIBILITY_TIMEOUT_SECONDS,
      // Longer than any plausible outage of the worker; the outbox sweeper re-sends anyway.
      messageRetentionSeconds: 4 * 24 * 3600,
      redrivePolicy: JSON.stringify({ deadLetterTargetArn: this.dlq.arn, maxReceiveCount: MAX_RECEIVE_COUNT }),
    });

    // Only the orders queue may use this DLQ (a separate resource: queue and DLQ reference each other).
    new SqsQueueRedriveAllowPolicy(this, 'dlq-redrive-allow', {
      queueUrl: this.dlq.url,
      redriveAllowPolicy: JSON.stringify({ redrivePermission: 'byQueue', sourceQueueArns: [this.queue.arn] }),
    });
  }
}
