import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `request` byte for byte over a new TCP connection and reads the response until the server
 * closes the connection (requests say `Connection: close`, and a refused request is closed).
 * For what `fetch` cannot send: bytes that are not UTF-8, control characters in headers, bad
 * request lines.
 */
export function sendRaw(port: number, request: Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // Written, not ended: Node's HTTP server aborts a request whose client half-closes (its
    // httpAllowHalfOpen is off). The server closes the connection: requests say Connection: close.
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parseResponse(raw: Buffer): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`no HTTP response head in ${JSON.stringify(raw.toString('latin1').slice(0, 200))}`);
  const [statusLine = '', ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.subarray(end + 4);
  if (headers['transfer-encoding']?.toLowerCase() === 'chunked') body = dechunk(body);
  return { status, headers, body: body.toString('utf8') };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** An HTTP/1.1 request as bytes: `Host` and `Connection: close` first, then `headers`, then `Content-Length` if a body is given. */
export function rawRequest(requestLine: string, headers: (readonly [string, string | Buffer])[], body?: Buffer): Buffer {
  const head: Buffer[] = [Buffer.from(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n`, 'latin1')];
  for (const [name, value] of headers) head.push(Buffer.from(`${name}: `, 'latin1'), Buffer.isBuffer(value) ? value : Buffer.from(value, 'latin1'), Buffer.from('\r\n'));
  if (body !== undefined && !headers.some(([name]) => /^(content-length|transfer-encoding)$/i.test(name))) head.push(Buffer.from(`Content-Length: ${body.length}\r\n`));
  head.push(Buffer.from('\r\n'));
  return Buffer.concat([...head, body ?? Buffer.alloc(0)]);
}
