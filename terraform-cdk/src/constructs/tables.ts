import { Construct } from 'constructs';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
// The table contract the application reads and writes, defined once (constants only, no SDK).
import { NUMBERING_INDEX, ORDERS_STREAM_VIEW_TYPE, ORDERS_TABLE_INDEXES, ORDERS_TABLE_KEY_ATTRIBUTES, OUTBOX_INDEX, STATUS_INDEX } from '@checkout/aws-adapters/src/tableKeys';
import { PRODUCTS_TABLE_HASH_KEY, productsTableName } from '@checkout/aws-adapters/src/products/productTable';

export { NUMBERING_INDEX, OUTBOX_INDEX, STATUS_INDEX };

/**
 * The three tables of the contract with the application:
 * - `orders-<stage>`: `pk` only (`ORDER#…`, `INVOICE#…`, `SERIES#<year>`, `NUMBERER`), sparse
 *   keys-only GSIs `outbox` and `numbering`, the keys-only GSI `byStatus` for operators (see
 *   aws-adapters/src/tableKeys.ts), and a stream with the old and new image of every write, from
 *   which the order events are published.
 * - `idempotency-<stage>`: `pk`, items expire through TTL on `expiresAt`.
 * - `products-<stage>`: the catalog, one item per product keyed by `sku` (aws-adapters/src/products/productTable.ts).
 * All on-demand, point-in-time recovery, encrypted with the AWS-managed KMS key.
 */
export class Tables extends Construct {
  readonly orders: DynamodbTable;
  readonly idempotency: DynamodbTable;
  readonly products: DynamodbTable;

  constructor(scope: Construct, id: string, props: { stage: string; deletionProtection: boolean }) {
    super(scope, id);
    const common = {
      billingMode: 'PAY_PER_REQUEST',
      hashKey: 'pk',
      pointInTimeRecovery: { enabled: true },
      // enabled without a key ARN = the AWS-managed key aws/dynamodb (KMS), not the DynamoDB-owned key.
      serverSideEncryption: { enabled: true },
    };

    this.orders = new DynamodbTable(this, 'orders', {
      ...common,
      name: `orders-${props.stage}`,
      deletionProtectionEnabled: props.deletionProtection,
      attribute: ORDERS_TABLE_KEY_ATTRIBUTES.map((name) => ({ name, type: 'S' })),
      // Sparse: only items carrying the hash key attribute are indexed; readers take keys, then GetItem.
      globalSecondaryIndex: ORDERS_TABLE_INDEXES.map((index) => ({
        name: index.name,
        hashKey: index.hashKey,
        rangeKey: index.rangeKey,
        projectionType: 'KEYS_ONLY',
      })),
      streamEnabled: true,
      streamViewType: ORDERS_STREAM_VIEW_TYPE,
    });

    this.idempotency = new DynamodbTable(this, 'idempotency', {
      ...common,
      name: `idempotency-${props.stage}`,
      deletionProtectionEnabled: props.deletionProtection,
      attribute: [{ name: 'pk', type: 'S' }],
      ttl: { attributeName: 'expiresAt', enabled: true },
    });

    this.products = new DynamodbTable(this, 'products', {
      ...common,
      hashKey: PRODUCTS_TABLE_HASH_KEY,
      name: productsTableName(props.stage),
      deletionProtectionEnabled: props.deletionProtection,
      attribute: [{ name: PRODUCTS_TABLE_HASH_KEY, type: 'S' }],
    });
  }
}
