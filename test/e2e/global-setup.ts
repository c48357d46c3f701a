import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/server.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteDir } from '../helpers/site-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Starts the real local server (static site + API + embedded DynamoDB) on a free port for the
 * browser tests. The site is built first when `dist/` is missing (`npm test` builds it once).
 */
export default async function setup(project: TestProject) {
  await chromiumPath();
  if (!existsSync(path.join(builtSiteDir, 'index.html'))) {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('De site kon niet gebouwd worden voor de browsertests.');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'werkpad-e2e-'));
  const server = await startServer({ port: 0, dataDir, siteDir: builtSiteDir, quiet: true });
  project.provide('baseURL', server.url);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
