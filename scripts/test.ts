/**
 * `npm test`: every test tier in one run.
 *  1. checks what the tests need (Chromium; under CI also Java and DynamoDB Local),
 *  2. builds the site once (the browser tests run against it),
 *  3. starts DynamoDB Local when it is installed, so the data-layer tests also run against it,
 *  4. runs vitest over the unit, integration and e2e projects and prints a summary.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findDynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const say = (message: string) => console.log(`\n[werkpad test ${seconds()}] ${message}`);

function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

const [major] = process.versions.node.split('.').map(Number);
if (major! < 24) fail(`Node.js 24 of nieuwer nodig, dit is ${process.version}.`);

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) fail(`Chromium niet gevonden op ${chrome}: apt-get install -y chromium, of zet CHROME_PATH.`);

const dynamo = findDynamoDbLocal();
if ('missing' in dynamo) {
  if (ci) fail(dynamo.missing);
  console.warn(`! ${dynamo.missing}\n! De data-laagtests draaien nu alleen tegen de ingebouwde dynalite.`);
}

say('Site bouwen (astro build + Pagefind)…');
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) fail('De build faalde; zie de melding hierboven.');

let local: Awaited<ReturnType<typeof startDynamoDbLocal>> | undefined;
if ('jar' in dynamo) {
  say('DynamoDB Local starten…');
  local = await startDynamoDbLocal(dynamo.jar);
  console.log(`DynamoDB Local luistert op ${local.endpoint}`);
}

say('Tests draaien (unit, integration, e2e)…');
const report = 'node_modules/.cache/werkpad-test-report.json';
rmSync(report, { force: true });
const vitest = spawn(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, ...(local ? { DYNAMODB_LOCAL_ENDPOINT: local.endpoint } : {}) },
  },
);
const code: number = await new Promise((resolve) => vitest.on('exit', (c) => resolve(c ?? 1)));
await local?.stop();

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  console.log(`\nSummary (${seconds()}, DynamoDB Local: ${local ? 'ja' : 'nee'}):`);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  if (r.numPassedTests === 0) fail('Er is geen enkele test uitgevoerd.');
}
process.exit(code);
