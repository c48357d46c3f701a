/**
 * Proof that the Lambda bundles run outside the local server (issue 12, point 3). Every handler
 * module the CDK app deploys is bundled by `scripts/bundle-handlers.ts`, exactly as the app does,
 * then each bundle is loaded in a fresh Node process, as the Lambda runtime loads it, and invoked
 * with API Gateway HTTP API v2 events: against DynamoDB Local when `npm test` started it
 * (`DYNAMODB_LOCAL_ENDPOINT`), else an embedded dynalite started here. Secrets Manager, SES and
 * the site's pages are loopback endpoints (`support/fake-aws.ts`).
 *
 * Prints each bundle's size and import time. The size budget is asserted; the import time is only
 * printed (no timed assertions in this suite, PLAN.md).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/adapters/dynamodb/embedded-store.ts';
import { createTableInput } from '../../functions/adapters/dynamodb/table.ts';
import type { HttpEvent, HttpResult } from '../../functions/adapters/http/api-gateway.ts';
import { routeDefinitions } from '../../functions/handlers/routes.ts';
import { BUNDLE_FILE, bundleHandlers, deployedHandlerModules, MAX_BUNDLE_BYTES, type BuiltBundle } from '../../scripts/bundle-handlers.ts';
import { validInitiative } from '../helpers/api-client.ts';
import { manageTokenIn, parseMail } from '../helpers/outbox.ts';
import { builtSiteDir } from '../helpers/site-dir.ts';
import { httpEvent, jsonEvent, moderatorClaims } from './support/events.ts';
import { startFakeAws, type FakeAws } from './support/fake-aws.ts';

const SIGNING_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:werkpad-test-signing-AbCdEf';
const ORIGIN_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:werkpad-test-origin-AbCdEf';
const ORIGIN_VALUE = 'origin-verify-value-of-the-bundle-test-0123456789';
const RUNNER = path.join(import.meta.dirname, 'support/invoke-bundle.ts');

/** A page shell like the site build's: the form page with its island, when no built site is at hand. */
function fixtureShell(urlPath: string): string {
  const lang = urlPath.startsWith('/en/') ? 'en' : 'nl';
  return `<!doctype html><html lang="${lang}"><head><title>Formulier</title></head><body><main><h1>Formulier</h1><astro-island uid="x"><form><input type="hidden" name="started_at" value=""></form></astro-island></main></body></html>`;
}

function sitePage(urlPath: string): string | undefined {
  const file = path.join(builtSiteDir, ...urlPath.split('/').filter(Boolean));
  if (existsSync(file)) return readFileSync(file, 'utf8');
  return urlPath.endsWith('/index.html') ? fixtureShell(urlPath) : undefined;
}

type Invocation = { importMs: number; importCpuMs: number; results: HttpResult[]; stderr: string };

