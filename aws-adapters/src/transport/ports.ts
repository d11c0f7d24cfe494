import type { GetObjectCommandInput } from '@aws-sdk/client-s3';
import type { SendMessageCommandInput, SendMessageCommandOutput } from '@aws-sdk/client-sqs';
import type {
  BatchGetCommandInput,
  BatchGetCommandOutput,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  PutCommandOutput,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
  TransactWriteCommandInput,
  TransactWriteCommandOutput,
  UpdateCommandInput,
  UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';

/*
 * The narrow ports the stores talk to AWS through, in the SDK's own input and output types
 * (types only: nothing here loads the SDK). Two transports implement them: the SDK v3 clients
 * (sdkTransport.ts: the worker, the notifier, order-events, ops and the local tools) and the lean
 * one on aws4 + node:http (../leanAws: the ingress Lambda, whose cold start cannot pay for the SDK).
 * Errors look the same from both: `name` is the AWS error code, `message` AWS's message, a
 * cancelled transaction carries `CancellationReasons`; test them with awsErrors.ts, never with
 * `instanceof` an SDK class.
 */

/** An output without the SDK's response metadata (the lean transport has none to give). */
export type Output<T> = Omit<T, '$metadata'>;

/**
 * DynamoDB by the DocumentClient's rules: plain JavaScript values in and out (undefined values
 * removed, no class instances), numbers as numbers. `DynamoDBDocument` (lib-dynamodb) is one.
 */
export interface DocumentTable {
  get(input: GetCommandInput): Promise<Output<GetCommandOutput>>;
  put(input: PutCommandInput): Promise<Output<PutCommandOutput>>;
  update(input: UpdateCommandInput): Promise<Output<UpdateCommandOutput>>;
  query(input: QueryCommandInput): Promise<Output<QueryCommandOutput>>;
  scan(input: ScanCommandInput): Promise<Output<ScanCommandOutput>>;
  batchGet(input: BatchGetCommandInput): Promise<Output<BatchGetCommandOutput>>;
  transactWrite(input: TransactWriteCommandInput): Promise<Output<TransactWriteCommandOutput>>;
}

/** SQS SendMessage. */
export interface MessageSender {
  sendMessage(input: SendMessageCommandInput): Promise<Output<SendMessageCommandOutput>>;
}

/** What a presigned GET names: the object and, optionally, the Content-Disposition S3 answers with. */
export type PresignedGetInput = Pick<GetObjectCommandInput, 'Bucket' | 'Key' | 'ResponseContentDisposition'>;

/** Presigned S3 GET URLs: signed locally, no request is made. */
export interface ObjectUrlPresigner {
  presignGetObject(input: PresignedGetInput, expiresInSeconds: number): Promise<string>;
}

/** Secrets Manager GetSecretValue, reduced to what we read: the SecretString. */
export interface SecretReader {
  secretString(secretId: string): Promise<string | undefined>;
}

/** One of each port, from one transport; `close()` frees its connections. */
export interface AwsTransport {
  documents: DocumentTable;
  messages: MessageSender;
  presigner: ObjectUrlPresigner;
  secrets: SecretReader;
  close(): void;
}
