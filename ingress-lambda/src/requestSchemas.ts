import { isProductCursor } from '@checkout/aws-adapters';
import { CATALOG_LIMITS, ORDER_ID_PATTERN, SKU_PATTERN, SKU_RULE } from '@checkout/domain';
import * as z from 'zod/mini';

/**
 * The schemas of what the API reads besides JSON bodies (those are the domain's): path
 * parameters, query strings and headers, and the PATCH body. Routes validate with them
 * (requestValidation.ts), and the OpenAPI document is generated from the same schemas at build
 * time (openapi/apiDocument.ts), so the two cannot disagree.
 */

const ulid = (message: string, example: string) => z.string().check(z.regex(ORDER_ID_PATTERN, { message }), z.meta({ example }));

/** The id in a path: a ULID. */
export const OrderIdParamSchema = z.object({
  id: ulid('must be an order id (26-character ULID)', '01JD3ZK7Q4T2M8X9V6B5N1C0R2'),
});

export const RefundIdParamSchema = z.extend(OrderIdParamSchema, {
  refundId: ulid('must be a refund id (26-character ULID)', '01JD40A1B2C3D4E5F6G7H8J9K0'),
});

export const SkuParamSchema = z.object({
  sku: z.string().check(z.regex(SKU_PATTERN, { message: SKU_RULE }), z.meta({ example: 'BOOK-001' })),
});

const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;
const IDEMPOTENCY_KEY_RULE = 'Idempotency-Key must be 1-255 visible ASCII characters (a UUID is ideal)';

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .optional(z.string().check(z.regex(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_RULE })))
    .check(z.meta({ description: 'Makes retries safe: the same key with the same body returns the same order.' })),
});

export const RefundIdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string({ message: 'is required: a refund moves money, so every refund request carries a key (a UUID is ideal)' })
    .check(
      z.regex(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_RULE }),
      z.meta({ description: 'Required. The same key with the same body returns the same refund; scoped to the order.' }),
    ),
});

export const ProductListQuerySchema = z.object({
  limit: z
    .optional(
      z.coerce
        .number({ message: 'must be a number' })
        .check(
          z.int({ message: 'must be a whole number' }),
          z.minimum(1, { message: 'must be at least 1' }),
          z.maximum(CATALOG_LIMITS.maxPageSize, { message: `must be at most ${CATALOG_LIMITS.maxPageSize}` }),
        ),
    )
    .check(z.meta({ description: `Products per page (default ${CATALOG_LIMITS.defaultPageSize}).`, example: 20 })),
  cursor: z
    .optional(z.string().check(z.refine(isProductCursor, { message: 'must be the nextCursor of a previous page' })))
    .check(z.meta({ description: 'The `nextCursor` of the previous page; opaque.' })),
});

export const CancelOrderSchema = z.strictObject({
  status: z.literal('CANCELLED', { message: 'must be "CANCELLED": cancelling is the only change a client can make' }),
});
