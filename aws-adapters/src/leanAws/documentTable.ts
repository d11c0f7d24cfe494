import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type {
  BatchGetCommandOutput,
  GetCommandOutput,
  PutCommandOutput,
  QueryCommandOutput,
  ScanCommandOutput,
  TransactWriteCommandInput,
  TransactWriteCommandOutput,
  UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { randomUUID } from 'node:crypto';
import type { DocumentTable, Output } from '../transport/ports';
import type { AwsJsonClient } from './awsJsonClient';

type Item = Record<string, unknown>;
type WireItem = Record<string, AttributeValue>;

/** The DocumentClient's marshalling rules, as `createAwsClients` sets them. */
const MARSHALL_OPTIONS = { removeUndefinedValues: true, convertClassInstanceToMap: false };

const toWire = (item: Item | undefined): WireItem | undefined => (item === undefined ? undefined : marshall(item, MARSHALL_OPTIONS));
const fromWire = (item: WireItem | undefined): Item | undefined => (item === undefined ? undefined : unmarshall(item));

/**
 * DynamoDB (JSON 1.0 protocol) by the DocumentClient's rules: the same members are marshalled
 * with the same `@aws-sdk/util-dynamodb` options on the way in and unmarshalled on the way out, so
 * stores get what `DynamoDBDocument` would give them. A TransactWriteItems without a
 * ClientRequestToken gets one, as the SDK gives it, so a retried transaction is applied once.
 * Binary attributes (B, BS) are not supported (our tables hold none): the SDK base64-encodes them
 * on the wire and this does not.
 */
export class LeanDocumentTable implements DocumentTable {
  constructor(private readonly dynamodb: AwsJsonClient) {}

  async get(input: Parameters<DocumentTable['get']>[0]): Promise<Output<GetCommandOutput>> {
    const out = await this.dynamodb.call<{ Item?: WireItem }>('GetItem', { ...input, Key: toWire(input.Key) });
    return { ...out, Item: fromWire(out.Item) } as Output<GetCommandOutput>;
  }

  async put(input: Parameters<DocumentTable['put']>[0]): Promise<Output<PutCommandOutput>> {
    const out = await this.dynamodb.call<{ Attributes?: WireItem }>('PutItem', {
      ...input,
      Item: toWire(input.Item),
      ExpressionAttributeValues: toWire(input.ExpressionAttributeValues),
    });
    return { ...out, Attributes: fromWire(out.Attributes) } as Output<PutCommandOutput>;
  }

  async update(input: Parameters<DocumentTable['update']>[0]): Promise<Output<UpdateCommandOutput>> {
    const out = await this.dynamodb.call<{ Attributes?: WireItem }>('UpdateItem', {
      ...input,
      Key: toWire(input.Key),
      ExpressionAttributeValues: toWire(input.ExpressionAttributeValues),
    });
    return { ...out, Attributes: fromWire(out.Attributes) } as Output<UpdateCommandOutput>;
  }

  async query(input: Parameters<DocumentTable['query']>[0]): Promise<Output<QueryCommandOutput>> {
    return this.page('Query', input) as Promise<Output<QueryCommandOutput>>;
  }

  async scan(input: Parameters<DocumentTable['scan']>[0]): Promise<Output<ScanCommandOutput>> {
    return this.page('Scan', input) as Promise<Output<ScanCommandOutput>>;
  }

  async batchGet(input: Parameters<DocumentTable['batchGet']>[0]): Promise<Output<BatchGetCommandOutput>> {
    const requestItems = Object.entries(input.RequestItems ?? {}).map(([table, request]) => [table, { ...request, Keys: request.Keys?.map(toWire) }]);
    const out = await this.dynamodb.call<{ Responses?: Record<string, WireItem[]>; UnprocessedKeys?: Record<string, { Keys?: WireItem[] }> }>('BatchGetItem', {
      ...input,
      RequestItems: Object.fromEntries(requestItems),
    });
    return {
      ...out,
      Responses: out.Responses && Object.fromEntries(Object.entries(out.Responses).map(([table, items]) => [table, items.map(fromWire)])),
      UnprocessedKeys:
        out.UnprocessedKeys &&
        Object.fromEntries(Object.entries(out.UnprocessedKeys).map(([table, request]) => [table, { ...request, Keys: request.Keys?.map(fromWire) }])),
    } as Output<BatchGetCommandOutput>;
  }

  async transactWrite(input: TransactWriteCommandInput): Promise<Output<TransactWriteCommandOutput>> {
    const items = (input.TransactItems ?? []).map((item) => ({
      ...(item.ConditionCheck && { ConditionCheck: { ...item.ConditionCheck, Key: toWire(item.ConditionCheck.Key), ExpressionAttributeValues: toWire(item.ConditionCheck.ExpressionAttributeValues) } }),
      ...(item.Put && { Put: { ...item.Put, Item: toWire(item.Put.Item), ExpressionAttributeValues: toWire(item.Put.ExpressionAttributeValues) } }),
      ...(item.Delete && { Delete: { ...item.Delete, Key: toWire(item.Delete.Key), ExpressionAttributeValues: toWire(item.Delete.ExpressionAttributeValues) } }),
      ...(item.Update && { Update: { ...item.Update, Key: toWire(item.Update.Key), ExpressionAttributeValues: toWire(item.Update.ExpressionAttributeValues) } }),
    }));
    return this.dynamodb.call('TransactWriteItems', { ...input, TransactItems: items, ClientRequestToken: input.ClientRequestToken ?? randomUUID() });
  }

  private async page(operation: 'Query' | 'Scan', input: { ExpressionAttributeValues?: Item; ExclusiveStartKey?: Item }) {
    const out = await this.dynamodb.call<{ Items?: WireItem[]; LastEvaluatedKey?: WireItem }>(operation, {
      ...input,
      ExpressionAttributeValues: toWire(input.ExpressionAttributeValues),
      ExclusiveStartKey: toWire(input.ExclusiveStartKey),
    });
    return { ...out, Items: out.Items?.map(fromWire), LastEvaluatedKey: fromWire(out.LastEvaluatedKey) };
  }
}
