import { readFileSync } from 'node:fs';
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

/**
 * A port that is free on 127.0.0.1 now, for a server that binds it a moment later (tests and port
 * 0). Picked below the kernel's ephemeral range: a port the OS hands out with `listen(0)` comes
 * from that range, where any outgoing connection may take it as its source port before our server
 * binds it (EADDRINUSE at start-up). Where the range cannot be read, the OS picks.
 */
export async function freePort(): Promise<number> {
  const below = ephemeralRangeStart();
  if (below !== undefined && below > FIRST_PICKED_PORT + 1000) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const port = FIRST_PICKED_PORT + Math.floor(Math.random() * (below - FIRST_PICKED_PORT));
      if (await canBind(port)) return port;
    }
  }
  const server = createServer();
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, () => resolve()));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Lowest port `freePort` picks: above the well-known and most registered service ports. */
const FIRST_PICKED_PORT = 10_000;

function ephemeralRangeStart(): number | undefined {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return Number.isInteger(low) ? low : undefined;
  } catch {
    return undefined;
  }
}

function canBind(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}
