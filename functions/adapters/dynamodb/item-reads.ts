/**
 * Reads every repository makes the same way: whether one item exists (a completed change leaves its
 * audit item), and all items of one partition (an entity with its audit trail), read consistently.
 */
import { GetCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { documentClient, tableName } from './client.ts';

type Item = Record<string, unknown>;

/** True when the item under `pk`/`sk` exists (read consistently, only its key fetched). */
export async function itemExists(pk: string, sk: string): Promise<boolean> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: { pk, sk }, ConsistentRead: true, ProjectionExpression: 'pk' }));
  return Item !== undefined;
}

/** Every item of partition `pk`, in sort-key order, read consistently page by page. */
export async function partitionItems(pk: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page: QueryCommandOutput = await documentClient().send(
      new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
