import { createServer, request, Agent, type IncomingMessage, type Server } from 'node:http';

/** Requests the local components sent to one emulator, by operation, as seen on the wire. */
export interface RequestCounts {
  total: number;
  /** `dynamodb:TransactWriteItems`, `sqs:ReceiveMessage`, `s3:PUT object`, ... */
  byOperation: Record<string, number>;
  /** Answers with a 4xx/5xx status, by operation (a failed condition is one). */
  errors: Record<string, number>;
  /** TransactWriteItems answered with TransactionCanceledException. */
  cancelledTransactions: number;
}

export interface CountingProxy {
  endpoint: string;
  counts: RequestCounts;
  stop(): Promise<void>;
}

/** Path on the proxy that answers the counts as JSON (not a valid bucket name, so never S3's). */
export const COUNTS_PATH = '/__requests';

/**
 * A loopback HTTP proxy in front of an emulator that counts every request by AWS operation, for
 * the benchmarks' requests-per-order figures (`LOCAL_COUNT_REQUESTS`). JSON-protocol services
 * (DynamoDB, SQS) name the operation in `X-Amz-Target`; S3 requests count by method and whether
 * they address an object or a bucket.
 */
export async function startCountingProxy(options: { port: number; target: string }): Promise<CountingProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const counts: RequestCounts = { total: 0, byOperation: {}, errors: {}, cancelledTransactions: 0 };
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.url === COUNTS_PATH) {
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counts));
      return;
    }
    const operation = operationOf(incoming);
    counts.total++;
    counts.byOperation[operation] = (counts.byOperation[operation] ?? 0) + 1;
    const forward = request(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers, agent },
      (answer) => {
        if ((answer.statusCode ?? 500) >= 400) {
          counts.errors[operation] = (counts.errors[operation] ?? 0) + 1;
          if (operation === 'dynamodb:TransactWriteItems') {
            let body = '';
            answer.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            answer.on('end', () => body.includes('TransactionCanceledException') && counts.cancelledTransactions++);
          }
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', (error) => outgoing.destroy(error));
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    counts,
    stop: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function operationOf(incoming: IncomingMessage): string {
  const amzTarget = incoming.headers['x-amz-target'];
  if (typeof amzTarget === 'string') {
    const [service, operation] = amzTarget.split('.');
    return `${service?.startsWith('DynamoDB') ? 'dynamodb' : service === 'AmazonSQS' ? 'sqs' : service?.toLowerCase()}:${operation}`;
  }
  // Query-protocol APIs (SNS) have no target header; the SigV4 credential scope names the service.
  const service = /\/([a-z0-9-]+)\/aws4_request/.exec(String(incoming.headers.authorization ?? ''))?.[1];
  if (service && service !== 's3') return `${service}:${incoming.method}`;
  // Path-style S3: /bucket or /bucket/key...
  const path = (incoming.url ?? '/').split('?')[0]!;
  return `s3:${incoming.method} ${path.split('/').filter(Boolean).length > 1 ? 'object' : 'bucket'}`;
}
