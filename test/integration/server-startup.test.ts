import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../functions/config.ts';
import { StoreInUseError } from '../../functions/adapters/dynamodb/embedded-store.ts';
import { PortInUseError, SiteMissingError, startServer } from '../../scripts/server.ts';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';
import { startTestServer, type TestServer } from '../helpers/local-server.ts';

let site: SiteFixture;
let server: TestServer;

beforeAll(async () => {
  site = createSiteFixture();
  server = await startTestServer(site.siteDir);
});

afterAll(async () => {
  await server?.stop();
  site?.cleanup();
});

describe('starting the local server', () => {
  it('tells to build the site when the site folder is missing', async () => {
    const missing = path.join(site.root, 'nog-niet-gebouwd');
    await expect(startServer({ env: {}, port: 0, siteDir: missing, quiet: true })).rejects.toThrow(SiteMissingError);
    await expect(startServer({ env: {}, port: 0, siteDir: missing, quiet: true })).rejects.toThrow(/npm run build.*npm start/);
  });

  it('tells to set PORT when the port is taken', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'werkpad-busy-'));
    try {
      const started = startServer({ env: { ADMIN_TOKEN: 'x' }, port: server.port, dataDir, siteDir: site.siteDir, quiet: true });
      await expect(started).rejects.toThrow(PortInUseError);
      await expect(started).rejects.toThrow(`Poort ${server.port} is al in gebruik`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a second server on the same data folder with a clear message', async () => {
    const started = startServer({ env: { ADMIN_TOKEN: 'x' }, port: 0, dataDir: server.dataDir, siteDir: site.siteDir, quiet: true });
    await expect(started).rejects.toThrow(StoreInUseError);
    // The first server is unharmed.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('stops at a wrong setting, naming it', async () => {
    await expect(startServer({ env: { FORM_MIN_FILL_SECONDS: 'snel' }, port: 0, siteDir: site.siteDir, quiet: true })).rejects.toThrow(ConfigError);
  });

  it('uses the real port in PUBLIC_BASE_URL when started on port 0', () => {
    expect(server.config.publicBaseUrl).toBe(server.url);
    expect(server.url).toBe(`http://localhost:${server.port}`);
  });
});
