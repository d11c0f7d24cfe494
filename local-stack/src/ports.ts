import { createServer } from 'node:net';

/** Thrown when a configured port is already in use; names the variable that sets it. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(readonly variable: string, readonly port: number) {
    super(`port ${port} (${variable}) is already in use on 127.0.0.1: stop what uses it or set ${variable} to a free port`);
  }
}

/** Resolves when `port` can be bound on 127.0.0.1, throws PortInUseError otherwise. */
export async function assertPortFree(variable: string, port: number): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(variable, port) : error),
    );
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve());
  });
  await new Promise((resolve) => server.close(resolve));
}

/** A port the OS just handed out on 127.0.0.1 (for tests and port 0). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, () => resolve()));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
