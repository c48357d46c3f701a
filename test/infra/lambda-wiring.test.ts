/**
 * The Lambda side of the wiring, module by module: settings and secrets at cold start, moderators
 * from JWT claims, the viewer's address behind CloudFront, the form shell read from the site, rate
 * counters on TTL alone, dependencies built once, and the rebuild marker on real DynamoDB
 * implementations (dynalite, and DynamoDB Local when `npm test` started it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, setConfig, type Config } from '../../functions/config.ts';
import { loadLambdaConfig } from '../../functions/lambda-config.ts';
import { closeClients, documentClient, ensureTables, tableName } from '../../functions/adapters/dynamodb/client.ts';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/adapters/dynamodb/embedded-store.ts';
import { hitRateLimit } from '../../functions/adapters/dynamodb/rate-limit-repository.ts';
import { REBUILD_MARKER_KEY, rebuildFinished, requestRebuild, STALE_MS } from '../../functions/adapters/aws/site-rebuild.ts';
import { ForbiddenError, UnauthorizedError } from '../../functions/adapters/http/errors.ts';
import { groupsOf, moderatorFromClaims } from '../../functions/adapters/http/jwt-moderator.ts';
import { requireModerator } from '../../functions/adapters/http/moderator-auth.ts';
import { clientIp } from '../../functions/adapters/http/request-input.ts';
import { configureSitePages, readSitePage } from '../../functions/adapters/http/site-pages.ts';
import { initiativeDependencies } from '../../functions/handlers/dependencies.ts';
import { storeTargets } from '../helpers/stores.ts';
import { httpEvent, moderatorClaims } from './support/events.ts';

const LAMBDA_ENV = {
  PUBLIC_BASE_URL: 'https://werkpad.example.org',
  MAIL_FROM: 'no-reply@werkpad.example.org',
  SIGNING_KEY_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:signing-AbCdEf',
  ORIGIN_VERIFY_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:origin-AbCdEf',
  TABLE_NAME: 'werkpad-test',
};
const SECRETS: Record<string, string> = {
  [LAMBDA_ENV.SIGNING_KEY_SECRET_ARN]: 'k'.repeat(48),
  [LAMBDA_ENV.ORIGIN_VERIFY_SECRET_ARN]: 'o'.repeat(40),
};

/** A secret reader over `SECRETS` that counts its reads. */
function reader() {
  const reads: string[] = [];
  return {
    reads,
    read: async (arn: string) => {
      reads.push(arn);
      const value = SECRETS[arn];
      if (value === undefined) throw new Error('no such secret');
      return value;
    },
  };
}

async function lambdaConfig(extra: Record<string, string> = {}): Promise<Config> {
  return loadLambdaConfig({ ...LAMBDA_ENV, ...extra }, reader().read);
}

afterEach(() => {
  setConfig(parseConfig({}));
});

describe('Lambda settings (lambda-config.ts)', () => {
  it('reads the signing key and the origin value from Secrets Manager and switches to the AWS adapters', async () => {
    const secrets = reader();
    const config = await loadLambdaConfig(LAMBDA_ENV, secrets.read);
    expect(secrets.reads.sort()).toEqual([LAMBDA_ENV.ORIGIN_VERIFY_SECRET_ARN, LAMBDA_ENV.SIGNING_KEY_SECRET_ARN].sort());
    expect(config).toMatchObject({
      publicBaseUrl: 'https://werkpad.example.org',
      signingKey: 'k'.repeat(48),
      moderators: [],
      tableName: 'werkpad-test',
      aws: { mailFrom: 'no-reply@werkpad.example.org', moderatorGroup: 'moderators', siteUrl: 'https://werkpad.example.org', originVerify: 'o'.repeat(40) },
    });
  });

  it('refuses to start without a public base URL, a signing key or a sender, naming each and never falling back', async () => {
    const error = await loadLambdaConfig({ TABLE_NAME: 'werkpad-test' }, reader().read).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PUBLIC_BASE_URL ontbreekt/);
    expect(problems).toMatch(/SIGNING_KEY_SECRET_ARN ontbreekt/);
    expect(problems).toMatch(/MAIL_FROM/);
  });

  it('refuses a public base URL over plain http, and a signing key shorter than 32 characters', async () => {
    await expect(lambdaConfig({ PUBLIC_BASE_URL: 'http://werkpad.example.org' })).rejects.toThrow(/PUBLIC_BASE_URL moet een https-adres zijn/);
    await expect(loadLambdaConfig({ ...LAMBDA_ENV, SIGNING_KEY_SECRET_ARN: '', SIGNING_KEY: 'te-kort-maar-wel-32-tekens-lang!' }, reader().read)).resolves.toBeDefined();
    const short = { ...SECRETS, [LAMBDA_ENV.SIGNING_KEY_SECRET_ARN]: 'kort' };
    await expect(loadLambdaConfig(LAMBDA_ENV, async (arn) => short[arn]!)).rejects.toThrow(/minstens 32 tekens/);
  });

  it('rejects a secret reference that is not a Secrets Manager ARN', async () => {
    await expect(lambdaConfig({ SIGNING_KEY_SECRET_ARN: 'mijn-geheim' })).rejects.toThrow(/SIGNING_KEY_SECRET_ARN moet de ARN/);
  });
});

