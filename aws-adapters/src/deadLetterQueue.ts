import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface QueueDepth {
  /** Messages waiting to be received (approximate, as SQS counts them). */
  waiting: number;
  /** Messages received and not yet deleted or visible again. */
  inFlight: number;
}

export interface MoveResult {
  moved: number;
  /** Messages whose send failed: left in the dead-letter queue, visible again after the visibility timeout. */
  failed: { messageId: string; error: string }[];
}

/**
 * The orders dead-letter queue, for operators: how deep it is, and moving its messages back to
 * the orders queue (a redrive).
 */
export class DeadLetterQueue {
  constructor(
    private readonly sqs: SQSClient,
    readonly queueUrl: string,
  ) {}

  async depth(): Promise<QueueDepth> {
    const result = await this.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: this.queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return {
      waiting: Number(result.Attributes?.ApproximateNumberOfMessages ?? 0),
      inFlight: Number(result.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0),
    };
  }

  /**
   * Moves every message that can be received now to `targetQueueUrl`, body and message
   * attributes unchanged, ten at a time: receive, send, then delete only what was sent. A crash
   * between send and delete leaves the message in both queues (at-least-once, never lost); the
   * worker's handling of orders is idempotent. Stops at the first empty receive; messages other
   * consumers hold at that moment stay where they are. `onMoved` hears the running count.
   */
  async moveTo(targetQueueUrl: string, onMoved: (moved: number) => void = () => {}, visibilityTimeoutSeconds = 30): Promise<MoveResult> {
    const result: MoveResult = { moved: 0, failed: [] };
    for (;;) {
      const received = await this.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.queueUrl,
          MaxNumberOfMessages: 10,
          // A short wait, so SQS answers from all its hosts (a plain short poll may miss a few messages).
          WaitTimeSeconds: 1,
          VisibilityTimeout: visibilityTimeoutSeconds,
          MessageAttributeNames: ['All'],
        }),
      );
      const messages = received.Messages ?? [];
      if (messages.length === 0) return result;
      const sent = await this.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: targetQueueUrl,
          Entries: messages.map((message, i) => ({
            Id: String(i),
            MessageBody: message.Body ?? '',
            ...(message.MessageAttributes && Object.keys(message.MessageAttributes).length > 0 ? { MessageAttributes: message.MessageAttributes } : {}),
          })),
        }),
      );
      const sentMessages = (sent.Successful ?? []).map((entry) => messages[Number(entry.Id)]!);
      for (const failure of sent.Failed ?? []) {
        result.failed.push({ messageId: messages[Number(failure.Id)]?.MessageId ?? '?', error: failure.Message ?? failure.Code ?? 'send failed' });
      }
      if (sentMessages.length > 0) await this.deleteAll(sentMessages);
      result.moved += sentMessages.length;
      onMoved(result.moved);
      // Nothing of this batch could be sent: SQS refuses the target; trying on would loop.
      if (sentMessages.length === 0) return result;
    }
  }

  private async deleteAll(messages: Message[]): Promise<void> {
    const deleted = await this.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: this.queueUrl,
        Entries: messages.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })),
      }),
    );
    if (deleted.Failed && deleted.Failed.length > 0) {
      // Sent but still here: it comes back after the visibility timeout and is moved (or handled) again.
      throw new Error(`moved ${messages.length} dead letters but could not delete ${deleted.Failed.length} of them: ${deleted.Failed[0]!.Message ?? deleted.Failed[0]!.Code}`);
    }
  }
}
