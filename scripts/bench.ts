/**
 * `npm run bench`: how fast Werkpad is where it matters, as figures, ratios and targets, gathered
 * into `bench/results.json` and `bench/results.md`.
 *  1. site builds: the real content, and 1,000 and 10,000 synthetic praktijkvoorbeelden, each side
 *     by side with a bare Astro + Pagefind build of the same markdown (the ratio);
 *  2. search: Pagefind bytes a first and a later query transfer at 10,000 pages (real Chromium);
 *  3. each handler's import time in a fresh Node process (the bundles the CDK app deploys);
 *  4. the latency of every API route on the local server;
 *  5. match latency at 1,000, 10,000 and 100,000 employers (`scripts/bench-match.ts`);
 *  6. publication: from approval until the new page is served (DESIGN.md budget: 60 s).
 * Everything runs on this machine, on scratch copies; nothing is left behind but the results.
 *
 *   npm run bench                             (everything; about 15–25 minutes on 2 cores)
 *   npm run bench -- --only builds,routes     (some sections; names as above)
 *   npm run bench -- --sizes 1000             (smaller synthetic builds)
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { routeDefinitions } from '#handlers/routes';
import { benchMatch, TARGETS as MATCH_TARGETS } from './bench-match.ts';
import { bundleHandlers, deployedHandlerModules } from './bundle-handlers.ts';
import { findChromium } from './find-chromium.ts';
import { startServer } from './server.ts';

const SECTIONS = ['builds', 'search', 'imports', 'routes', 'match', 'publication'] as const;
type Section = (typeof SECTIONS)[number];
const { values: args } = parseArgs({
  options: { only: { type: 'string' }, sizes: { type: 'string', default: '1000,10000' } },
});
const only = new Set((args.only?.split(',') ?? SECTIONS) as Section[]);
const sizes = args.sizes!.split(',').map(Number);

/** The targets of issue 14 (and DESIGN.md's publication budget). */
const TARGETS = { pagesPerSecond: 150, buildRatio: 1.5, firstSearchKb: 100, laterSearchKb: 10, importMs: 150, publicationS: 60 };

const root = process.cwd();
const scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-bench-'));
const MODERATOR = 'bench-moderator-token-0123456789';
const started = performance.now();
const execFileAsync = promisify(execFile);
const say = (line: string) => console.log(line);
const step = (line: string) => say(`\n[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`);
const ms = (n: number) => `${n.toFixed(1)} ms`;

const results: Record<string, unknown> = { date: new Date().toISOString(), cores: availableParallelism(), node: process.version, targets: TARGETS };
const table: string[][] = [];
const row = (what: string, figure: string, target: string, met: boolean | undefined) =>
  table.push([what, figure, target, met === undefined ? '' : met ? '✓' : '✗']);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name === 'index.html') n++;
  return n;
}

/** Runs a command with progress dots; throws with its output when it fails. */
function timed(command: string, argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): number {
  const t0 = performance.now();
  const run = spawnSync(command, argv, { cwd: options.cwd ?? root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${path.basename(argv[0] ?? command)} faalde:\n${(run.stderr || run.stdout).slice(-3000)}`);
  return performance.now() - t0;
}

// ---------- 1. builds ----------

/** A content folder: the real one, plus `n` synthetic praktijkvoorbeelden. */
function syntheticContent(n: number): string {
  const dir = path.join(scratch, `content-${n}`);
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  const regions = ['twente', 'rijnmond', 'groot-amsterdam', 'midden-utrecht', 'groningen', 'zeeland'];
  const sectors = ['bouw', 'zorg', 'techniek', 'logistiek', 'horeca', 'onderwijs'];
  const words = 'statushouders leren werken taal vak begeleiding werkgever gemeente regio opleiding praktijk collega mentor traject kans'.split(' ');
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: 180 }, (_, w) => words[(i * 7 + w * 3) % words.length]).join(' ');
    writeFileSync(
      path.join(dir, 'praktijkvoorbeelden', `synthetisch-${String(i).padStart(5, '0')}.md`),
      [
        '---',
        `title: Synthetisch voorbeeld ${words[i % words.length]} ${i}`,
        `summary: Een verzonnen voorbeeld om de build te meten, over ${words[(i + 3) % words.length]} en ${words[(i + 5) % words.length]}.`,
        'organisations:\n  - Meetorganisatie',
        `regions:\n  - ${regions[i % regions.length]}`,
        `sectors:\n  - ${sectors[i % sectors.length]}`,
        `actionLines:\n  - ${(i % 4) + 1}`,
        'sources:\n  - id: meting\n    title: Synthetische meetgegevens\n    publisher: Werkpad\n    url: https://werkpad.example.nl/meting',
        'lastVerified: 2026-12-01',
        '---',
        '',
        `## Wat er gebeurt\n\n${text}\n\n## Wat het oplevert\n\n${text.split(' ').reverse().join(' ')}\n`,
      ].join('\n'),
    );
  }
  return dir;
}

