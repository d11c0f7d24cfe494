import { OrderNotFoundError } from '@checkout/domain';
import { isConditionFailure } from '../transport/awsErrors';
import type { DocumentTable } from '../transport/ports';
import { ORDER_LINK_GENERATION, ORDER_LINKS_REVOKED_AT, orderKey } from '../tableKeys';

/**
 * The revocation state of an order's document links: one number on the order item. A link carries
 * the generation it was issued under and works only while the order is still at that generation,
 * so raising it revokes every link issued before, for the invoice and the credit notes alike, at
 * the cost of one attribute (no table of revoked tokens to expire).
 */
export class DocumentLinkGenerations {
  constructor(
    private readonly db: DocumentTable,
    private readonly ordersTable: string,
  ) {}

  /** The order's current link generation (0 until first revoked); undefined when there is no such order. Strongly consistent. */
  async generationOf(orderId: string): Promise<number | undefined> {
    const result = await this.db.get({
      TableName: this.ordersTable,
      Key: orderKey(orderId),
      ConsistentRead: true,
      ProjectionExpression: '#pk, #generation',
      ExpressionAttributeNames: { '#pk': 'pk', '#generation': ORDER_LINK_GENERATION },
    });
    if (!result.Item) return undefined;
    return (result.Item[ORDER_LINK_GENERATION] as number | undefined) ?? 0;
  }

  /**
   * Revokes every document link of the order issued so far, in one conditional write; links issued
   * afterwards (a resend) work. Returns the new generation. Throws OrderNotFoundError when there is
   * no such order.
   */
  async revoke(orderId: string, now: Date): Promise<number> {
    try {
      const result = await this.db.update({
        TableName: this.ordersTable,
        Key: orderKey(orderId),
        UpdateExpression: 'ADD #generation :one SET #revokedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#generation': ORDER_LINK_GENERATION, '#revokedAt': ORDER_LINKS_REVOKED_AT },
        ExpressionAttributeValues: { ':one': 1, ':now': now.toISOString() },
        ReturnValues: 'UPDATED_NEW',
      });
      return result.Attributes![ORDER_LINK_GENERATION] as number;
    } catch (error) {
      if (isConditionFailure(error)) throw new OrderNotFoundError(orderId, { cause: error });
      throw error;
    }
  }
}
