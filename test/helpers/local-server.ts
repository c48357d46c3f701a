/**
 * Starts the real local server in-process on a free port, with a fresh data folder and a fixed
 * environment (so a developer's own DYNAMODB_ENDPOINT or PORT cannot leak into a test).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/server.ts';
import { createSiteFixture, type SiteFixture } from './site-fixture.ts';
import { builtSiteDir } from './site-dir.ts';

/** A started server plus its data folder; `stop()` closes both and removes the folder. */
export type TestServer = RunningServer & { dataDir: string; stop: () => Promise<void> };

/** Moderator token of every test server. */
export const TEST_ADMIN_TOKEN = 'test-moderator-token';

/** Starts a server over `siteDir`; extra settings go in `env`; `log` receives the server's log lines (quiet without it). */
export async function startTestServer(
  siteDir: string,
  env: Record<string, string> = {},
  options: { log?: (line: string) => void } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'werkpad-data-'));
  const server = await startServer({
    env: { ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...env },
    port: 0,
    dataDir,
    siteDir,
    ...(options.log ? { log: options.log } : { quiet: true }),
  });
  return {
    ...server,
    dataDir,
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A response as raw bytes, headers untouched (no decompression, no URL normalisation). */
export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/**
 * Sends a request with exactly this path: unlike `fetch`, node:http neither normalises `..` nor
 * decompresses, which the traversal and compression tests need.
 */
export function rawRequest(
  baseUrl: string,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path: rawPath, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Starts a test server over a fresh fixture site for the tests of one file (beforeAll/afterAll)
 * and returns a getter for it.
 */
export function useFixtureServer(env: Record<string, string> = {}): () => TestServer {
  let server: TestServer | undefined;
  let site: SiteFixture | undefined;
  beforeAll(async () => {
    site = createSiteFixture();
    server = await startTestServer(site.siteDir, env);
  });
  afterAll(async () => {
    await server?.stop();
    site?.cleanup();
  });
  return () => server!;
}

/**
 * Starts a test server over the real built site (`dist/` or `WERKPAD_OUT_DIR`) for the tests of one
 * file, for routes that render built pages (the forms). `npm test` builds the site first.
 */
export function useBuiltSiteServer(env: Record<string, string> = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    if (!existsSync(path.join(builtSiteDir, 'index.html'))) {
      throw new Error(`De gebouwde site ontbreekt in ${builtSiteDir}: draai eerst "npm run build" (npm test doet dat zelf).`);
    }
    server = await startTestServer(builtSiteDir, env);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => server!;
}
