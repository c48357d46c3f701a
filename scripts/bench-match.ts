/**
 * Match latency at scale (issue 11): `POST /api/match` against the local server on its embedded
 * store, with 1,000, 10,000 and 100,000 synthetic verified employers (`scripts/seed.ts`), as p50
 * and p95 and their ratios. Targets: p95 at 100,000 at most 3× p95 at 1,000, and at most 150 ms.
 *
 * How it measures:
 *  - a scratch data folder and the real server (`startServer`), so a request goes through HTTP,
 *    the router, the handler, the keyed Queries on dynalite and the scoring, as in `npm start`;
 *  - the store grows in steps (1,000 → 10,000 → 100,000); each step writes the match projection
 *    of the next synthetic employers (the items matching reads, `employer-match-projection.ts`;
 *    `npm run seed` writes the whole register, which takes minutes at 100,000);
 *  - per step, `WARMUP` requests first, then `REQUESTS` requests one after another, each with
 *    another profile from a fixed list drawn like the employers (regions by size, so the largest
 *    regions come up most), so nothing can be served from a cache (there is none, either).
 *
 *   node scripts/bench-match.ts            (or `npm run bench`, which calls `benchMatch`)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { batchPut, matchProjectionItems } from '#adapters/dynamodb/employer-match-projection';
import { languageLevels, offers, skills } from '#contracts/taxonomy';
import { startServer } from './server.ts';
import { random, REGION_WEIGHTS, SECTOR_WEIGHTS, syntheticEmployers, weighted } from './seed.ts';

/** Register sizes measured, in order. */
export const SIZES = [1_000, 10_000, 100_000] as const;
/** Requests measured per size. */
export const REQUESTS = 300;
/** Requests sent before measuring, per size. */
export const WARMUP = 40;
/** The targets of issue 11. */
export const TARGETS = { ratio: 3, p95Ms: 150 } as const;

/** Latency at one register size. */
export type SizeResult = { employers: number; p50: number; p95: number; requests: number; cpuPerRequest: number };
/** What `benchMatch` measured. */
export type MatchBenchResult = { sizes: SizeResult[]; ratio10k: number; ratio100k: number; meetsTargets: boolean };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A fixed list of `count` plausible profiles (the same every run). */
export function benchProfiles(count: number): Record<string, unknown>[] {
  const next = random(0xbe7c4);
  const levels = languageLevels.map((l) => l.id).filter((l) => l !== 'C2');
  return Array.from({ length: count }, () => {
    const sectorCount = next() < 0.15 ? 0 : next() < 0.7 ? 1 : 2;
    const chosen = new Set<string>();
    while (chosen.size < sectorCount) chosen.add(weighted(next, SECTOR_WEIGHTS));
    const pool = skills.filter((s) => s.sectors.some((x) => chosen.has(x)) || (chosen.size === 0 && next() < 0.05));
    const words = Array.from({ length: Math.floor(next() * 5) }, () => {
      const skill = pool[Math.floor(next() * pool.length)];
      return skill ? (next() < 0.5 ? skill.label.nl : (skill.synonyms[0] ?? skill.id)) : 'vakkenvullen';
    });
    const wanted = offers.map((o) => o.id).filter(() => next() < 0.15);
    return {
      region: weighted(next, REGION_WEIGHTS),
      languageLevel: levels[Math.floor(next() * levels.length)],
      ...(chosen.size > 0 ? { sectors: [...chosen] } : {}),
      ...(words.length > 0 ? { skills: words } : {}),
      ...(wanted.length > 0 ? { offers: wanted } : {}),
      ...(next() < 0.5 ? { educationLevel: next() < 0.5 ? 'mbo-2' : 'basis' } : {}),
    };
  });
}

/** Writes the match projection of synthetic employers `from`–`to`, reporting employers done. */
async function fill(from: number, to: number, onProgress: (done: number) => void): Promise<void> {
  const SLICE = 5_000;
  for (let start = from; start < to; start += SLICE) {
    const end = Math.min(to, start + SLICE);
    const items = syntheticEmployers(start, end).flatMap(matchProjectionItems);
    let written = 0;
    await batchPut(items, {
      concurrency: 8,
      onWritten: (n) => {
        written += n;
        onProgress(start + Math.floor(((end - start) * written) / items.length));
      },
    });
  }
}