describe('moderators on AWS (jwt-moderator.ts)', () => {
  it('reads groups as a list or as the "[a b]" text HTTP APIs make of lists', () => {
    expect(groupsOf('[moderators redactie]')).toEqual(['moderators', 'redactie']);
    expect(groupsOf(['moderators'])).toEqual(['moderators']);
    expect(groupsOf(undefined)).toEqual([]);
  });

  it('takes the name from the claims and the right from the group; 401 without claims, 403 without the group or a usable name', () => {
    const event = (claims?: Record<string, string>) => httpEvent({ routeKey: 'GET /api/admin/submissions', method: 'GET', path: '/api/admin/submissions', ...(claims ? { claims } : {}) });
    expect(moderatorFromClaims(event(moderatorClaims('anna')), 'moderators').name).toBe('anna');
    expect(moderatorFromClaims(event({ ...moderatorClaims('anna'), preferred_username: 'Anna.de-Vries' }), 'moderators').name).toBe('Anna.de-Vries');
    expect(() => moderatorFromClaims(event(), 'moderators')).toThrow(UnauthorizedError);
    expect(() => moderatorFromClaims(event(moderatorClaims('bram', '[redactie]')), 'moderators')).toThrow(ForbiddenError);
    expect(() => moderatorFromClaims(event({ ...moderatorClaims('x'), 'cognito:username': 'anna@example.org' }), 'moderators')).toThrow(ForbiddenError);
  });

  it('is what requireModerator uses once the config carries aws, and ignores bearer tokens then', async () => {
    setConfig(await lambdaConfig());
    const withToken = httpEvent({ routeKey: 'GET /api/admin/submissions', method: 'GET', path: '/api/admin/submissions', headers: { authorization: 'Bearer test-moderator-token' } });
    expect(() => requireModerator(withToken)).toThrow(UnauthorizedError);
    expect(requireModerator(httpEvent({ routeKey: 'x', method: 'GET', path: '/', claims: moderatorClaims('cem') })).name).toBe('cem');
  });
});

describe('the client address behind CloudFront (request-input.ts)', () => {
  const event = (headers: Record<string, string>) => httpEvent({ routeKey: 'POST /api/initiatives', method: 'POST', path: '/api/initiatives', headers, sourceIp: '130.176.0.9' });

  it('takes CloudFront-Viewer-Address when the request carries CloudFront’s secret origin value', async () => {
    setConfig(await lambdaConfig());
    expect(clientIp(event({ 'cloudfront-viewer-address': '198.51.100.23:51234', 'x-origin-verify': 'o'.repeat(40) }))).toBe('198.51.100.23');
    expect(clientIp(event({ 'cloudfront-viewer-address': '2001:db8::7:443', 'x-origin-verify': 'o'.repeat(40) }))).toBe('2001:db8::7');
  });

  it('never believes the header without that value (a direct call to API Gateway), nor X-Forwarded-For', async () => {
    setConfig(await lambdaConfig());
    expect(clientIp(event({ 'cloudfront-viewer-address': '198.51.100.23:51234' }))).toBe('130.176.0.9');
    expect(clientIp(event({ 'cloudfront-viewer-address': '198.51.100.23:51234', 'x-origin-verify': 'geraden' }))).toBe('130.176.0.9');
    expect(clientIp(event({ 'x-forwarded-for': '203.0.113.1' }))).toBe('130.176.0.9');
  });

  it('uses the connection’s address locally, whatever the headers say', () => {
    setConfig(parseConfig({}));
    expect(clientIp(event({ 'cloudfront-viewer-address': '198.51.100.23:51234', 'x-origin-verify': 'o'.repeat(40) }))).toBe('130.176.0.9');
  });
});

