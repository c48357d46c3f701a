/**
 * Where matching looks for employers: which partitions of the match projection a profile reads
 * and how many items from each, so that a request costs about the same at 1,000 and at 100,000
 * employers (DESIGN.md, "Employer register and matching at scale"). Pure; the repository
 * (`adapters/dynamodb/match-candidates-repository.ts`) runs the plan as keyed Queries.
 *
 * The projection (PLAN.md) has one item per verified employer per (region, sector) in partition
 * `MATCH#<region>#<sector>`, sorted by `<languageLevel>#<employerId>`. A plan:
 *  1. Sectors: the ones the profile names; when it names none, the sectors of its skills (the
 *     `MAX_DERIVED_SECTORS` most named); when it has neither, every sector (a thin slice of each).
 *  2. Tiers per sector: the profile's own region and `landelijk` (employers that work
 *     everywhere) first. Only when those give fewer than `MAX_RESULTS` employers, the other
 *     regions of the same province (they score partly) are read in a second step: in a register
 *     of any size the own region fills the list, and each extra Query costs as much as a few
 *     hundred items, so a request does not pay for partitions whose employers cannot rank.
 *  3. Language reach: only employers whose minimum is at most one level above the candidate's
 *     (one level short still counts partly where the employer helps with the language): the key
 *     condition `sk < "<the level after that>"`, so items out of reach are never read.
 *  4. A budget: at most `MAX_ITEMS_PER_REQUEST` items in the first step, shared by the tiers
 *     (`TIER_SHARES`) and within a tier equally by its partitions (at least
 *     `MIN_ITEMS_PER_PARTITION` each); the province step has `PROVINCE_ITEMS` of its own. Each
 *     item read costs roughly 25 µs of CPU in the embedded store and the SDK, each Query about a
 *     millisecond, so 700 items keep a request at 100,000 employers within a few times the cost
 *     of one at 1,000. A partition larger than its share is read from the start of its sort
 *     order: employers asking the least Dutch first, then by id — a fixed slice, so the same
 *     profile reads the same employers. In a small register every partition fits its share
 *     and the ranking is exact; in a large one the slice is a sample of equally reachable
 *     employers, ranked by the same rules.
 * The number of Queries is bounded too: 2 × sectors in the first step (2 × 19 at most, for a
 * profile with neither sectors nor skills), and at most `MAX_PROVINCE_READS` in the second.
 */
import type { MatchProfile } from './matching.ts';
import { languageLevelOrder } from './matching.ts';

/** Items read per request at most, over all partitions. */
export const MAX_ITEMS_PER_REQUEST = 700;
/** A partition read gets at least this many items, however many partitions share the budget. */
export const MIN_ITEMS_PER_PARTITION = 20;
/** Sectors derived from skills that are searched when the profile names none. */
export const MAX_DERIVED_SECTORS = 3;
/** The same-province step reads at most this many of the searched sectors. */
export const MAX_SECTORS_WITH_PROVINCE = 3;
/** How the first step's budget is shared by its tiers. */
export const TIER_SHARES = { region: 0.7, national: 0.3 } as const;
/** Items the same-province step reads at most. */
export const PROVINCE_ITEMS = 300;
/** Queries the same-province step runs at most (each costs about as much as 40 items). */
export const MAX_PROVINCE_READS = 8;

/** One keyed read: partition `MATCH#<region>#<sector>`, sort keys below `skBelow`, at most `limit` items. */
export type PartitionRead = {
  tier: 'region' | 'national' | 'province';
  region: string;
  sector: string;
  /** Exclusive upper bound of the sort key (`B2` reads `A0#…` up to `B1#…`). */
  skBelow: string;
  limit: number;
};

/** The sort-key bound for a candidate's level: employers asking at most one level more. */
export function languageBound(candidateLevel: string): string {
  const index = languageLevelOrder.indexOf(candidateLevel as (typeof languageLevelOrder)[number]);
  const reach = Math.min(index + 1, languageLevelOrder.length - 1);
  // After the highest level: "D" sorts after every "C2#…" key.
  return languageLevelOrder[reach + 1] ?? 'D';
}

/** The sectors a profile is searched in (step 1 above). */
export function searchedSectors(profile: Pick<MatchProfile, 'sectors'>, skillSectors: readonly string[], allSectors: readonly string[]): string[] {
  if (profile.sectors.length > 0) return [...profile.sectors];
  if (skillSectors.length > 0) return skillSectors.slice(0, MAX_DERIVED_SECTORS);
  return [...allSectors];
}

/** The keyed reads of a profile: `first`, and `province` for when `first` finds too few employers. */
export type CandidatePlan = { first: PartitionRead[]; province: PartitionRead[] };

function reads(tier: PartitionRead['tier'], regions: readonly string[], sectors: readonly string[], skBelow: string, budget: number): PartitionRead[] {
  const partitions = regions.length * sectors.length;
  const limit = Math.max(MIN_ITEMS_PER_PARTITION, Math.floor(budget / Math.max(1, partitions)));
  return regions.flatMap((region) => sectors.map((sector) => ({ tier, region, sector, skBelow, limit })));
}

/**
 * The same-province step: the neighbours' partitions of the searched sectors, the first sector
 * first (in every neighbour), at most `MAX_PROVINCE_READS`, sharing `PROVINCE_ITEMS`.
 */
function provinceReads(neighbours: readonly string[], sectors: readonly string[], skBelow: string): PartitionRead[] {
  const pairs = sectors.flatMap((sector) => neighbours.map((region) => ({ region, sector }))).slice(0, MAX_PROVINCE_READS);
  const limit = Math.max(MIN_ITEMS_PER_PARTITION, Math.floor(PROVINCE_ITEMS / Math.max(1, pairs.length)));
  return pairs.map(({ region, sector }) => ({ tier: 'province', region, sector, skBelow, limit }));
}

/**
 * The reads for a profile. `regionProvinces` maps every region id to its province (`landelijk`
 * to null); `allSectors` is the sector vocabulary in its order.
 */
export function planCandidateReads(
  profile: MatchProfile,
  skillSectors: readonly string[],
  regionProvinces: ReadonlyMap<string, string | null>,
  allSectors: readonly string[],
): CandidatePlan {
  const sectors = searchedSectors(profile, skillSectors, allSectors);
  const skBelow = languageBound(profile.languageLevel);
  const province = regionProvinces.get(profile.region) ?? null;
  const neighbours = [...regionProvinces.entries()].filter(([region, p]) => province !== null && p === province && region !== profile.region).map(([region]) => region);
  return {
    first: [
      ...reads('region', [profile.region], sectors, skBelow, MAX_ITEMS_PER_REQUEST * TIER_SHARES.region),
      ...reads('national', ['landelijk'], sectors, skBelow, MAX_ITEMS_PER_REQUEST * TIER_SHARES.national),
    ],
    province: provinceReads(neighbours, sectors.slice(0, MAX_SECTORS_WITH_PROVINCE), skBelow),
  };
}
