/**
 * The container HEALTHCHECK (`node /app/healthcheck.js`): exits 0 when the worker's /health
 * answers 200 within 3 s, 1 otherwise.
 */
const port = Number(process.env.HEALTH_PORT ?? 8080);
fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(3000) })
  .then((response) => process.exit(response.ok ? 0 : 1))
  .catch(() => process.exit(1));
