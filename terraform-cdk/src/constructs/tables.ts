import { Construct } from 'constructs';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';

/** Name of the sparse GSI listing orders whose queue send is not yet confirmed. */
export const OUTBOX_INDEX = 'outbox';

/**
 * The two tables of the contract with the application:
 * - `orders-<stage>`: `pk` only (`ORDER#…`, `INVOICE#…`, `SERIES#<year>`), sparse GSI `outbox`.
 * - `idempotency-<stage>`: `pk`, items expire through TTL on `expiresAt`.
 * Both on-demand, point-in-time recovery, encrypted with the AWS-managed KMS key.
 */
export class Tables extends Construct {
  readonly orders: DynamodbTable;
  readonly idempotency: DynamodbTable;

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
      attribute: [
        { name: 'pk', type: 'S' },
        { name: 'outboxPending', type: 'S' },
        { name: 'createdAt', type: 'S' },
      ],
      globalSecondaryIndex: [
        // Sparse: only items carrying outboxPending are indexed; the sweeper reads keys then GetItem.
        { name: OUTBOX_INDEX, hashKey: 'outboxPending', rangeKey: 'createdAt', projectionType: 'KEYS_ONLY' },
      ],
    });

    this.idempotency = new DynamodbTable(this, 'idempotency', {
      ...common,
      name: `idempotency-${props.stage}`,
      deletionProtectionEnabled: props.deletionProtection,
      attribute: [{ name: 'pk', type: 'S' }],
      ttl: { attributeName: 'expiresAt', enabled: true },
    });
  }
}