describe('form shells read from the site (site-pages.ts)', () => {
  let hits = 0;
  let answer: { status: number; body: string } = { status: 200, body: '<html>v1</html>' };
  const server = createServer((req, res) => {
    hits++;
    res.writeHead(answer.status, { 'content-type': 'text/html' });
    res.end(req.url === '/initiatief-aanmelden/index.html' ? answer.body : 'elders');
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    configureSitePages(process.env.WERKPAD_OUT_DIR ?? 'dist');
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches <page>index.html from the site once, keeps it, and keeps serving the kept copy when the site fails', async () => {
    configureSitePages({ url, maxAgeMs: 0 });
    expect(await readSitePage('/initiatief-aanmelden/')).toBe('<html>v1</html>');
    answer = { status: 503, body: 'weg' };
    expect(await readSitePage('/initiatief-aanmelden/')).toBe('<html>v1</html>');
    answer = { status: 200, body: '<html>v2</html>' };
    expect(await readSitePage('/initiatief-aanmelden/')).toBe('<html>v2</html>');
    configureSitePages({ url, maxAgeMs: 60_000 });
    const before = hits;
    await readSitePage('/initiatief-aanmelden/');
    await readSitePage('/initiatief-aanmelden/');
    expect(hits - before).toBe(1);
  });

  it('refuses paths that could leave the site', async () => {
    configureSitePages({ url, maxAgeMs: 0 });
    expect(await readSitePage('/../etc/')).toBeUndefined();
    expect(await readSitePage('https://evil.example/')).toBeUndefined();
  });
});