/** A bare Astro project that renders every markdown file of `contentDir` once, then Pagefind. */
function bareProject(contentDir: string): string {
  const dir = path.join(scratch, `bare-${path.basename(contentDir)}`);
  mkdirSync(path.join(dir, 'src', 'pages', '[collection]'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n");
  const collections = ['praktijkvoorbeelden', 'regelingen', 'lessen', 'knelpunten', 'begrippen'];
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n${collections
      .map((c) => `  '${c}': defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(path.join(contentDir, c))} }) }),`)
      .join('\n')}\n};\n`,
  );
  writeFileSync(
    path.join(dir, 'src', 'pages', '[collection]', '[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const names = ${JSON.stringify(collections)};\n  const all = [];\n  for (const c of names) for (const entry of await getCollection(c)) all.push({ params: { collection: c, id: entry.id }, props: { entry } });\n  return all;\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="nl"><head><meta charset="utf-8"><title>{entry.data.title ?? entry.data.term ?? entry.id}</title></head><body><main data-pagefind-body><h1>{entry.data.title ?? entry.data.term ?? entry.id}</h1><p>{entry.data.summary}</p><Content /></main></body></html>\n`,
  );
  return dir;
}

type BuildResult = { label: string; pages: number; ms: number; barePages: number; bareMs: number };

function benchBuild(label: string, contentDir: string | undefined): BuildResult {
  const outDir = path.join(scratch, `site-${label}`);
  step(`Build ${label}: Werkpad (Astro + Pagefind)…`);
  const ours = timed(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    env: { WERKPAD_OUT_DIR: outDir, ...(contentDir ? { WERKPAD_CONTENT_DIR: contentDir } : {}) },
  });
  const pages = countPages(outDir);
  say(`  ${pages} pagina's in ${(ours / 1000).toFixed(1)} s`);
  step(`Build ${label}: kale Astro + Pagefind van dezelfde markdown…`);
  const bare = bareProject(contentDir ?? path.join(root, 'content'));
  const astroMs = timed(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bare });
  const pagefindMs = timed(process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist', '--silent'], { cwd: bare });
  const barePages = countPages(path.join(bare, 'dist'));
  say(`  ${barePages} pagina's in ${((astroMs + pagefindMs) / 1000).toFixed(1)} s`);
  if (label !== '10000') rmSync(outDir, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
  return { label, pages, ms: ours, barePages, bareMs: astroMs + pagefindMs };
}

// ---------- 2. search bytes ----------

async function searchBytes(siteDir: string): Promise<{ firstKb: number; laterKb: number }> {
  const { chromium } = await import('playwright-core');
  const server = await startServer({ port: 0, dataDir: path.join(scratch, 'search-data'), siteDir, quiet: true });
  const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
  try {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await page.goto('/zoeken/');
    let bytes = 0;
    page.on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      void request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
    });
    const query = async (q: string) => {
      bytes = 0;
      await page.fill('input[type="search"]', q);
      await page.keyboard.press('Enter');
      await page.locator('#search-results a').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      return bytes / 1024;
    };
    const firstKb = await query('begeleiding');
    const laterKb = await query('werkgever');
    return { firstKb, laterKb };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------- 3. handler imports ----------

const SIGNING_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:werkpad-bench-AbCdEf';
const ORIGIN_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:werkpad-origin-AbCdEf';
let fakeAwsUrl = '';

/** The settings a function has on Lambda, with AWS on loopback (a cold start reads its secrets). */
function lambdaEnv(module: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_LAMBDA_FUNCTION_NAME: `werkpad-${module}`,
    TABLE_NAME: 'werkpad-bench',
    PUBLIC_BASE_URL: 'https://werkpad.example.org',
    MAIL_FROM: 'no-reply@werkpad.example.org',
    SIGNING_KEY_SECRET_ARN: SIGNING_ARN,
    ORIGIN_VERIFY_SECRET_ARN: ORIGIN_ARN,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: fakeAwsUrl,
    AWS_ENDPOINT_URL_SESV2: fakeAwsUrl,
    SITE_URL: 'https://werkpad.example.org',
    POWERTOOLS_METRICS_NAMESPACE: 'WerkpadBench',
  };
}

