/**
 * The hostile-input corpus (`test/fixtures/hostile/`) against the real local server over the built
 * site: structural attacks get a 4xx (JSON routes: the contract's JSON error) and store nothing;
 * no request at all gets a 5xx; mails sent for accepted naughty input carry no injected header.
 */
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeDefinitions } from '../../functions/handlers/routes.ts';
import { formatOf, hostileCorpus, REQUESTS_PER_ROUTE, routeSpecs, type CorpusContext, type HostileRequest } from '../fixtures/hostile/corpus.ts';
import { apiClient, validInitiative, type ApiClient } from '../helpers/api-client.ts';
import { linkTokenIn, validEmployer } from '../helpers/employer-fixtures.ts';
import { useBuiltSiteServer, type TestServer } from '../helpers/local-server.ts';
import { manageTokenIn, readOutbox } from '../helpers/outbox.ts';

const builtSiteServer = useBuiltSiteServer({ RATE_LIMIT_PER_MINUTE: '0', FORM_MIN_FILL_SECONDS: '0' });
let server: TestServer;
let api: ApiClient;
let context: CorpusContext;

/** Items in the table, by a full count (a test may scan; request paths never do). */
async function itemCount(): Promise<number> {
  const client = new DynamoDBClient({
    endpoint: server.config.dynamodbEndpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  let count = 0;
  let start: Record<string, any> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: server.config.tableName, Select: 'COUNT', ExclusiveStartKey: start }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  client.destroy();
  return count;
}

type Answer = { request: HostileRequest; status: number; type: string; body: string };

async function send(request: HostileRequest): Promise<Answer> {
  const res = await fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: typeof request.body === 'string' ? request.body : Buffer.from(request.body),
    redirect: 'manual',
  });
  return { request, status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** Sends `requests` with a few in flight at a time, in order of the list. */
async function sendAll(requests: HostileRequest[], parallel = 6): Promise<Answer[]> {
  const answers: Answer[] = new Array(requests.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < requests.length; i = next++) answers[i] = await send(requests[i]!);
    }),
  );
  return answers;
}

const describeFailure = (a: Answer) => `${a.request.route} «${a.request.name}» → ${a.status} ${a.body.slice(0, 160)}`;

beforeAll(async () => {
  server = builtSiteServer();
  api = apiClient(server.url);
  // An initiative and a verified employer whose manage links the corpus attacks.
  const initiative = await api.post('/api/initiatives', { json: validInitiative({ contact: { name: 'Ini Tiatief', email: 'ini@example.org' } }) });
  const initiativeToken = manageTokenIn(readOutbox(server.dataDir).find((m) => m.headers.to?.includes('ini@example.org'))!)!;
  await api.post('/api/employers', { json: validEmployer({ kvk: '11112222', contact: { name: 'Wim Gever', email: 'wim@example.org' } }) });
  const mailsToWim = () => readOutbox(server.dataDir).filter((m) => m.headers.to?.includes('wim@example.org'));
  const verifyToken = linkTokenIn(mailsToWim()[0]!.text, '/werkgevers/bevestigen/', 'token')!;
  await api.post('/api/employers/verify', { json: { token: verifyToken } });
  const employerToken = mailsToWim()
    .map((m) => linkTokenIn(m.text, '/werkgevers/beheren/', 'token'))
    .find(Boolean)!;
  expect(initiative.status).toBe(201);
  expect(employerToken).toBeTruthy();
  context = { initiativeToken, initiativeVersion: 1, employerToken, employerVersion: 2, formStarted: '' };
});

describe('the hostile-input corpus', () => {
  it(`covers every public route that takes a body, each with at least ${REQUESTS_PER_ROUTE} requests`, () => {
    const publicWithBody = routeDefinitions
      .filter((r) => r.method !== 'GET' && !r.path.startsWith('/api/admin/'))
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(routeSpecs.map((s) => `${s.method} ${s.path}`).sort()).toEqual(publicWithBody);
    const perRoute = new Map<string, number>();
    for (const r of hostileCorpus(context)) perRoute.set(r.route, (perRoute.get(r.route) ?? 0) + 1);
    for (const [route, count] of perRoute) expect(count, route).toBeGreaterThanOrEqual(REQUESTS_PER_ROUTE);
  });

  it('answers every structural attack with a 4xx (a JSON error on the API) and stores nothing', async () => {
    // Prepare
    const structural = hostileCorpus(context).filter((r) => r.kind === 'structural');
    const before = await itemCount();
    // Act
    const answers = await sendAll(structural);
    // Assess
    const wrong = answers.filter((a) => a.status < 400 || a.status >= 500);
    expect(wrong.map(describeFailure)).toEqual([]);
    const notJson = answers.filter((a) => formatOf(a.request.path) === 'json' && !(a.type.startsWith('application/json') && /"error":\{"code":"[a-z_]+","message":"/.test(a.body)));
    expect(notJson.map(describeFailure)).toEqual([]);
    expect(await itemCount()).toBe(before);
  });

  it('never answers naughty content with a 5xx, and no mail it causes carries an injected header', async () => {
    // Act
    const answers = await sendAll(hostileCorpus(context).filter((r) => r.kind === 'content'));
    // Assess
    expect(answers.filter((a) => a.status >= 500).map(describeFailure)).toEqual([]);
    expect(answers.some((a) => a.status === 201)).toBe(true); // some naughty text is legitimately accepted
    const allowed = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding', 'reply-to', 'auto-submitted', 'x-auto-response-suppress', 'list-unsubscribe', 'list-unsubscribe-post', 'content-language']);
    for (const mail of readOutbox(server.dataDir)) {
      const names = Object.keys(mail.headers);
      expect(names.filter((n) => !allowed.has(n)), mail.file).toEqual([]);
      expect(mail.headers.to ?? '', mail.file).not.toMatch(/[\r\n]|,.*@/);
    }
  });
});
