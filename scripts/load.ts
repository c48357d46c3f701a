/**
 * `npm run load`: mixed traffic against the local server on loopback, the way a public site gets
 * it, and a report of throughput, p50/p99 latency and errors per kind of request.
 *
 *   npm run load                      (60 s at 200 requests/s; the site must be built: npm run build)
 *   npm run load -- --duration 20 --rate 100 --employers 1000
 *
 * The server runs as its own process (so the load generator does not share its event loop), on a
 * scratch data folder seeded with synthetic employers for matching, with the rate limit raised for
 * the run (the limit itself is tested apart: test/integration/api-rate-limit.test.ts). Traffic only
 * goes to 127.0.0.1; every class of request runs at a fixed rate for a fixed time, then stops.
 * A 10-second warm-up at a quarter of the rate comes first: its worst p99 (the cold start, when each
 * file is read and compressed for the first time) is printed apart, its errors count as errors.
 * Targets (issue 14): zero errors and p99 under 250 ms at 200 requests/s on a 2-core machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from './dynamodb-local.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    rate: { type: 'string', default: '200' },
    employers: { type: 'string', default: '1000' },
    site: { type: 'string', default: process.env.WERKPAD_OUT_DIR ?? 'dist' },
  },
});
const duration = Number(args.duration);
const rate = Number(args.rate);
const siteDir = path.resolve(args.site);
if (!existsSync(path.join(siteDir, 'index.html'))) {
  console.error(`De gebouwde site ontbreekt in ${siteDir}. Bouw hem eerst: npm run build`);
  process.exit(1);
}

/** Share of the traffic per kind of request; sums to 1. */
const MIX = { pages: 0.55, search: 0.2, taxonomies: 0.08, submissions: 0.07, match: 0.1 } as const;
/** Targets of issue 14. */
const TARGET_P99_MS = 250;
/** Seconds of lighter traffic before the measured run (not part of the figures, reported apart). */
const WARMUP_S = 10;

const dataDir = mkdtempSync(path.join(tmpdir(), 'werkpad-load-'));
const say = (line: string) => console.log(line);