async function handlerImports() {
  // Inside the project, so the AWS SDK that the Lambda runtime provides resolves from node_modules.
  const cache = path.join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true }); // absent on a fresh clone that has not run the tests yet
  const dir = mkdtempSync(path.join(cache, 'werkpad-bench-bundles-'));
  // A cold start reads its secrets; a stand-in for Secrets Manager on loopback answers them.
  const { startFakeAws } = await import('../test/infra/support/fake-aws.ts');
  const fake = await startFakeAws({ [SIGNING_ARN]: 's'.repeat(48), [ORIGIN_ARN]: 'o'.repeat(48) }, () => undefined);
  fakeAwsUrl = fake.url;
  try {
    return await timedImports(dir);
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The AWS SDK packages the bundles leave to the Lambda runtime (loaded first for the "own code" figure). */
const RUNTIME_SDK = ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-secrets-manager'];

async function timedImports(dir: string) {
  const bundles = await bundleHandlers(await deployedHandlerModules(), dir);
  const out: { module: string; kb: number; ms: number; ownMs: number }[] = [];
  // Each in a fresh process, as a cold start, the median of three: `ms` from before the import to
  // after it, the runtime's AWS SDK included; `ownMs` the same with that SDK already loaded, so
  // what the bundle itself costs. Asynchronous, so the stand-in for AWS in this process can answer.
  const median = async (code: string, module: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: lambdaEnv(module), cwd: root });
      runs.push(Number(stdout.trim().split('\n').at(-1)));
    }
    return runs.sort((x, y) => x - y)[1]!;
  };
  for (const b of bundles) {
    const bundle = JSON.stringify(path.join(b.dir, 'index.mjs'));
    const ms = await median(`const t=performance.now();await import(${bundle});console.log(performance.now()-t)`, b.module);
    const sdk = RUNTIME_SDK.map((name) => `await import(${JSON.stringify(name)});`).join('');
    const ownMs = await median(`${sdk}const t=performance.now();await import(${bundle});console.log(performance.now()-t)`, b.module);
    out.push({ module: b.module, kb: b.bytes / 1024, ms, ownMs });
  }
  return out;
}

// ---------- 4. route latency ----------

async function routeLatencies(siteDir: string) {
  const server = await startServer({
    port: 0,
    dataDir: path.join(scratch, 'routes-data'),
    siteDir,
    quiet: true,
    env: { ADMIN_TOKEN: MODERATOR, RATE_LIMIT_PER_MINUTE: '0', FORM_MIN_FILL_SECONDS: '0' },
  });
  try {
    const json = (body: unknown) => ({ 'content-type': 'application/json', body: JSON.stringify(body) });
    const initiative = (i: number) => ({
      title: `Benchmarkproject ${i}`,
      summary: 'Een project om de snelheid van het aanmelden te meten, met genoeg tekst.',
      organisation: 'Stichting Meting',
      regions: ['midden-utrecht'],
      sectors: ['zorg'],
      contact: { name: 'Meet Persoon', email: `meet${i}@example.org` },
      consent: true,
    });
    const employer = (i: number) => ({
      name: `Meetbedrijf ${i}`,
      kvk: String(70_000_000 + i),
      regions: ['twente'],
      sectors: ['bouw'],
      offers: ['leerwerkplek'],
      languageLevel: 'A2',
      contact: { name: 'Meet Persoon', email: `werk${i}@example.org` },
      consent: true,
    });
    const first = await fetch(`${server.url}/api/initiatives`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(initiative(-1)) });
    const id = ((await first.json()) as { id: string }).id;
    const requests: Record<string, (i: number) => RequestInit & { path: string }> = {
      'GET /api/health': () => ({ path: '/api/health' }),
      'GET /api/taxonomies': () => ({ path: '/api/taxonomies' }),
      'GET /api/openapi.json': () => ({ path: '/api/openapi.json' }),
      'POST /api/initiatives': (i) => ({ path: '/api/initiatives', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(initiative(i)) }),
      'POST /api/initiatives/manage': () => ({ path: '/api/initiatives/manage', method: 'POST', ...withHeaders(json({ token: 'x'.repeat(43) })) }),
      'GET /api/admin/submissions': () => ({ path: '/api/admin/submissions?status=pending&limit=20', headers: { authorization: `Bearer ${MODERATOR}` } }),
      'GET /api/admin/submissions/{id}': () => ({ path: `/api/admin/submissions/${id}`, headers: { authorization: `Bearer ${MODERATOR}` } }),
      'POST /api/employers': (i) => ({ path: '/api/employers', method: 'POST', ...withHeaders(json(employer(i))) }),
      'GET /api/employers': () => ({ path: '/api/employers?region=twente&limit=20' }),
      'POST /api/employers/verify': () => ({ path: '/api/employers/verify', method: 'POST', ...withHeaders(json({ token: 'y'.repeat(43) })) }),
      'POST /api/employers/link': () => ({ path: '/api/employers/link', method: 'POST', ...withHeaders(json({ kvk: '70000001', email: 'werk1@example.org' })) }),
      'GET /api/admin/employers': () => ({ path: '/api/admin/employers?status=unverified&limit=20', headers: { authorization: `Bearer ${MODERATOR}` } }),
      'POST /api/match': (i) => ({ path: '/api/match', method: 'POST', ...withHeaders(json({ region: ['twente', 'rijnmond', 'zeeland'][i % 3], languageLevel: 'A2', sectors: ['bouw'] })) }),
    };
    const out: { route: string; p50: number; p95: number }[] = [];
    for (const [route, make] of Object.entries(requests)) {
      if (!routeDefinitions.some((r) => `${r.method} ${r.path}` === route)) continue;
      const latencies: number[] = [];
      for (let i = 0; i < 120; i++) {
        const { path: p, ...init } = make(i);
        const t0 = performance.now();
        const res = await fetch(`${server.url}${p}`, init);
        await res.arrayBuffer();
        if (res.status >= 500) throw new Error(`${route} antwoordde ${res.status}`);
        if (i >= 20) latencies.push(performance.now() - t0);
      }
      latencies.sort((a, b) => a - b);
      out.push({ route, p50: percentile(latencies, 50), p95: percentile(latencies, 95) });
      say(`  ${route.padEnd(34)} p50 ${ms(percentile(latencies, 50)).padStart(9)}  p95 ${ms(percentile(latencies, 95)).padStart(9)}`);
    }
    return out;
  } finally {
    await server.close();
  }
}

