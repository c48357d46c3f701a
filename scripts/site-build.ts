/**
 * Builds the site (Astro + Pagefind) against a store, so published submissions become pages.
 * A rebuild goes into a fresh folder next to the live one and is swapped in only when complete:
 * the old site keeps serving until the new one is ready.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Where the build reads published submissions from. */
export type BuildStore = { endpoint: string; tableName: string };

/** Builds into `${siteDir}.next`, then swaps it into `siteDir`; rejects when the build fails. */
export async function buildSite(
  siteDir: string,
  store: BuildStore,
  options: { output?: 'inherit' | 'quiet'; log?: (line: string) => void } = {},
): Promise<void> {
  const next = `${siteDir}.next`;
  const old = `${siteDir}.old`;
  await rm(next, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: options.output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      WERKPAD_OUT_DIR: next,
      DYNAMODB_ENDPOINT: store.endpoint,
      TABLE_NAME: store.tableName,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (code !== 0) {
    await rm(next, { recursive: true, force: true });
    throw new Error(`De site kon niet opnieuw gebouwd worden (exitcode ${code}).\n${output.slice(-2000)}`);
  }
  await rm(old, { recursive: true, force: true });
  if (existsSync(siteDir)) await rename(siteDir, old);
  await rename(next, siteDir);
  await rm(old, { recursive: true, force: true });
  options.log?.(`[werkpad] site opnieuw gebouwd in ${Math.round(performance.now() - started)} ms`);
}