/** A few real pages of each kind from the built site. */
function samplePages(): string[] {
  const pick = (dir: string, n: number) =>
    existsSync(path.join(siteDir, dir))
      ? readdirSync(path.join(siteDir, dir), { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(path.join(siteDir, dir, e.name, 'index.html')))
          .slice(0, n)
          .map((e) => `/${dir}/${e.name}/`)
      : [];
  return ['/', '/praktijkvoorbeelden/', '/regelingen/', '/zoeken/', '/werkgevers/', ...pick('praktijkvoorbeelden', 6), ...pick('regelingen', 4), ...pick('knelpunten', 2), ...pick('en/praktijkvoorbeelden', 2)];
}

/** The files a first search fetches: the entry, a language index and a few index and fragment chunks. */
function sampleSearchFiles(): string[] {
  const root = path.join(siteDir, 'pagefind');
  const files = (dir: string, n: number) =>
    existsSync(path.join(root, dir)) ? readdirSync(path.join(root, dir)).slice(0, n).map((f) => `/pagefind/${dir}/${f}`) : [];
  return ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', ...files('index', 4), ...files('fragment', 6), ...files('filter', 1)];
}

const initiative = (n: number) =>
  JSON.stringify({
    title: `Belastingproef initiatief ${n}`,
    summary: 'Een initiatief dat tijdens de belastingproef is aangemeld om de schrijfkant van de API te meten.',
    organisation: 'Belastingproef',
    regions: ['twente'],
    sectors: ['bouw'],
    contact: { name: 'Proef Persoon', email: `proef.${n}@example.org` },
    consent: true,
  });
const profiles = [
  { region: 'rijnmond', languageLevel: 'A2', sectors: ['bouw', 'techniek'], skills: ['lassen', 'heftruck'] },
  { region: 'groot-amsterdam', languageLevel: 'B1', sectors: ['zorg'], skills: ['verzorgen'] },
  { region: 'twente', languageLevel: 'A1', offers: ['leerwerkplek'] },
  { region: 'zeeland', languageLevel: 'B2', sectors: ['logistiek', 'horeca'], educationLevel: 'mbo-2' },
].map((p) => JSON.stringify(p));

type Kind = keyof typeof MIX;
function requestsOf(kind: Kind): autocannon.Request[] {
  switch (kind) {
    case 'pages':
      return samplePages().map((p) => ({ method: 'GET', path: p, headers: { 'accept-encoding': 'br, gzip' } }));
    case 'search':
      return sampleSearchFiles().map((p) => ({ method: 'GET', path: p, headers: { 'accept-encoding': 'br, gzip' } }));
    case 'taxonomies':
      return [{ method: 'GET', path: '/api/taxonomies' }];
    case 'submissions':
      return Array.from({ length: 50 }, (_, n) => ({ method: 'POST', path: '/api/initiatives', headers: { 'content-type': 'application/json' }, body: initiative(n) }));
    case 'match':
      return profiles.map((body) => ({ method: 'POST', path: '/api/match', headers: { 'content-type': 'application/json', 'accept-language': 'nl' }, body }));
  }
}

async function waitForHealth(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`De server stopte (code ${child.exitCode}).`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('De server werd niet gezond binnen 60 s.');
}

const port = await freePort();
// The embedded store of the scratch folder, whatever DYNAMODB_ENDPOINT the shell has.
const { DYNAMODB_ENDPOINT: _ignored, ...shell } = process.env;
const env: NodeJS.ProcessEnv = { ...shell, PORT: String(port), DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '100000', WERKPAD_OUT_DIR: siteDir };
let server: ReturnType<typeof spawn> | undefined;
try {
  say(`\nWerkpad belastingproef: ${rate} verzoeken/s gedurende ${duration} s op 127.0.0.1, ${availableParallelism()} kernen\n`);
  say(`1/4 Winkel vullen met ${args.employers} fictieve werkgevers…`);
  const seed = spawnSync(process.execPath, ['scripts/seed.ts', '--employers', args.employers], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (seed.status !== 0) throw new Error('Vullen mislukt; zie hierboven.');

  say('2/4 Server starten (eigen proces)…');
  server = spawn(process.execPath, ['scripts/server.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, server);

  const drive = (seconds: number, share: number) =>
    Promise.all(
      (Object.keys(MIX) as Kind[]).map((kind) =>
        autocannon({
          url,
          title: kind,
          duration: seconds,
          connections: Math.max(2, Math.ceil(MIX[kind] * rate * share * 0.05)),
          overallRate: Math.max(1, Math.round(MIX[kind] * rate * share)),
          requests: requestsOf(kind),
          timeout: 10,
        }),
      ),
    );
  // A just-started server reads, hashes and compresses each file on its first request and compiles
  // its code paths: that start-up is shown on its own line, and the measured run starts warm.
  say(`3/4 Opwarmen: ${WARMUP_S} s op een kwart van het tempo…`);
  const warm = await drive(WARMUP_S, 0.25);
  const coldP99 = Math.max(...warm.map((r) => r.latency.p99));
  const coldErrors = warm.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  say(`   koude start: slechtste p99 ${coldP99} ms, fouten ${coldErrors}`);

  say(`4/4 Belasten: ${Object.entries(MIX).map(([k, share]) => `${k} ${Math.round(share * rate)}/s`).join(', ')}…`);
  const ticker = setInterval(() => process.stdout.write('.'), 5000);
  const results = await drive(duration, 1);
  clearInterval(ticker);

  say('\n');
  say('| soort | verzoeken | per s | p50 | p99 | fouten | niet-2xx |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  let total = 0;
  let errors = 0;
  let worstP99 = 0;
  for (const r of results) {
    const bad = r.errors + r.timeouts + r.non2xx;
    total += r.requests.total;
    errors += bad;
    worstP99 = Math.max(worstP99, r.latency.p99);
    say(`| ${r.title} | ${r.requests.total} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors + r.timeouts} | ${r.non2xx} |`);
  }
  const throughput = total / duration;
  say(`\nIn totaal ${total} verzoeken, ${throughput.toFixed(0)} per seconde; fouten: ${errors} (doel 0); slechtste p99: ${worstP99} ms (doel < ${TARGET_P99_MS} ms).`);
  const met = errors === 0 && coldErrors === 0 && worstP99 < TARGET_P99_MS && throughput >= rate * 0.95;
  say(met ? '✓ Doelen gehaald.' : '✗ Doelen niet gehaald.');
  process.exitCode = met ? 0 : 1;
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
}
