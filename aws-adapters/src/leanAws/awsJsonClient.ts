import aws4 from 'aws4';
import { request as httpRequest, type Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';
import { AwsRequestError, AwsServiceError } from './errors';
import { RetryPolicy } from './retry';
import type { AwsCredentials } from './settings';

/** An AWS JSON-protocol API (DynamoDB, SQS, Secrets Manager): one POST per operation, named by X-Amz-Target. */
export interface AwsJsonService {
  /** As errors name it: `DynamoDB`, `SQS`, `SecretsManager`. */
  name: string;
  /** The SigV4 signing name: `dynamodb`, `sqs`, `secretsmanager`. */
  signingName: string;
  /** X-Amz-Target is `<targetPrefix>.<operation>`. */
  targetPrefix: string;
  /** `application/x-amz-json-<version>`. */
  jsonVersion: '1.0' | '1.1';
  endpoint: URL;
}

/** The keep-alive agents one transport's clients share (http for emulators, https for AWS). */
export interface Agents {
  http: HttpAgent;
  https: HttpsAgent;
}

/**
 * Signed JSON calls to one AWS service over node:http(s): SigV4 by aws4 (fresh for each attempt),
 * kept-alive connections, a timeout per attempt, and the SDK's standard retries. Throws
 * AwsServiceError for an error answer and AwsRequestError when there was none; neither carries
 * a credential (an AWS message quoting one is redacted).
 */
export class AwsJsonClient {
  private readonly retries: RetryPolicy;

  constructor(
    private readonly service: AwsJsonService,
    private readonly settings: { region: string; credentials: AwsCredentials; requestTimeoutMs: number; maxAttempts: number },
    private readonly agents: Agents,
  ) {
    this.retries = new RetryPolicy(settings.maxAttempts);
  }

  /** Calls `operation` with `input` (undefined members are left out) and returns AWS's JSON answer. */
  call<T>(operation: string, input: object): Promise<T> {
    const body = JSON.stringify(input);
    return this.retries.run(() => this.attempt<T>(operation, body));
  }

  private attempt<T>(operation: string, body: string): Promise<T> {
    const { endpoint } = this.service;
    const signed = aws4.sign(
      {
        service: this.service.signingName,
        region: this.settings.region,
        method: 'POST',
        host: endpoint.hostname,
        ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
        path: endpoint.pathname,
        headers: {
          'Content-Type': `application/x-amz-json-${this.service.jsonVersion}`,
          'X-Amz-Target': `${this.service.targetPrefix}.${operation}`,
        },
        body,
      },
      this.settings.credentials,
    );
    const secure = endpoint.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    return new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      const request = send(
        {
          protocol: endpoint.protocol,
          hostname: endpoint.hostname,
          port: endpoint.port || undefined,
          method: 'POST',
          path: signed.path,
          headers: signed.headers as Record<string, string>,
          agent: secure ? this.agents.https : this.agents.http,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => fail(new AwsRequestError(this.service.name, operation, `the answer broke off: ${error.message}`, { cause: error })));
          response.on('end', () => {
            clearTimeout(timer);
            try {
              resolve(this.answer<T>(operation, response, Buffer.concat(chunks).toString('utf8')));
            } catch (error) {
              reject(error as Error);
            }
          });
        },
      );
      const timer = setTimeout(() => {
        request.destroy(new AwsRequestError(this.service.name, operation, `no answer within ${this.settings.requestTimeoutMs} ms from ${endpoint.host}`, { timedOut: true }));
      }, this.settings.requestTimeoutMs);
      request.on('error', (error) =>
        fail(error instanceof AwsRequestError ? error : new AwsRequestError(this.service.name, operation, `request to ${endpoint.host} failed: ${error.message}`, { cause: error })),
      );
      request.end(body);
    });
  }

  private answer<T>(operation: string, response: IncomingMessage, text: string): T {
    const status = response.statusCode ?? 0;
    let json: Record<string, unknown> = {};
    try {
      if (text) json = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      if (status < 300) throw new AwsRequestError(this.service.name, operation, `HTTP ${status} with a body that is not JSON`, { cause: error });
    }
    if (status >= 200 && status < 300) return json as T;
    const error = new AwsServiceError(this.service.name, operation, {
      code: errorCode(response, json, status),
      message: this.redacted(String(json.message ?? json.Message ?? `HTTP ${status}`)),
      statusCode: status,
      ...requestIdOf(response),
      ...(Array.isArray(json.CancellationReasons) ? { cancellationReasons: json.CancellationReasons as { Code?: string; Message?: string }[] } : {}),
      retryAfter: retryAfterOf(response.headers['retry-after']),
    });
    throw error;
  }

  /** An AWS message may quote the canonical request (an InvalidSignatureException); it must not carry our credentials. */
  private redacted(message: string): string {
    const { accessKeyId, secretAccessKey, sessionToken } = this.settings.credentials;
    let text = message;
    for (const secret of [sessionToken, secretAccessKey, accessKeyId]) if (secret) text = text.split(secret).join('[redacted]');
    return text;
  }
}

/** The AWS error code: X-Amzn-ErrorType or the body's `__type`, without the namespace (`...#Code`) or suffix (`Code:...`). */
function errorCode(response: IncomingMessage, json: Record<string, unknown>, status: number): string {
  const raw = String(response.headers['x-amzn-errortype'] ?? json.__type ?? json.code ?? '');
  const code = raw.split(':')[0]!.split('#').pop()!;
  return code || (status >= 500 ? 'InternalServerError' : `Http${status}Error`);
}

function requestIdOf(response: IncomingMessage): { requestId?: string } {
  const id = response.headers['x-amzn-requestid'] ?? response.headers['x-amz-request-id'];
  return typeof id === 'string' ? { requestId: id } : {};
}

/** A Retry-After header (seconds or an HTTP date) as the moment it names, for the retry strategy. */
function retryAfterOf(header: string | string[] | undefined): Date | undefined {
  if (typeof header !== 'string') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return new Date(Date.now() + seconds * 1000);
  const date = new Date(header);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
