/**
 * Probe of the lambdaColdStart bench: the lean transport alone (aws-adapters/src/leanAws), one
 * GetItem, as a Lambda handler, on the settings of probeTransport.ts.
 */
import { probeTransport } from './probeTransport';

const aws = probeTransport();

export const handler = async () => {
  const result = await aws.documents.get({ TableName: process.env.ORDERS_TABLE!, Key: { pk: 'ORDER#01M8N4VJN0BP1H0GS9W35T6ZCW' }, ConsistentRead: true });
  return { statusCode: result.Item ? 200 : 404 };
};
