import { createServer, type Server } from 'node:http';

/**
 * GET /health for the container health check: 200 while the worker runs, 503 once it is
 * stopping (so an orchestrator does not route new work to it). Bound to loopback by default.
 */
export async function startHealthServer(port: number, isHealthy: () => boolean, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) => {
    const healthy = request.url === '/health' && isHealthy();
    response.writeHead(request.url === '/health' ? (healthy ? 200 : 503) : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
