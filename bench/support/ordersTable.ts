import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ordersTableInput } from '../../local-stack/src/provision';

/** Creates an orders table of the contract (as `npm start` does) and returns its name. */
export async function provisionOrdersTable(db: DynamoDBDocumentClient, name: string): Promise<string> {
  await db.send(new CreateTableCommand(ordersTableInput(name)));
  return name;
}
