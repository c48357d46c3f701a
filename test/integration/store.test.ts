import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { tableInputs } from '../../functions/adapters/dynamodb/table.ts';
import { useFixtureServer } from '../helpers/local-server.ts';
import { storeTargets } from '../helpers/stores.ts';

describe.each(storeTargets())('the data layer on $name', ({ env }) => {
  const testServer = useFixtureServer(env);

  it('creates the table with its indexes at start and reports healthy', async () => {
    const server = testServer();
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });

    const endpoint = env.DYNAMODB_ENDPOINT ?? server.store?.endpoint;
    const client = new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const [expected] = tableInputs(server.config.tableName);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: expected!.TableName }));
    client.destroy();
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(
      expected!.GlobalSecondaryIndexes!.map((i) => i.IndexName).sort(),
    );
  });
});
