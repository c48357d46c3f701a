/**
 * `npm run seed -- --employers N`: fills the local store with N synthetic, verified employers, so
 * matching and the register can be tried (and measured) at the scale DESIGN.md plans for.
 *
 * The employers are plausible but clearly invented ("Fictief Bouwbedrijf 00042", addresses at
 * example.org, KvK numbers from 90000000 up): spread over the arbeidsmarktregio's roughly by the
 * size of their labour market (the largest holds at most 10 %), about 5 % `landelijk`, with
 * sectors, offers, language and education levels and the skills of their sectors drawn with
 * realistic weights. The same N always gives the same employers (a fixed pseudo-random
 * sequence), so seeding again overwrites instead of adding.
 *
 * They are written through the employer register's own bulk import
 * (`importVerifiedEmployers`): the entry, its audit item, its KvK claim and its match projection.
 *
 *   npm run seed -- --employers 10000            (into $DATA_DIR, default .data)
 *   DYNAMODB_ENDPOINT=http://localhost:8000 npm run seed -- --employers 1000
 *
 * Stop a running `npm start` on the same data folder first (the embedded store is single-user).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { StoredEmployer } from '#contracts/employer';
import { educationLevels, offers, regions, sectors, skills } from '#contracts/taxonomy';
import { seededEmployer } from '#domain/employer-rules';

/** How big each region's labour market is, roughly (relative; `landelijk` is added apart). */
export const REGION_WEIGHTS: Record<string, number> = {
  'groot-amsterdam': 8.6, rijnmond: 8.4, haaglanden: 5.6, 'midden-utrecht': 5.2, 'zuidoost-brabant': 4.0, 'noord-holland-noord': 3.4,
  'west-brabant': 3.4, twente: 3.4, 'midden-gelderland': 3.4, friesland: 3.3, 'noordoost-brabant': 3.3, 'zuid-limburg': 3.2,
  groningen: 3.0, 'holland-rijnland': 3.0, 'regio-zwolle': 2.9, 'stedendriehoek-en-noordwest-veluwe': 2.7, 'rijk-van-nijmegen': 2.7,
  'midden-brabant': 2.5, drenthe: 2.4, 'zuid-kennemerland-en-ijmond': 2.4, flevoland: 2.2, amersfoort: 2.0, foodvalley: 2.0,
  achterhoek: 2.0, zeeland: 1.9, 'zaanstreek-waterland': 1.7, drechtsteden: 1.6, 'helmond-de-peel': 1.6, 'noord-limburg': 1.6,
  'midden-holland': 1.5, 'zuid-holland-centraal': 1.4, 'gooi-en-vechtstreek': 1.3, 'midden-limburg': 1.3, rivierenland: 1.3, gorinchem: 0.7,
};
/** Share of employers that work in the whole country. */
const NATIONAL_SHARE = 0.05;
/** Share of regional employers with a second region (in the same province). */
const SECOND_REGION_SHARE = 0.15;

export const SECTOR_WEIGHTS: Record<string, number> = {
  zorg: 14, logistiek: 9, horeca: 9, detailhandel: 9, techniek: 8, bouw: 8, industrie: 7, schoonmaak: 6, 'zakelijke-dienstverlening': 6,
  transport: 5, onderwijs: 4, kinderopvang: 3, ict: 3, installatietechniek: 3, 'land-en-tuinbouw': 3, overheid: 3, energie: 2, groen: 2,
  'sport-en-recreatie': 2,
};
const OFFER_CHANCE: Record<string, number> = {
  vacature: 0.45, leerwerkplek: 0.35, stage: 0.3, werkervaringsplaats: 0.2, proefplaatsing: 0.18, startbaan: 0.15, mentoring: 0.15,
  'taal-op-de-werkvloer': 0.2, taalbuddy: 0.15,
};
const LANGUAGE_WEIGHTS: Record<string, number> = { A0: 12, A1: 22, A2: 30, B1: 24, B2: 9, C1: 3 };
/** `undefined`: no minimum asked. */
const EDUCATION_WEIGHTS: Record<string, number> = { none: 50, geen: 4, basis: 5, 'mbo-1': 10, 'mbo-2': 15, 'mbo-3': 8, 'mbo-4': 5, hbo: 2, wo: 1 };

