import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stand-in received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An answer the stand-in gives; `hang` never answers (the client must time out). */
export type ScriptedAnswer = { status: number; json?: object; headers?: Record<string, string> } | 'hang';

/**
 * A local HTTP server that plays an AWS JSON API for unit tests of the transport: it answers the
 * scripted answers in order (then `{}` with 200) and keeps every request it got.
 */
export async function startStandInAws(): Promise<{ url: string; received: ReceivedRequest[]; answer(...answers: ScriptedAnswer[]): void; close(): Promise<void> }> {
  const received: ReceivedRequest[] = [];
  const script: ScriptedAnswer[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method!, path: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const next = script.shift() ?? { status: 200, json: {} };
      if (next === 'hang') return;
      response.writeHead(next.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `req-${received.length}`, ...next.headers });
      response.end(JSON.stringify(next.json ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    answer: (...answers) => script.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** DynamoDB's error body for `code`. */
export const dynamoError = (status: number, code: string, message: string, extra: object = {}): ScriptedAnswer => ({
  status,
  json: { __type: `com.amazonaws.dynamodb.v20120810#${code}`, message, ...extra },
});