/** Measures match latency at `sizes`; `say` gets progress and the results table. */
export async function benchMatch(options: { sizes?: readonly number[]; requests?: number; say?: (line: string) => void } = {}): Promise<MatchBenchResult> {
  const sizes = options.sizes ?? SIZES;
  const requests = options.requests ?? REQUESTS;
  const say = options.say ?? ((line: string) => console.log(line));
  const scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-bench-match-'));
  // The built site when there is one (its catalog of practices and schemes); else the handlers read content/.
  const built = process.env.WERKPAD_OUT_DIR ?? 'dist';
  const siteDir = existsSync(path.join(built, 'werk-zoeken', 'catalogus.json')) ? built : path.join(scratch, 'site');
  if (siteDir !== built) mkdirSync(siteDir, { recursive: true });
  const server = await startServer({ port: 0, dataDir: path.join(scratch, 'data'), siteDir, quiet: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  const profiles = benchProfiles(requests + WARMUP);
  const send = async (profile: Record<string, unknown>): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/match`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body: JSON.stringify(profile),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`POST /api/match antwoordde ${response.status} tijdens de meting`);
    return performance.now() - started;
  };

  const results: SizeResult[] = [];
  try {
    let have = 0;
    for (const size of sizes) {
      const started = performance.now();
      let shown = -1;
      await fill(have, size, (done) => {
        const percent = Math.floor((100 * done) / size);
        if (percent >= shown + 10) {
          shown = percent;
          say(`  werkgevers vullen: ${done.toLocaleString('nl-NL')} / ${size.toLocaleString('nl-NL')}`);
        }
      });
      have = size;
      say(`  ${size.toLocaleString('nl-NL')} werkgevers staan klaar (${((performance.now() - started) / 1000).toFixed(1)} s); meten…`);
      for (const profile of profiles.slice(0, WARMUP)) await send(profile);
      const latencies: number[] = [];
      const cpu = process.cpuUsage();
      for (const profile of profiles.slice(WARMUP)) latencies.push(await send(profile));
      const used = process.cpuUsage(cpu);
      latencies.sort((a, b) => a - b);
      results.push({
        employers: size,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        requests: latencies.length,
        cpuPerRequest: (used.user + used.system) / 1000 / latencies.length,
      });
    }
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const first = results[0]!;
  const at = (n: number) => results.find((r) => r.employers === n) ?? results[results.length - 1]!;
  const ratio10k = at(10_000).p95 / first.p95;
  const ratio100k = at(100_000).p95 / first.p95;
  const largest = results[results.length - 1]!;
  const meetsTargets = ratio100k <= TARGETS.ratio && largest.p95 <= TARGETS.p95Ms;
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
  say('');
  say('  werkgevers        p50        p95   p95 / p95 bij 1.000   cpu per verzoek');
  for (const r of results) {
    say(`  ${r.employers.toLocaleString('nl-NL').padStart(9)} ${ms(r.p50)} ${ms(r.p95)}   ${`${(r.p95 / first.p95).toFixed(2)}×`.padStart(19)} ${ms(r.cpuPerRequest)}`);
  }
  // Server, store and client share this process: on a busy machine the wall-clock figures grow, the CPU time per request hardly.
  say(`  (belasting van de machine tijdens de meting: ${loadavg()[0]!.toFixed(1)} over ${availableParallelism()} kernen)`);
  say('');
  say(`  doel: p95 bij ${largest.employers.toLocaleString('nl-NL')} ≤ ${TARGETS.ratio}× p95 bij ${first.employers.toLocaleString('nl-NL')} → ${ratio100k.toFixed(2)}× ${ratio100k <= TARGETS.ratio ? 'gehaald' : 'NIET gehaald'}`);
  say(`  doel: p95 bij ${largest.employers.toLocaleString('nl-NL')} ≤ ${TARGETS.p95Ms} ms → ${largest.p95.toFixed(1)} ms ${largest.p95 <= TARGETS.p95Ms ? 'gehaald' : 'NIET gehaald'}`);
  return { sizes: results, ratio10k, ratio100k, meetsTargets };
}

if (import.meta.main) {
  console.log('\nWerkpad: matchen op schaal (POST /api/match, ingebouwde opslag, zonder resultaatcache)\n');
  const result = await benchMatch();
  process.exitCode = result.meetsTargets ? 0 : 1;
}
