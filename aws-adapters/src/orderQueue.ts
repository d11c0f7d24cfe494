import * as z from 'zod/mini';
import { traceMessageAttributes } from './telemetry/propagation';
import type { MessageSender } from './transport/ports';

/**
 * What travels on the orders queue: ids only; the records live in DynamoDB. `{ orderId }` asks for
 * the order's invoice; `{ orderId, refundId }` for the credit note of one of its refunds.
 */
export const OrderMessageSchema = z.union([
  z.strictObject({ orderId: z.string().check(z.minLength(1)) }),
  z.strictObject({ orderId: z.string().check(z.minLength(1)), refundId: z.string().check(z.minLength(1)) }),
]);
export type OrderMessage = z.infer<typeof OrderMessageSchema>;
export const isRefundMessage = (message: OrderMessage): message is { orderId: string; refundId: string } => 'refundId' in message;

/** Sends order ids to the orders queue. Sending the same id twice is harmless: the worker is idempotent. */
export class OrderQueue {
  constructor(
    private readonly sqs: MessageSender,
    private readonly queueUrl: string,
    /** Seconds a new message stays invisible: the window in which a client can still cancel. */
    private readonly delaySeconds = 0,
  ) {}

  async send(orderId: string): Promise<string | undefined> {
    const message: OrderMessage = { orderId };
    const result = await this.sqs.sendMessage({
      QueueUrl: this.queueUrl,
      MessageBody: JSON.stringify(message),
      ...(this.delaySeconds > 0 ? { DelaySeconds: this.delaySeconds } : {}),
      // The active span (the API request) continues in the worker: W3C traceparent as attributes.
      MessageAttributes: { orderId: { DataType: 'String', StringValue: orderId }, ...traceMessageAttributes() },
    });
    return result.MessageId;
  }

  /** Queues a refund's credit note. No delay: the cancellation window is for new orders only. */
  async sendRefund(orderId: string, refundId: string): Promise<string | undefined> {
    const message: OrderMessage = { orderId, refundId };
    const result = await this.sqs.sendMessage({
      QueueUrl: this.queueUrl,
      MessageBody: JSON.stringify(message),
      MessageAttributes: {
        orderId: { DataType: 'String', StringValue: orderId },
        refundId: { DataType: 'String', StringValue: refundId },
        ...traceMessageAttributes(),
      },
    });
    return result.MessageId;
  }
}

/** Reads a queue message body; throws (naming the problem) on anything but `{ "orderId" }` or `{ "orderId", "refundId" }`. */
export function parseOrderMessage(body: string | undefined): OrderMessage {
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch (error) {
    throw new Error('message body is not JSON', { cause: error });
  }
  const parsed = OrderMessageSchema.safeParse(json);
  if (!parsed.success) throw new Error(`message body is not an order message: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}