/** Company words per sector, for names that say what the (invented) company does. */
const NAME_WORDS: Record<string, string[]> = {
  zorg: ['Zorggroep', 'Thuiszorg', 'Zorgcentrum'], logistiek: ['Distributiecentrum', 'Logistiek', 'Warehousing'],
  horeca: ['Restaurant', 'Hotel', 'Eetcafé'], detailhandel: ['Supermarkt', 'Winkelketen', 'Bouwmarkt'],
  techniek: ['Techniek', 'Machinefabriek', 'Metaal'], bouw: ['Bouwbedrijf', 'Aannemer', 'Renovatie'], industrie: ['Fabriek', 'Productie', 'Verpakkingen'],
  schoonmaak: ['Schoonmaakbedrijf', 'Facilitair', 'Glazenwasserij'], 'zakelijke-dienstverlening': ['Kantoordiensten', 'Administratie', 'Klantcontact'],
  transport: ['Transport', 'Koeriers', 'Vervoer'], onderwijs: ['Scholengroep', 'Opleidingen', 'Taalschool'], kinderopvang: ['Kinderopvang', 'Kinderdagverblijf', 'BSO'],
  ict: ['Software', 'IT-diensten', 'Webbureau'], installatietechniek: ['Installatiebedrijf', 'Installatietechniek', 'Klimaattechniek'],
  'land-en-tuinbouw': ['Kwekerij', 'Tuinderij', 'Agrarisch bedrijf'], overheid: ['Gemeentelijke dienst', 'Uitvoeringsdienst', 'Werkbedrijf'],
  energie: ['Energie', 'Zonnestroom', 'Netwerkbedrijf'], groen: ['Hoveniers', 'Groenvoorziening', 'Boomverzorging'], 'sport-en-recreatie': ['Sportcentrum', 'Recreatiepark', 'Zwembad'],
};