function withHeaders(x: { 'content-type': string; body: string }): RequestInit {
  return { headers: { 'content-type': x['content-type'] }, body: x.body };
}

// ---------- 6. publication ----------

async function publicationSeconds(siteDir: string): Promise<number> {
  const copy = path.join(scratch, 'publication-site');
  cpSync(siteDir, copy, { recursive: true });
  const server = await startServer({
    port: 0,
    dataDir: path.join(scratch, 'publication-data'),
    siteDir: copy,
    quiet: true,
    rebuild: true,
    env: { ADMIN_TOKEN: MODERATOR, RATE_LIMIT_PER_MINUTE: '0' },
  });
  try {
    const auth = { authorization: `Bearer ${MODERATOR}` };
    const res = await fetch(`${server.url}/api/initiatives`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Publicatiemeting',
        summary: 'Een project om te meten hoe snel een goedgekeurde aanmelding live staat.',
        organisation: 'Stichting Meting',
        regions: ['midden-utrecht'],
        sectors: ['zorg'],
        contact: { name: 'Meet Persoon', email: 'publicatie@example.org' },
        consent: true,
      }),
    });
    const { id } = (await res.json()) as { id: string };
    const approvedAt = performance.now();
    await fetch(`${server.url}/api/admin/submissions/${id}/approve`, { method: 'POST', headers: auth });
    while (performance.now() - approvedAt < 180_000) {
      if ((await fetch(`${server.url}/praktijkvoorbeelden/aanmelding-${id}/`)).status === 200) return (performance.now() - approvedAt) / 1000;
      await new Promise((r) => setTimeout(r, 200));
    }
    return Number.NaN;
  } finally {
    await server.close();
  }
}

// ---------- run ----------

