import type { SendMessageCommandOutput } from '@aws-sdk/client-sqs';
import { createHash } from 'node:crypto';
import type { MessageSender, Output } from '../transport/ports';
import type { AwsJsonClient } from './awsJsonClient';

/**
 * SQS SendMessage in the JSON protocol (`AmazonSQS.SendMessage`, what SDK v3 speaks), to the
 * endpoint of the transport; the queue is named by its QueueUrl in the body. Like the SDK, checks
 * the MD5 SQS reports of the body it stored.
 */
export class LeanMessageSender implements MessageSender {
  constructor(private readonly sqs: AwsJsonClient) {}

  async sendMessage(input: Parameters<MessageSender['sendMessage']>[0]): Promise<Output<SendMessageCommandOutput>> {
    const out = await this.sqs.call<Output<SendMessageCommandOutput>>('SendMessage', { ...input, MessageAttributes: base64Binaries(input.MessageAttributes) });
    const md5 = createHash('md5').update(input.MessageBody ?? '', 'utf8').digest('hex');
    if (out.MD5OfMessageBody !== undefined && out.MD5OfMessageBody !== md5) {
      throw new Error(`SQS.SendMessage: the queue stored a body whose MD5 (${out.MD5OfMessageBody}) is not that of the body sent (${md5})`);
    }
    return out;
  }
}

/** Binary attribute values travel as base64 in the JSON protocol (JSON.stringify would spell out a Uint8Array's bytes). */
function base64Binaries(attributes: Parameters<MessageSender['sendMessage']>[0]['MessageAttributes']) {
  if (!attributes) return undefined;
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [name, value.BinaryValue ? { ...value, BinaryValue: Buffer.from(value.BinaryValue).toString('base64') } : value]),
  );
}
