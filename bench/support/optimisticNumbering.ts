import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { formatInvoiceNumber, invoiceSeriesFor } from '@checkout/domain';

/**
 * The design numbering replaced (until 2026-11-29 in OrderStore.assignInvoiceNumber), kept only as
 * the benchmark's baseline: every worker, for every order, reads the order and the series counter,
 * then sends a 3-item transaction conditional on the counter; on a conflict it pauses and retries,
 * giving up after 25 attempts.
 */
export const MAX_ATTEMPTS = 25;

export async function numberOptimistically(
  db: DynamoDBDocumentClient,
  table: string,
  orderId: string,
  now: Date,
  counters: { transactions: number; cancelled: number },
): Promise<'numbered' | 'gave-up'> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const order = await db.send(new GetCommand({ TableName: table, Key: { pk: `ORDER#${orderId}` }, ConsistentRead: true }));
    if (order.Item?.invoice) return 'numbered';
    const series = invoiceSeriesFor(now);
    const counter = await db.send(new GetCommand({ TableName: table, Key: { pk: `SERIES#${series}` }, ConsistentRead: true }));
    const last = (counter.Item?.lastSequence as number | undefined) ?? 0;
    const invoice = { invoiceNumber: formatInvoiceNumber(series, last + 1), issuedAt: now.toISOString() };
    try {
      counters.transactions++;
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table,
                Key: { pk: `SERIES#${series}` },
                UpdateExpression: 'SET lastSequence = :next',
                ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : 'lastSequence = :last',
                ExpressionAttributeValues: { ':next': last + 1, ...(last === 0 ? {} : { ':last': last }) },
              },
            },
            {
              Put: {
                TableName: table,
                Item: { pk: `INVOICE#${invoice.invoiceNumber}`, entity: 'INVOICE', orderId, state: 'ASSIGNED' },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: table,
                Key: { pk: `ORDER#${orderId}` },
                UpdateExpression: 'SET invoice = :invoice',
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(invoice)',
                ExpressionAttributeValues: { ':invoice': invoice },
              },
            },
          ],
        }),
      );
      return 'numbered';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) && !isLocalLockTimeout(error)) throw error;
      counters.cancelled++;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 10 * 2 ** attempt)));
    }
  }
  return 'gave-up';
}

/**
 * DynamoDB Local 3 answers a transaction that waited too long for an item's lock with a 500
 * ("This request will succeed in actual DynamoDB API"), where DynamoDB cancels it
 * (TransactionConflict). Counted as the cancellation it stands for.
 */
export function isLocalLockTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'InternalServerError' && /waiting for a lock/.test(error.message);
}

/**
 * Runs a write again while DynamoDB Local times it out on a lock (see isLocalLockTimeout), as the
 * worker's message would be received again; counts each such retry.
 */
export async function retryingLocalLockTimeouts<T>(write: () => Promise<T>, counters: { lockTimeouts: number }): Promise<T> {
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!isLocalLockTimeout(error)) throw error;
      counters.lockTimeouts++;
    }
  }
}