async function main() {
  const builds: BuildResult[] = [];
  const realSite = path.join(scratch, 'site-real');
  const needsRealSite = only.has('search') || only.has('routes') || only.has('publication') || only.has('builds');
  if (needsRealSite) {
    step('Build van de echte inhoud…');
    const t = timed(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { env: { WERKPAD_OUT_DIR: realSite } });
    const pages = countPages(realSite);
    say(`  ${pages} pagina's in ${(t / 1000).toFixed(1)} s`);
    if (only.has('builds')) {
      const bare = bareProject(path.join(root, 'content'));
      const bareMs =
        timed(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bare }) +
        timed(process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist', '--silent'], { cwd: bare });
      builds.push({ label: 'echt', pages, ms: t, barePages: countPages(path.join(bare, 'dist')), bareMs });
      rmSync(bare, { recursive: true, force: true });
    }
  }
  if (only.has('builds') || only.has('search')) {
    for (const n of only.has('builds') ? sizes : [10_000]) {
      step(`Synthetische inhoud: ${n} praktijkvoorbeelden erbij…`);
      builds.push(benchBuild(String(n), syntheticContent(n)));
    }
  }
  for (const b of builds) {
    const perSecond = b.pages / (b.ms / 1000);
    const ratio = b.ms / b.bareMs;
    row(`build ${b.label}: ${b.pages} pagina's`, `${(b.ms / 1000).toFixed(1)} s, ${perSecond.toFixed(0)} pagina's/s`, b.label === '10000' ? `≥ ${TARGETS.pagesPerSecond} pagina's/s` : '', b.label === '10000' ? perSecond >= TARGETS.pagesPerSecond : undefined);
    row(`build ${b.label}: ten opzichte van kale Astro + Pagefind (${b.barePages} pagina's, ${(b.bareMs / 1000).toFixed(1)} s)`, `${ratio.toFixed(2)}×`, `≤ ${TARGETS.buildRatio}×`, ratio <= TARGETS.buildRatio);
  }
  if (builds.length) results.builds = builds;

  if (only.has('search')) {
    step('Zoeken: Pagefind-bytes bij 10.000 pagina’s (Chromium)…');
    const site10k = path.join(scratch, 'site-10000');
    const search = await searchBytes(existsSync(site10k) ? site10k : realSite);
    results.search = search;
    row('zoeken: eerste zoekvraag', `${search.firstKb.toFixed(1)} kB`, `≤ ${TARGETS.firstSearchKb} kB`, search.firstKb <= TARGETS.firstSearchKb);
    row('zoeken: volgende zoekvraag', `${search.laterKb.toFixed(1)} kB`, `≤ ${TARGETS.laterSearchKb} kB`, search.laterKb <= TARGETS.laterSearchKb);
  }

  if (only.has('imports')) {
    step('Handlers bundelen en elk in een vers Node-proces importeren…');
    const imports = await handlerImports();
    results.imports = imports;
    say('  bundel                          grootte   met AWS SDK   eigen code');
    for (const i of imports) say(`  ${i.module.padEnd(30)} ${i.kb.toFixed(0).padStart(5)} kB  ${ms(i.ms).padStart(11)}  ${ms(i.ownMs).padStart(10)}`);
    const worst = imports.reduce((a, b) => (b.ownMs > a.ownMs ? b : a));
    row(`import van een handler, eigen code (traagste: ${worst.module}, ${imports.length} bundels)`, ms(worst.ownMs), `≤ ${TARGETS.importMs} ms`, worst.ownMs <= TARGETS.importMs);
    const slowest = imports.reduce((a, b) => (b.ms > a.ms ? b : a));
    row(`import met de AWS SDK van de runtime (traagste: ${slowest.module})`, ms(slowest.ms), '', undefined);
  }

  if (only.has('routes')) {
    step('Latentie van elke API-route…');
    const routes = await routeLatencies(realSite);
    results.routes = routes;
    for (const r of routes) row(`route ${r.route}`, `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}`, '', undefined);
  }

  if (only.has('match')) {
    step('Match-latentie bij 1.000, 10.000 en 100.000 werkgevers…');
    const match = await benchMatch({ say });
    results.match = match;
    for (const s of match.sizes) row(`match bij ${s.employers} werkgevers`, `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}`, s.employers === 100_000 ? `p95 ≤ ${MATCH_TARGETS.p95Ms} ms` : '', s.employers === 100_000 ? s.p95 <= MATCH_TARGETS.p95Ms : undefined);
    row('match: p95 bij 100.000 / p95 bij 1.000', `${match.ratio100k.toFixed(2)}×`, `≤ ${MATCH_TARGETS.ratio}×`, match.ratio100k <= MATCH_TARGETS.ratio);
  }

  if (only.has('publication')) {
    step('Publicatie: van goedkeuring tot pagina…');
    const seconds = await publicationSeconds(realSite);
    results.publicationSeconds = seconds;
    row('publicatie: goedkeuring tot live pagina', Number.isNaN(seconds) ? 'niet binnen 180 s' : `${seconds.toFixed(1)} s`, `≤ ${TARGETS.publicationS} s`, seconds <= TARGETS.publicationS);
  }

  const markdown = [
    `# Werkpad benchmark, ${new Date().toISOString().slice(0, 16)} UTC, ${availableParallelism()} kernen, Node ${process.version}`,
    '',
    '| meting | uitkomst | doel | |',
    '| --- | --- | --- | --- |',
    ...table.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench', 'results.md'), markdown);
  say(`\n${markdown}`);
  say(`Opgeslagen in bench/results.json en bench/results.md (${((performance.now() - started) / 60_000).toFixed(1)} min).`);
}

try {
  await main();
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
