import { serve } from '@hono/node-server';
import { maxHeaderSize, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FieldError } from '@checkout/domain';
import type { OrdersApp } from './app';
import { problem, PROBLEM_CONTENT_TYPE, problemBody, type Problem } from './problems';
import { DEFAULT_RESPONSE_HEADERS } from './securityHeaders';

/** What `createOrdersApp` returns, as far as serving it goes. */
export type FetchApp = Pick<OrdersApp, 'fetch'>;

/**
 * Serves the Orders API over HTTP/1.1 on `hostname:port` (the local stack; tests with port 0),
 * resolving once it listens. Requests Node's parser refuses before the app sees them (a control
 * character in a header, headers over `maxHeaderSize`, a malformed request line, Content-Length
 * with Transfer-Encoding) and CONNECT get a problem+json answer too, not Node's bare status line
 * (`answerClientError`). In AWS, API Gateway refuses such requests itself, with the gateway
 * responses of terraform-cdk's IngressApi.
 */
export function serveOrdersApi(app: FetchApp, options: { port: number; hostname: string }): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname }, () => resolve(server)) as Server;
    server.once('error', reject);
    server.on('clientError', answerClientError);
    server.on('connect', (_request: IncomingMessage, socket: Duplex) =>
      writeProblem(
        socket,
        problem(405, 'method-not-allowed', 'Method not allowed', 'The API does not tunnel: CONNECT is not a method of any resource.', {
          errors: [{ path: 'method', message: 'must not be CONNECT' }],
        }),
      ),
    );
  });
}

/** Node's parse error: its `code` (llhttp's), and where in which bytes it stopped. */
type ParseError = Error & { code?: string; bytesParsed?: number; rawPacket?: Buffer };

/**
 * `clientError` listener: answers a request Node could not parse with problem+json naming the
 * rule (and the header, where the parser stopped inside one), then closes the connection. A
 * connection that is already gone, or whose response has started, is only destroyed.
 */
export function answerClientError(error: ParseError, socket: Duplex): void {
  // Node's own default handler makes the same checks (lib/_http_server.js, socketOnError).
  const response = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  writeProblem(socket, clientErrorProblem(error));
}

/** The problem for one of Node's parse errors. Never quotes the request's bytes, except a header name that is a valid token. */
export function clientErrorProblem(error: ParseError): Problem {
  const malformed = (errors: FieldError[], detail = 'The request is not well-formed HTTP/1.1; see errors.') =>
    problem(400, 'malformed-request', 'Malformed request', detail, { errors });
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return problem(431, 'headers-too-large', 'Request header fields too large', `The request line and headers must be at most ${maxHeaderSize} bytes in all.`, {
        errors: [{ path: 'headers', message: `must be at most ${maxHeaderSize} bytes in all` }],
      });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem(408, 'request-timeout', 'Request timeout', 'The request did not arrive in time; send it again.');
    case 'HPE_INVALID_HEADER_TOKEN': {
      const header = headerAt(error);
      return malformed([
        header
          ? { path: header, message: 'must hold only visible ASCII characters, spaces and tabs (RFC 9110 §5.5): no control characters' }
          : { path: 'headers', message: 'a header name must be a token of visible ASCII characters without spaces or separators (RFC 9110 §5.1)' },
      ]);
    }
    case 'HPE_INVALID_METHOD':
      return malformed([{ path: 'method', message: 'must be an HTTP method token such as GET or POST' }]);
    case 'HPE_INVALID_URL':
      return malformed([{ path: 'url', message: 'must be a path of visible ASCII characters; percent-encode anything else' }]);
    case 'HPE_INVALID_VERSION':
      return malformed([{ path: 'version', message: 'must be HTTP/1.0 or HTTP/1.1' }]);
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
      return malformed([{ path: 'content-length', message: 'must be one decimal number, and not sent with Transfer-Encoding' }]);
    case 'HPE_INVALID_TRANSFER_ENCODING':
    case 'HPE_INVALID_CHUNK_SIZE':
    case 'HPE_STRICT':
      return malformed([{ path: 'transfer-encoding', message: 'must be chunked, well-formed, and not sent with Content-Length (RFC 9112 §6)' }]);
    case 'HPE_LF_EXPECTED':
    case 'HPE_CR_EXPECTED': {
      const header = headerAt(error);
      return malformed([{ path: header ?? 'request', message: 'must not contain a bare CR or LF: every line of the head ends with CR LF (RFC 9112 §2.2)' }]);
    }
    default:
      return malformed([{ path: 'request', message: 'must be well-formed HTTP/1.1 (RFC 9112)' }]);
  }
}

/**
 * The name of the header whose value the parser stopped in, lower case, if the bytes before the
 * stop are `name:` with `name` a token; otherwise undefined (the name itself is bad).
 */
function headerAt(error: ParseError): string | undefined {
  if (!error.rawPacket || error.bytesParsed === undefined) return undefined;
  const before = error.rawPacket.subarray(0, error.bytesParsed).toString('latin1');
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const name = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}):/.exec(line)?.[1];
  return name?.toLowerCase();
}

/** Writes a whole HTTP/1.1 response with `body` to a raw socket and closes it. */
function writeProblem(socket: Duplex, body: Problem): void {
  const text = problemBody(body);
  const headers = {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Length': String(Buffer.byteLength(text)),
    Connection: 'close',
    ...DEFAULT_RESPONSE_HEADERS,
  };
  const head = [`HTTP/1.1 ${body.status} ${STATUS_CODES[body.status] ?? 'Error'}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  socket.end(`${head.join('\r\n')}\r\n\r\n${text}`);
}
