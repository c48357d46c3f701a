/**
 * The only code that talks to DynamoDB (see `table.ts` for the key design). One SDK client per
 * process, created on first use from the config: locally it points at the embedded dynalite (or
 * `DYNAMODB_ENDPOINT`) with dummy credentials; on AWS it uses the function's role and region.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getConfig } from '#config';
import { tableInputs } from './table.ts';

type Clients = { endpoint: string | undefined; client: DynamoDBClient; doc: DynamoDBDocumentClient };
let cached: Clients | undefined;

function isAwsEndpoint(endpoint: string): boolean {
  return new URL(endpoint).hostname.endsWith('.amazonaws.com');
}

function clients(): Clients {
  const endpoint = getConfig().dynamodbEndpoint;
  if (cached && cached.endpoint === endpoint) return cached;
  cached?.client.destroy();
  const local = endpoint !== undefined && !isAwsEndpoint(endpoint);
  const client = new DynamoDBClient({
    ...(endpoint ? { endpoint } : {}),
    // A local store ignores credentials, but the SDK insists on some; don't let it search ~/.aws.
    ...(local
      ? { region: process.env.AWS_REGION ?? 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    // Fail fast instead of hanging a request when the store does not answer: at most 3 attempts of at
    // most 1 s to connect and 3 s to answer each, with the SDK's short backoff in between, so a
    // request meets a dead store with a 503 within about 10 s (errors.ts maps it).
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const created: Clients = { endpoint, client, doc };
  cached = created;
  return created;
}

/** The document client (plain JS values in and out) for the configured store. */
export function documentClient(): DynamoDBDocumentClient {
  return clients().doc;
}

/** The name of the Werkpad table. */
export function tableName(): string {
  return getConfig().tableName;
}

/** Creates every missing table and waits until each is ACTIVE; safe to call again and concurrently. */
export async function ensureTables(): Promise<void> {
  const { client } = clients();
  for (const input of tableInputs(tableName())) {
    const TableName = input.TableName;
    try {
      await client.send(new DescribeTableCommand({ TableName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      try {
        await client.send(new CreateTableCommand(input));
      } catch (createError) {
        // Another process created it between our describe and create: that is what we wanted.
        if (!(createError instanceof ResourceInUseException)) throw createError;
      }
    }
    await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 5 }, { TableName });
  }
}

/** True when the store answers a DescribeTable of our table within `timeoutMs`. */
export async function ping(timeoutMs = 2_000): Promise<boolean> {
  try {
    await clients().client.send(new DescribeTableCommand({ TableName: tableName() }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

/** Closes the client's sockets so a stopping process is not kept alive by them. */
export function closeClients(): void {
  cached?.client.destroy();
  cached = undefined;
}
