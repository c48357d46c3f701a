/**
 * `npm run bench`: how fast Werkpad is where it matters, as figures and ratios.
 *  1. the full site build (Astro + Pagefind): time and time per page;
 *  2. the local server under load on loopback: a static page, the health check, creating
 *     submissions — median and p95 latency, requests per second;
 *  3. publication: from approval until the new page is served (DESIGN.md budget: 60 s).
 * Everything runs against this machine only, on a scratch copy; nothing is left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './server.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-bench-'));
const MODERATOR = 'bench-moderator-token-0123456789';
const say = (line: string) => console.log(line);
const ms = (n: number) => `${n.toFixed(1)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name === 'index.html') n++;
  return n;
}

/** Sends `total` requests, `concurrency` at a time; returns sorted latencies and the wall time. */
async function load(total: number, concurrency: number, send: (i: number) => Promise<Response>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const response = await send(i);
        await response.arrayBuffer();
        if (response.status >= 500) throw new Error(`Antwoord ${response.status} tijdens de meting`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { sorted: latencies.sort((a, b) => a - b), wall: performance.now() - started };
}

try {
  say('\nWerkpad benchmark (alles op deze machine)\n');
  say('1/3 Site bouwen…');
  const outDir = path.join(scratch, 'site');
  const t0 = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, WERKPAD_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`De build faalde:\n${build.stderr}`);
  const buildMs = performance.now() - t0;
  const pages = countPages(outDir);

  say('2/3 Server onder belasting…');
  const server = await startServer({
    port: 0,
    dataDir: path.join(scratch, 'data'),
    siteDir: outDir,
    quiet: true,
    rebuild: true,
    env: { ADMIN_TOKEN: MODERATOR, RATE_LIMIT_PER_MINUTE: '0', FORM_MIN_FILL_SECONDS: '0' },
  });
  const get = (p: string) => () => fetch(`${server.url}${p}`, { headers: { 'accept-encoding': 'br' } });
  const body = (i: number) =>
    JSON.stringify({
      title: `Benchmarkproject ${i}`,
      summary: 'Een project om de snelheid van het aanmelden te meten, met genoeg tekst.',
      organisation: 'Stichting Meting',
      regions: ['midden-utrecht'],
      sectors: ['zorg'],
      contact: { name: 'Meet Persoon', email: `meet${i}@example.org` },
      consent: true,
    });
  const runs = {
    'GET / (statische pagina)': await load(500, 10, get('/')),
    'GET /api/health': await load(500, 10, get('/api/health')),
    'POST /api/initiatives': await load(200, 10, (i) =>
      fetch(`${server.url}/api/initiatives`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) }),
    ),
  };

  say('3/3 Publicatie: van goedkeuring tot pagina…');
  const auth = { authorization: `Bearer ${MODERATOR}` };
  const list = (await (await fetch(`${server.url}/api/admin/submissions?limit=1`, { headers: auth })).json()) as { items: { id: string }[] };
  const id = list.items[0]!.id;
  const approvedAt = performance.now();
  await fetch(`${server.url}/api/admin/submissions/${id}/approve`, { method: 'POST', headers: auth });
  let liveMs = Number.NaN;
  while (performance.now() - approvedAt < 120_000) {
    if ((await fetch(`${server.url}/praktijkvoorbeelden/aanmelding-${id}/`)).status === 200) {
      liveMs = performance.now() - approvedAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.close();

  say('\nResultaat');
  say(`  build            ${pages} pagina's in ${(buildMs / 1000).toFixed(1)} s  (${ms(buildMs / pages)} per pagina)`);
  const staticP50 = percentile(runs['GET / (statische pagina)'].sorted, 50);
  for (const [name, run] of Object.entries(runs)) {
    const p50 = percentile(run.sorted, 50);
    const p95 = percentile(run.sorted, 95);
    const rps = (run.sorted.length / run.wall) * 1000;
    say(`  ${name.padEnd(26)} mediaan ${ms(p50).padStart(9)}  p95 ${ms(p95).padStart(9)}  ${rps.toFixed(0).padStart(5)} req/s  (${(p50 / staticP50).toFixed(1)}× statisch)`);
  }
  say(`  publicatie       ${Number.isNaN(liveMs) ? 'NIET live binnen 120 s' : `${(liveMs / 1000).toFixed(1)} s tot de pagina live is`}  (${Number.isNaN(liveMs) ? '-' : ((liveMs / 60_000) * 100).toFixed(0)}% van het budget van 60 s)`);
  say('');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