describe('Lambda bundles, loaded and invoked like the Lambda runtime does', () => {
  let workDir: string;
  let bundleDir: string;
  let bundles: Map<string, BuiltBundle>;
  let store: EmbeddedStore | undefined;
  let endpoint: string;
  let fake: FakeAws;
  const tableName = `werkpad-bundles-${process.pid}-${Date.now().toString(36)}`;
  const timings = new Map<string, { wall: number; cpu: number }>();
  let doc: DynamoDBDocumentClient;

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'werkpad-bundle-test-'));
    // Inside the project so that `@aws-sdk/*` resolves from node_modules, as the runtime provides it.
    // A clean clone has no `node_modules/.cache` yet.
    mkdirSync(path.resolve('node_modules/.cache'), { recursive: true });
    bundleDir = mkdtempSync(path.resolve('node_modules/.cache/werkpad-bundle-test-'));
    const built = await bundleHandlers(await deployedHandlerModules(), bundleDir);
    bundles = new Map(built.map((b) => [b.module, b]));

    if (process.env.DYNAMODB_LOCAL_ENDPOINT) {
      endpoint = process.env.DYNAMODB_LOCAL_ENDPOINT;
    } else {
      store = await startEmbeddedStore(path.join(workDir, 'dynamodb'));
      endpoint = store.endpoint;
    }
    const client = new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
    doc = DynamoDBDocumentClient.from(client);

    fake = await startFakeAws({ [SIGNING_ARN]: 's'.repeat(48), [ORIGIN_ARN]: ORIGIN_VALUE }, sitePage);
  }, 300_000);

  afterAll(async () => {
    const rows = [...(bundles?.values() ?? [])].map((b) => {
      const t = timings.get(b.module);
      const time = t ? `${t.wall.toFixed(0).padStart(5)} ms wall ${t.cpu.toFixed(0).padStart(5)} ms CPU` : '      -';
      const note = b.bytes > MAX_BUNDLE_BYTES ? '  over 300 KB' : '';
      return `${b.module.padEnd(30)} ${(b.bytes / 1024).toFixed(1).padStart(7)} KB  import ${time}${note}`;
    });
    console.log(`\nLambda bundles (minified; budget ${MAX_BUNDLE_BYTES / 1024} KB and 150 ms import; load average ${loadavg()[0]!.toFixed(1)}):\n${rows.join('\n')}\n`);
    doc?.destroy();
    await fake?.close();
    await store?.close();
    rmSync(workDir, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
  });

  /** Loads `module`'s bundle in a fresh Node process and invokes it with `events`, in order. */
  async function invoke(module: string, events: unknown[], env: Record<string, string> = {}): Promise<Invocation> {
    const bundle = bundles.get(module);
    if (!bundle) throw new Error(`no bundle for ${module}`);
    const eventsFile = path.join(workDir, `${module}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(eventsFile, JSON.stringify(events));
    const child = spawn(process.execPath, [RUNNER, bundle.file, eventsFile], {
      cwd: workDir, // no project files within reach: the bundle must carry what it needs
      env: {
        PATH: process.env.PATH ?? '',
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_LAMBDA_FUNCTION_NAME: `werkpad-${module}`,
        AWS_ENDPOINT_URL_SECRETS_MANAGER: fake.url,
        AWS_ENDPOINT_URL_SESV2: fake.url,
        AWS_ENDPOINT_URL_CODEBUILD: fake.url,
        DYNAMODB_ENDPOINT: endpoint,
        TABLE_NAME: tableName,
        PUBLIC_BASE_URL: 'https://werkpad.example.org',
        SITE_URL: fake.url,
        MAIL_FROM: 'no-reply@werkpad.example.org',
        SIGNING_KEY_SECRET_ARN: SIGNING_ARN,
        ORIGIN_VERIFY_SECRET_ARN: ORIGIN_ARN,
        RATE_LIMIT_PER_MINUTE: '0',
        FORM_MIN_FILL_SECONDS: '0',
        POWERTOOLS_METRICS_NAMESPACE: 'WerkpadTest',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT@@'));
    if (code !== 0 || !line) throw new Error(`${module} failed (exit ${code}):\n${stderr.slice(-3000)}\n${stdout.slice(-2000)}`);
    const parsed = JSON.parse(line.slice('@@RESULT@@'.length)) as { importMs: number; importCpuMs: number; results: HttpResult[] };
    const best = timings.get(module);
    if (!best || parsed.importMs < best.wall) timings.set(module, { wall: parsed.importMs, cpu: parsed.importCpuMs });
    return { ...parsed, stderr: stdout + stderr };
  }

  const body = (result: HttpResult) => JSON.parse(result.body ?? 'null') as any;

  it('bundles one file per handler module of the route table, plus not-found and upkeep, each within the size budget', () => {
    const expected = [...new Set([...routeDefinitions.map((r) => r.module), 'not-found', 'upkeep'])].sort();
    expect([...bundles.keys()].sort()).toEqual(expected);
    for (const b of bundles.values()) {
      expect(path.basename(b.file)).toBe(BUNDLE_FILE);
      expect({ module: b.module, withinBudget: b.bytes <= MAX_BUNDLE_BYTES }).toEqual({ module: b.module, withinBudget: true });
    }
  });

  it('leaves the AWS SDK to the runtime and carries no local server, dynalite or file of the project', () => {
    for (const b of bundles.values()) {
      const code = readFileSync(b.file, 'utf8');
      const outside = b.externals.filter((name) => !name.startsWith('@aws-sdk/') && !name.startsWith('node:') && !builtinModules.includes(name));
      expect(outside, b.module).toEqual([]);
      expect(b.externals.some((name) => name.startsWith('@aws-sdk/')), b.module).toBe(true);
      expect(code, b.module).not.toMatch(/dynalite|leveldown|scripts\/server|startEmbeddedStore/);
      expect(code, b.module).not.toContain(path.resolve('.'));
    }
  });

  it('holds its own handler module only, never another route’s (openapi reads the route table without its loaders)', () => {
    for (const b of bundles.values()) {
      // Wiring (routes.ts, the composition roots) may come along; another Lambda's entry may not.
      const entries = new Set([...bundles.keys()].map((module) => `functions/handlers/${module}.ts`));
      const foreign = b.inputs.filter((i) => entries.has(i) && i !== `functions/handlers/${b.module}.ts`);
      expect(foreign, b.module).toEqual([]);
    }
    expect(bundles.get('openapi')!.inputs).toContain('functions/handlers/routes.ts');
  });

  it('answers the health check, reading the signing key from Secrets Manager once per cold start', async () => {
    const before = fake.secretReads.length;
    const event = httpEvent({ routeKey: 'GET /api/health', method: 'GET', path: '/api/health' });
    const { results } = await invoke('health', [event, event]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(body(results[0]!)).toEqual({ status: 'ok' });
    // One cold start: the signing key and the origin value, each read once for two requests.
    expect(fake.secretReads.slice(before).sort()).toEqual([ORIGIN_ARN, SIGNING_ARN].sort());
  });

  it('refuses to start without a public base URL or a signing key, naming what is missing', async () => {
    const event = httpEvent({ routeKey: 'GET /api/health', method: 'GET', path: '/api/health' });
    await expect(invoke('health', [event], { PUBLIC_BASE_URL: '', SIGNING_KEY_SECRET_ARN: '' })).rejects.toThrow(
      /PUBLIC_BASE_URL ontbreekt[\s\S]*SIGNING_KEY_SECRET_ARN ontbreekt|SIGNING_KEY_SECRET_ARN ontbreekt[\s\S]*PUBLIC_BASE_URL ontbreekt/,
    );
  });

  it('answers 404 and 405 for what no route takes, in the contract’s error format', async () => {
    const { results } = await invoke('not-found', [
      httpEvent({ routeKey: '$default', method: 'GET', path: '/api/bestaat-niet' }),
      httpEvent({ routeKey: '$default', method: 'DELETE', path: '/api/health' }),
    ]);
    expect(results[0]!.statusCode).toBe(404);
    expect(body(results[0]!)).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(results[1]!.statusCode).toBe(405);
    expect(results[1]!.headers?.allow).toBe('GET');
    expect(body(results[1]!).error.code).toBe('method_not_allowed');
  });

  describe('a submission from creation to publication', () => {
    const contact = { name: 'Fatima El Amrani', email: `fatima.${Date.now().toString(36)}@example.org` };
    let id: string;
    let token: string;

    it('creates a submission (201) and sends the manage link through SES from MAIL_FROM', async () => {
      const { results } = await invoke('initiative-create', [jsonEvent('POST /api/initiatives', '/api/initiatives', validInitiative({ contact }))]);
      expect(results[0]!.statusCode).toBe(201);
      id = body(results[0]!).id;
      expect(body(results[0]!)).toEqual({ id: expect.any(String), status: 'pending' });
      const mail = fake.mails.find((m) => m.to.includes(contact.email));
      expect(mail?.from).toBe('no-reply@werkpad.example.org');
      token = manageTokenIn(parseMail(mail!.raw)) ?? '';
      expect(token).not.toBe('');
      expect(parseMail(mail!.raw).text).toContain('https://werkpad.example.org/initiatief/beheren/#token=');
    });

    it('reads it through the manage link', async () => {
      const { results } = await invoke('initiative-manage-read', [jsonEvent('POST /api/initiatives/manage', '/api/initiatives/manage', { token })]);
      expect(results[0]!.statusCode).toBe(200);
      expect(body(results[0]!)).toMatchObject({ id, status: 'pending' });
    });

    it('lets a moderator from the JWT claims approve it, and refuses a request without claims (401) or without the group (403)', async () => {
      const route = 'POST /api/admin/submissions/{id}/approve';
      const path_ = `/api/admin/submissions/${id}/approve`;
      const { results } = await invoke('admin-submission-approve', [
        httpEvent({ routeKey: route, method: 'POST', path: path_, pathParameters: { id } }),
        httpEvent({ routeKey: route, method: 'POST', path: path_, pathParameters: { id }, claims: moderatorClaims('bram', '[redacteuren]') }),
        httpEvent({ routeKey: route, method: 'POST', path: path_, pathParameters: { id }, claims: moderatorClaims('anna') }),
      ]);
      expect(results.map((r) => r.statusCode)).toEqual([401, 403, 200]);
      expect(body(results[2]!)).toEqual({ id, status: 'published' });
      const { Items } = await doc.send(
        new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `SUB#${id}` } }),
      );
      const audit = Items?.find((i) => String(i.sk).startsWith('AUDIT#') && i.to === 'published');
      expect(audit).toMatchObject({ from: 'pending', to: 'published', who: 'anna' });
    });

    it('asks CodeBuild for one site rebuild through the marker when REBUILD_PROJECT is set; a second approval meanwhile only queues', async () => {
      const approveOne = async (email: string, project: string) => {
        const created = await invoke('initiative-create', [jsonEvent('POST /api/initiatives', '/api/initiatives', validInitiative({ contact: { ...contact, email } }))]);
        const id = body(created.results[0]!).id as string;
        const route = 'POST /api/admin/submissions/{id}/approve';
        const event = httpEvent({ routeKey: route, method: 'POST', path: `/api/admin/submissions/${id}/approve`, pathParameters: { id }, claims: moderatorClaims('anna') });
        return (await invoke('admin-submission-approve', [event], { REBUILD_PROJECT: project })).results[0]!;
      };
      const buildsBefore = fake.builds.length;
      expect((await approveOne(`x.${contact.email}`, 'werkpad-test-site-build')).statusCode).toBe(200);
      expect(fake.builds.slice(buildsBefore)).toEqual(['werkpad-test-site-build']);
      const marker = async () => (await doc.send(new GetCommand({ TableName: tableName, Key: { pk: 'REBUILD#SITE', sk: 'REBUILD' }, ConsistentRead: true }))).Item;
      expect(await marker()).toMatchObject({ running: true, buildId: expect.stringMatching(/^werkpad-test-site-build:build-\d+$/), requestedAt: expect.any(String) });

      // While that build runs, another approval notes its request and starts nothing.
      expect((await approveOne(`y.${contact.email}`, 'werkpad-test-site-build')).statusCode).toBe(200);
      expect(fake.builds.slice(buildsBefore)).toEqual(['werkpad-test-site-build']);
      expect(await marker()).toMatchObject({ running: true, buildId: expect.stringMatching(/^werkpad-test-site-build:build-\d+$/) });
    });
  });

  it('serves the form page with a fresh fill-time token, and renders a post with wrong fields again (422) from the site’s shell', async () => {
    const form = new URLSearchParams({ title: '', organisation: 'Stichting Voorbeeld', 'contact.email': 'geen-adres', consent: 'on' }).toString();
    const { results } = await invoke('form-initiative', [
      httpEvent({ routeKey: 'GET /initiatief-aanmelden', method: 'GET', path: '/initiatief-aanmelden/' }),
      httpEvent({
        routeKey: 'POST /forms/initiatief',
        method: 'POST',
        path: '/forms/initiatief',
        query: 'lang=nl',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      }),
    ]);
    expect(results[0]!.statusCode).toBe(200);
    expect(results[0]!.body).toMatch(/name="started_at"[^>]*value="\d+\.[\w-]{43}"|value="\d+\.[\w-]{43}"[^>]*name="started_at"/);
    expect(results[1]!.statusCode).toBe(422);
    expect(results[1]!.headers?.['content-type']).toMatch(/^text\/html/);
    expect(results[1]!.body).toContain('<title>Er is een probleem: ');
    expect(results[1]!.body).toContain('Stichting Voorbeeld');
  });

  it('runs the hourly upkeep: expired records swept, stalled changes finished, the employer register kept fresh', async () => {
    const { results } = await invoke('upkeep', [{ task: 'hourly' }]);
    expect(results[0]).toEqual({ task: 'hourly', deleted: expect.any(Number), finished: 0, employers: { finished: 0, reminded: 0, hidden: 0 } });
  });

  it('loads every other bundle and answers its route without a server error', async () => {
    const done = new Set(['health', 'not-found', 'initiative-create', 'initiative-manage-read', 'admin-submission-approve', 'form-initiative', 'upkeep']);
    for (const module of [...bundles.keys()].filter((m) => !done.has(m))) {
      const route = routeDefinitions.find((r) => r.module === module)!;
      const path_ = route.path.replace('{id}', 'onbekend-id');
      const event: HttpEvent = ['POST', 'PATCH', 'DELETE'].includes(route.method)
        ? jsonEvent(`${route.method} ${route.path}`, path_, {}, { pathParameters: route.path.includes('{id}') ? { id: 'onbekend-id' } : {} })
        : httpEvent({ routeKey: `${route.method} ${route.path}`, method: route.method, path: path_ });
      if (route.path.startsWith('/api/admin/')) event.requestContext.authorizer = { jwt: { claims: moderatorClaims('anna'), scopes: null } };
      const { results } = await invoke(module, [event]);
      expect({ module, status: results[0]!.statusCode < 500 }).toEqual({ module, status: true });
    }
  }, 300_000);
});
