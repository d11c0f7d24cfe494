/**
 * The products table of the infrastructure contract, in one place (constants only, no SDK):
 * terraform-cdk, the local provisioning and the LocalStack hook build it from these.
 * One item per product, partition key `sku` (string); attributes `description`,
 * `unitPriceMinor`, `currency`, `vatCategory`, `taxRateBps`, `version` (1, 2, …), `createdAt`
 * and `updatedAt`. No index: the list is a paginated Scan, checkout reads with BatchGetItem.
 */
export const productsTableName = (stage: string) => `products-${stage}`;
export const PRODUCTS_TABLE_HASH_KEY = 'sku';

/** BatchGetItem takes at most this many keys per call. */
export const BATCH_GET_MAX_KEYS = 100;
