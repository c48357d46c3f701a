import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableInputs } from '../../functions/adapters/dynamodb/table.ts';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';
import { startTestServer, type TestServer } from '../helpers/local-server.ts';
import { storeTargets } from '../helpers/stores.ts';

describe.each(storeTargets())('the data layer on $name', ({ env }) => {
  let server: TestServer;
  let site: SiteFixture;

  beforeAll(async () => {
    site = createSiteFixture();
    server = await startTestServer(site.siteDir, env);
  });
  afterAll(async () => {
    await server?.stop();
    site?.cleanup();
  });

  it('creates the table with its indexes at start and reports healthy', async () => {
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
