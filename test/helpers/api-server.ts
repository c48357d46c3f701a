/**
 * The set-up of an API test file: a local test server over a fresh fixture site (started before
 * the file's tests, stopped after), a JSON client for it, the server's log lines, and a count of
 * the "published set changed" signals the use cases give (where a rebuild would be asked for).
 */
import { afterAll, beforeAll } from 'vitest';
import { configureInitiativeDependencies } from '../../functions/handlers/dependencies.ts';
import { apiClient, type ApiClient } from './api-client.ts';
import { startTestServer, type TestServer } from './local-server.ts';
import { createSiteFixture, type SiteFixture } from './site-fixture.ts';

/** What `useApiServer` gives a test file; read its fields inside tests (they exist from `beforeAll`). */
export type ApiServer = {
  readonly server: TestServer;
  readonly api: ApiClient;
  readonly logLines: readonly string[];
  readonly publishedChanges: number;
};

/** Starts the server with `env` (creating requests unlimited unless `env` says otherwise). */
export function useApiServer(env: Record<string, string> = {}): ApiServer {
  let site: SiteFixture | undefined;
  let server: TestServer | undefined;
  let api: ApiClient | undefined;
  const logLines: string[] = [];
  let publishedChanges = 0;
  let restore = () => {};

  beforeAll(async () => {
    site = createSiteFixture();
    server = await startTestServer(site.siteDir, { RATE_LIMIT_PER_MINUTE: '0', ...env }, { log: (line) => logLines.push(line) });
    api = apiClient(server.url);
    restore = configureInitiativeDependencies({ onPublishedChanged: () => void publishedChanges++ });
  });
  afterAll(async () => {
    restore();
    await server?.stop();
    site?.cleanup();
  });

  return {
    get server() {
      return server!;
    },
    get api() {
      return api!;
    },
    logLines,
    get publishedChanges() {
      return publishedChanges;
    },
  };
}
