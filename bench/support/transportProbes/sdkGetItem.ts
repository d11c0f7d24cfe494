/**
 * Probe of the lambdaColdStart bench: the SDK's DocumentClient alone, as `createAwsClients` makes
 * it, one GetItem, as a Lambda handler: what the lean transport replaces in the ingress.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';

const dynamo = DynamoDBDocument.from(new DynamoDBClient({ region: process.env.AWS_REGION! }), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});

export const handler = async () => {
  const result = await dynamo.get({ TableName: process.env.ORDERS_TABLE!, Key: { pk: 'ORDER#01M8N4VJN0BP1H0GS9W35T6ZCW' }, ConsistentRead: true });
  return { statusCode: result.Item ? 200 : 404 };
};
