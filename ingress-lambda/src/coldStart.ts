import { createSecureContext } from 'node:tls';

/**
 * Loads during the Lambda's init what its first request would otherwise load: Node's fetch
 * implementation (undici, behind `Headers`, `Request` and `Response`, which Hono's Lambda adapter
 * and every answer use; 25-30 ms here) and the TLS root certificate store (every AWS call is
 * HTTPS). Nothing is loaded that a request would not load anyway, so the total is unchanged; what
 * changes is when. Lambda's init phase has been measured (by others) running with its CPU
 * unthrottled, the invocation on the function's share of a vCPU (about 0.29 at the ingress's
 * 512 MB), so in Lambda the same work should cost less during init (docs/decisions/lambda-bundles.md).
 */
export function loadRequestPathAtInit(): void {
  new Headers();
  createSecureContext();
}
