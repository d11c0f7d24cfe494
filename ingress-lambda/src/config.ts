import { baseEnv, documentLinkKeysEnv, envInt, envString, envUrl, parseEnv, requireDocumentLinkKeys } from '@checkout/aws-adapters';
import { z } from 'zod';

const IngressEnvSchema = z
  .object({
    ...baseEnv,
    IDEMPOTENCY_TABLE: envString(),
    ORDERS_QUEUE_URL: envUrl(),
    /** Lifetime of the download link in GET /orders/{id}. */
    STATUS_LINK_EXPIRY_SECONDS: envInt(60, 604_800).default(900),
    /** Seconds before the worker sees a new order, so PATCH can still cancel it (SQS DelaySeconds, max 900). */
    CANCELLATION_WINDOW_SECONDS: envInt(0, 900).default(0),
    /** How long an Idempotency-Key is remembered. */
    IDEMPOTENCY_TTL_SECONDS: envInt(3600, 30 * 86_400).default(86_400),
    /** Lifetime of the presigned URL GET /documents/{token} redirects to (it is followed at once). */
    DOCUMENT_REDIRECT_SECONDS: envInt(10, 3600).default(300),
    ...documentLinkKeysEnv,
  })
  .superRefine(requireDocumentLinkKeys);

export type IngressConfig = z.infer<typeof IngressEnvSchema>;

export const loadIngressConfig = (env: NodeJS.ProcessEnv = process.env): IngressConfig => parseEnv(IngressEnvSchema, env);