/** A small, fast pseudo-random generator (mulberry32): the same seed, the same sequence. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Draws a key of `weights` in proportion to its weight. */
export function weighted(next: () => number, weights: Record<string, number>): string {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = next() * total;
  for (const [key, w] of entries) {
    x -= w;
    if (x < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

const ID_ALPHABET = 'abcdefghijkmnopqrstuvwxyz23456789';
const provinceOf = new Map(regions.map((r) => [r.id, r.province]));
const skillsBySector = new Map(sectors.map((s) => [s.id, skills.filter((k) => k.sectors.includes(s.id)).map((k) => k.id)]));

// The weights name every term and only known ones, so a new region or sector is never silently left out.
function sameIds(what: string, weights: Record<string, number>, ids: readonly string[]): void {
  const keys = Object.keys(weights);
  if (keys.length !== ids.length || !ids.every((id) => keys.includes(id))) {
    throw new Error(`scripts/seed.ts: de gewichten van ${what} passen niet bij content/reference/.`);
  }
}
sameIds('de regio’s', REGION_WEIGHTS, regions.map((r) => r.id).filter((id) => id !== 'landelijk'));
sameIds('de sectoren', SECTOR_WEIGHTS, sectors.map((s) => s.id));
sameIds('het aanbod', OFFER_CHANCE, offers.map((o) => o.id));
if (!Object.keys(EDUCATION_WEIGHTS).every((k) => k === 'none' || educationLevels.some((e) => e.id === k))) {
  throw new Error('scripts/seed.ts: onbekend opleidingsniveau in de gewichten.');
}

/** Employer `index` (0-based) of the synthetic register: always the same for the same index. */
export function syntheticEmployer(index: number, at: Date): StoredEmployer {
  const next = random(0x5eed + index * 7919);
  let id = '';
  for (let i = 0; i < 16; i++) id += ID_ALPHABET[Math.floor(next() * ID_ALPHABET.length)];

  let employerRegions: string[];
  if (next() < NATIONAL_SHARE) {
    employerRegions = ['landelijk'];
  } else {
    const first = weighted(next, REGION_WEIGHTS);
    employerRegions = [first];
    const neighbours = Object.keys(REGION_WEIGHTS).filter((r) => r !== first && provinceOf.get(r) === provinceOf.get(first));
    if (neighbours.length > 0 && next() < SECOND_REGION_SHARE) employerRegions.push(neighbours[Math.floor(next() * neighbours.length)]!);
  }

  const sectorCount = next() < 0.6 ? 1 : next() < 0.75 ? 2 : 3;
  const employerSectors: string[] = [];
  while (employerSectors.length < sectorCount) {
    const s = weighted(next, SECTOR_WEIGHTS);
    if (!employerSectors.includes(s)) employerSectors.push(s);
  }

  const employerOffers = offers.map((o) => o.id).filter((o) => next() < (OFFER_CHANCE[o] ?? 0));
  if (employerOffers.length === 0) employerOffers.push('vacature');

  const pool = [...new Set(employerSectors.flatMap((s) => skillsBySector.get(s) ?? []))];
  const skillCount = Math.floor(next() * 6);
  const employerSkills: string[] = [];
  while (employerSkills.length < Math.min(skillCount, pool.length)) {
    const skill = pool[Math.floor(next() * pool.length)]!;
    if (!employerSkills.includes(skill)) employerSkills.push(skill);
  }

  const education = weighted(next, EDUCATION_WEIGHTS);
  const words = NAME_WORDS[employerSectors[0]!] ?? ['Bedrijf'];
  const number = String(index + 1).padStart(5, '0');
  return seededEmployer(
    id,
    {
      name: `Fictief ${words[Math.floor(next() * words.length)]} ${number}`,
      kvk: String(90_000_000 + index),
      regions: employerRegions,
      sectors: employerSectors,
      offers: employerOffers,
      languageLevel: weighted(next, LANGUAGE_WEIGHTS) as StoredEmployer['employer']['languageLevel'],
      ...(education === 'none' ? {} : { educationLevel: education }),
      ...(employerSkills.length > 0 ? { skills: employerSkills } : {}),
      description: 'Een verzonnen werkgever om Werkpad mee uit te proberen. Dit bedrijf bestaat niet.',
      contact: { name: `Contactpersoon ${number}`, email: `werkgever-${number}@example.org` },
    },
    at,
  );
}

/** Synthetic employers `from` (inclusive) to `to` (exclusive). */
export function syntheticEmployers(from: number, to: number, at = new Date('2026-11-01T09:00:00.000Z')): StoredEmployer[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => syntheticEmployer(from + i, at));
}

/** Share of employers per region (an employer in two regions counts in both), largest first. */
export function regionShares(list: readonly StoredEmployer[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of list) for (const r of e.employer.regions) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].map(([r, n]) => [r, n / list.length] as [string, number]).sort((a, b) => b[1] - a[1]);
}

/**
 * Writes synthetic employers `from`–`to` through `importVerifiedEmployers`, in slices so memory
 * stays flat; `onProgress` hears the employers written so far.
 */
export async function seedEmployers(from: number, to: number, onProgress?: (written: number, total: number) => void): Promise<void> {
  const { importVerifiedEmployers } = await import('#adapters/dynamodb/employers-repository');
  const SLICE = 2_000;
  for (let start = from; start < to; start += SLICE) {
    const end = Math.min(to, start + SLICE);
    const list = syntheticEmployers(start, end);
    await importVerifiedEmployers(list, ({ written, total }) => onProgress?.(start - from + Math.floor(((end - start) * written) / total), to - from), {
      concurrency: 8,
    });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { employers: { type: 'string' } }, allowPositionals: false });
  const count = Number(values.employers);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    console.error('Gebruik: npm run seed -- --employers N   (N van 1 tot en met 1000000)');
    process.exit(2);
  }
  const { parseConfig, setConfig } = await import('#config');
  const { ensureTables, closeClients } = await import('#adapters/dynamodb/client');
  const { startEmbeddedStore } = await import('#adapters/dynamodb/embedded-store');
  let config = parseConfig(process.env);
  const store = config.dynamodbEndpoint ? undefined : await startEmbeddedStore(path.join(config.dataDir, 'dynamodb'));
  if (store) config = { ...config, dynamodbEndpoint: store.endpoint };
  setConfig(config);
  try {
    await ensureTables();
    const started = performance.now();
    console.log(`${count.toLocaleString('nl-NL')} fictieve werkgevers naar ${store ? path.join(config.dataDir, 'dynamodb') : config.dynamodbEndpoint}…`);
    let shown = -1;
    await seedEmployers(0, count, (written, total) => {
      const percent = Math.floor((100 * written) / total);
      if (percent === shown) return;
      shown = percent;
      const line = `  ${written.toLocaleString('nl-NL')} / ${total.toLocaleString('nl-NL')} werkgevers (${percent} %)`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else if (percent % 10 === 0) console.log(line);
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    const largest = regionShares(syntheticEmployers(0, Math.min(count, 20_000)))[0];
    console.log(`Klaar in ${((performance.now() - started) / 1000).toFixed(1)} s. Grootste regio: ${largest?.[0]} (${((largest?.[1] ?? 0) * 100).toFixed(1)} %).`);
  } finally {
    closeClients();
    await store?.close();
  }
}

if (import.meta.main) await main();
