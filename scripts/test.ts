/**
 * `npm test`: every test tier in one run.
 *  1. finds what the tests need: Chromium (`CHROME_PATH`, a system browser, or the one the optional
 *     npm package `@sparticuz/chromium` ships, so a fresh machine needs nothing but `npm ci`), and
 *     Java with DynamoDB Local (optional; required under CI),
 *  2. builds the site once (the browser tests run against it),
 *  3. starts DynamoDB Local when it is installed, so the data-layer tests also run against it,
 *  4. runs vitest over every project and prints a summary: the time of each tier, the ten slowest
 *     tests and `N passed, N failed, N skipped`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-chromium.ts';
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

let chrome: string;
try {
  const found = await findChromium();
  chrome = found.path;
  console.log(`Chromium: ${found.path} (${found.source})`);
} catch (error) {
  fail((error as Error).message);
}

const dynamo = findDynamoDbLocal();
if ('missing' in dynamo) {
  if (ci) fail(dynamo.missing);
  console.warn(
    `! DynamoDB Local overgeslagen: de data-laagtests draaien alleen tegen de ingebouwde dynalite, niet ook tegen AWS' eigen DynamoDB Local. ${dynamo.missing}`,
  );
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

type FileResult = {
  name: string;
  startTime: number;
  endTime: number;
  assertionResults: { fullName: string; duration?: number | null; status: string }[];
};
type Report = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; testResults: FileResult[] };

/** The tier of a test file: the folder under `test/` (unit, integration, e2e, infra). */
const tierOf = (file: string) => path.relative('test', file).split(path.sep)[0] ?? '?';
const secondsOf = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as Report;
  // Tiers run side by side, so each tier's time is the span from its first file's start to its last file's end.
  const spans = new Map<string, { start: number; end: number; files: number }>();
  for (const file of r.testResults) {
    const tier = tierOf(file.name);
    const span = spans.get(tier) ?? { start: Infinity, end: 0, files: 0 };
    spans.set(tier, { start: Math.min(span.start, file.startTime), end: Math.max(span.end, file.endTime), files: span.files + 1 });
  }
  console.log('\nTime per tier (wall clock, tiers overlap):');
  for (const [tier, span] of [...spans].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${tier.padEnd(12)} ${secondsOf(span.end - span.start).padStart(8)}  (${span.files} files)`);
  }
  const slowest = r.testResults
    .flatMap((file) => file.assertionResults.map((t) => ({ tier: tierOf(file.name), name: t.fullName, ms: t.duration ?? 0 })))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  console.log('\nSlowest ten tests:');
  for (const t of slowest) console.log(`  ${secondsOf(t.ms).padStart(8)}  [${t.tier}] ${t.name}`);
  console.log(`\nSummary (${seconds()}, Chromium: ${chrome}, DynamoDB Local: ${local ? 'ja' : 'nee'}):`);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  if (r.numPassedTests === 0) fail('Er is geen enkele test uitgevoerd.');
}
process.exit(code);
