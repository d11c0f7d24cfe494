import { baseEnv, documentLinkKeysEnv, envInt, envString, envUrl, identityEnv, parseEnv, requireDocumentLinkKeys } from '@checkout/aws-adapters';
import * as z from 'zod/mini';

const IngressEnvSchema = z
  .object({
    ...baseEnv,
    ...identityEnv,
    IDEMPOTENCY_TABLE: envString(),
    /** The catalog (`products-<stage>`). */
    PRODUCTS_TABLE: envString(),
    ORDERS_QUEUE_URL: envUrl(),
    /** Lifetime of the download link in GET /orders/{id}. */
    STATUS_LINK_EXPIRY_SECONDS: z._default(envInt(60, 604_800), 900),
    /** Seconds before the worker sees a new order, so PATCH can still cancel it (SQS DelaySeconds, max 900). */
    CANCELLATION_WINDOW_SECONDS: z._default(envInt(0, 900), 0),
    /** How long an Idempotency-Key is remembered. */
    IDEMPOTENCY_TTL_SECONDS: z._default(envInt(3600, 30 * 86_400), 86_400),
    /** Lifetime of the presigned URL GET /documents/{token} redirects to (it is followed at once). */
    DOCUMENT_REDIRECT_SECONDS: z._default(envInt(10, 3600), 300),
    ...documentLinkKeysEnv,
  })
  .check(z.superRefine(requireDocumentLinkKeys));

export type IngressConfig = z.infer<typeof IngressEnvSchema>;

export const loadIngressConfig = (env: NodeJS.ProcessEnv = process.env): IngressConfig => parseEnv(IngressEnvSchema, env);