describe.each(storeTargets())('on $name', ({ env }) => {
  let store: EmbeddedStore | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'werkpad-wiring-'));
    let endpoint = env.DYNAMODB_ENDPOINT;
    if (!endpoint) {
      store = await startEmbeddedStore(path.join(dir, 'dynamodb'));
      endpoint = store.endpoint;
    }
    setConfig(parseConfig({ DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: env.TABLE_NAME ?? 'werkpad-wiring' }));
    await ensureTables();
  });
  afterAll(async () => {
    closeClients();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sets the config for this store, on AWS or locally. */
  async function useConfig(aws: boolean): Promise<void> {
    const local = parseConfig({ DYNAMODB_ENDPOINT: env.DYNAMODB_ENDPOINT ?? store!.endpoint, TABLE_NAME: env.TABLE_NAME ?? 'werkpad-wiring' });
    setConfig(aws ? { ...(await lambdaConfig({ TABLE_NAME: local.tableName })), dynamodbEndpoint: local.dynamodbEndpoint } : local);
  }

  const marker = async () =>
    (await documentClient().send(new GetCommand({ TableName: tableName(), Key: REBUILD_MARKER_KEY, ConsistentRead: true }))).Item;

  describe('the rebuild marker (site-rebuild.ts)', () => {
    it('starts one build for a burst, queues requests while it runs, and starts exactly one follow-up when it ends', async () => {
      await useConfig(false);
      const starts: string[] = [];
      const start = async (project: string) => {
        starts.push(project);
        return `build-${starts.length}`;
      };
      const t0 = Date.parse('2026-12-02T10:00:00Z');
      const at = (s: number) => new Date(t0 + s * 1000);

      const burst = await Promise.all([requestRebuild('site', at(0), start), requestRebuild('site', at(0.2), start), requestRebuild('site', at(0.4), start)]);
      expect(burst.filter((o) => o === 'started')).toHaveLength(1);
      expect(burst.filter((o) => o === 'queued')).toHaveLength(2);
      expect(starts).toEqual(['site']);
      expect(await marker()).toMatchObject({ running: true, buildId: 'build-1' });

      expect(await requestRebuild('site', at(30), start)).toBe('queued');
      expect(await requestRebuild('site', at(31), start)).toBe('queued');
      expect(await rebuildFinished('site', at(90), start)).toBe('started');
      expect(starts).toHaveLength(2);

      expect(await rebuildFinished('site', at(180), start)).toBe('idle');
      expect(starts).toHaveLength(2);
      expect(await marker()).toMatchObject({ running: false });
    });

    it('releases the claim when the build cannot start, so the next request tries again', async () => {
      await useConfig(false);
      const now = new Date('2026-12-03T10:00:00Z');
      await rebuildFinished('site', now, async () => 'x');
      const failing = async () => {
        throw new Error('AccountLimitExceededException');
      };
      await expect(requestRebuild('site', now, failing)).rejects.toThrow('AccountLimitExceededException');
      expect(await marker()).toMatchObject({ running: false });
      expect(await requestRebuild('site', new Date(now.getTime() + 1000), async () => 'b')).toBe('started');
    });

    it('lets only the end of the build that holds the claim release it', async () => {
      await useConfig(false);
      const now = new Date('2026-12-05T10:00:00Z');
      await rebuildFinished('site', now, async () => 'x');
      expect(await requestRebuild('site', now, async () => 'site:new-build')).toBe('started');
      const late = 'arn:aws:codebuild:eu-west-1:111122223333:build/site:old-build';
      expect(await rebuildFinished('site', new Date(now.getTime() + 1000), async () => 'y', late)).toBe('queued');
      expect(await marker()).toMatchObject({ running: true, buildId: 'site:new-build' });
      const own = 'arn:aws:codebuild:eu-west-1:111122223333:build/site:new-build';
      expect(await rebuildFinished('site', new Date(now.getTime() + 2000), async () => 'z', own)).toBe('idle');
      expect(await marker()).toMatchObject({ running: false });
    });

    it('takes over a claim whose build never reported back', async () => {
      await useConfig(false);
      const now = new Date('2026-12-04T10:00:00Z');
      await rebuildFinished('site', now, async () => 'x');
      expect(await requestRebuild('site', now, async () => 'a')).toBe('started');
      expect(await requestRebuild('site', new Date(now.getTime() + STALE_MS - 1000), async () => 'b')).toBe('queued');
      expect(await requestRebuild('site', new Date(now.getTime() + STALE_MS + 1000), async () => 'c')).toBe('started');
      expect(await marker()).toMatchObject({ running: true, buildId: 'c' });
    });
  });

  describe('rate counters', () => {
    it('expire by TTL alone on AWS (no expiry-index keys), and through the sweep’s index locally', async () => {
      await useConfig(true);
      const window = 1_796_212_000;
      await hitRateLimit('test', 'aws-subject', window, 60);
      const aws = (await documentClient().send(new GetCommand({ TableName: tableName(), Key: { pk: `RATE#test#aws-subject#${window}`, sk: 'RATE' } }))).Item;
      expect(aws).toMatchObject({ count: 1, expiresAt: window + 120 });
      expect(aws?.gsi2pk).toBeUndefined();

      await useConfig(false);
      await hitRateLimit('test', 'local-subject', window, 60);
      const local = (await documentClient().send(new GetCommand({ TableName: tableName(), Key: { pk: `RATE#test#local-subject#${window}`, sk: 'RATE' } }))).Item;
      expect(local?.gsi2pk).toMatch(/^EXPIRES#/);
    });
  });
});

describe('dependencies', () => {
  it('are built once per settings, and again when the settings change', async () => {
    setConfig(parseConfig({}));
    const first = initiativeDependencies();
    expect(initiativeDependencies()).toBe(first);
    setConfig(await lambdaConfig());
    const onAws = initiativeDependencies();
    expect(onAws).not.toBe(first);
    expect(onAws.publicBaseUrl).toBe('https://werkpad.example.org');
    expect(initiativeDependencies()).toBe(onAws);
  });
});
