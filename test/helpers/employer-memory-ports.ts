/**
 * In-memory ports of the employer register's use cases, for unit tests of rules, write order and
 * freshness with a fixed clock. They keep the repository's semantics where the use cases rely on
 * them: conditional writes on `version`, the "unfinished" mark set by a state write and cleared by
 * the audit entry, the due order of `freshnessDueAt`, the public filter, and a match projection
 * computed from the same pure functions the DynamoDB adapter uses. Every write and mail is a
 * "step"; `crashAfter(n)` makes the step after the n-th throw, like a process dying.
 */
import type { EmployerAuditEntry, StoredEmployer } from '../../functions/contracts/employer.ts';
import { employerMatchesFilter, freshnessDueAt, toPublicEmployer, type KvkClaim } from '../../functions/domain/employer-rules.ts';
import type { EmployerDependencies, EmployerToken } from '../../functions/domain/ports.ts';
import { matchProjectionItems, projectionBefore, projectionKeys, type MatchProjectionItem } from '../../functions/adapters/dynamodb/employer-match-projection.ts';
import { memoryRegistrationPorts, SimulatedCrash, versionedMemoryStore } from './memory-ports.ts';

export { SimulatedCrash };

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
/** `n` in the id alphabet, 7 characters: unique per `n`. */
function idSuffix(n: number): string {
  let out = '';
  for (let i = 0; i < 7; i++, n = Math.floor(n / 32)) out = ALPHABET[n % 32] + out;
  return out;
}

/** The ports plus what tests inspect, a clock and the crash switch. */
export function employerMemoryPorts(start = new Date('2026-03-02T10:00:00.000Z')) {
  const employers = new Map<string, StoredEmployer>();
  const unfinished = new Set<string>();
  const audit = new Map<string, EmployerAuditEntry[]>();
  const tokens = new Map<string, EmployerToken>();
  const claims = new Map<string, KvkClaim>();
  const projection = new Map<string, MatchProjectionItem>();
  const { shared, step, copy, controls } = memoryRegistrationPorts(start, (n) => `werkgever${idSuffix(n)}`);
  const projectionKey = (k: { pk: string; sk: string }) => `${k.pk}|${k.sk}`;
  const sortedDesc = (list: StoredEmployer[], key: (e: StoredEmployer) => string) => [...list].sort((a, b) => key(b).localeCompare(key(a)));

  const deps: EmployerDependencies = {
    ...shared,
    employers: {
      ...versionedMemoryStore(employers, audit, { step, copy }, {
        onReplace: (next) => {
          if (next.status !== 'unverified') unfinished.add(next.id);
        },
        onAudit: (id, entry) => {
          if (employers.get(id)?.version === entry.version) unfinished.delete(id);
        },
      }),
      async getWithHistory(id) {
        const e = employers.get(id);
        return e && { employer: copy(e), history: copy(audit.get(id) ?? []) };
      },
      async putToken(hash, token) {
        step();
        if (tokens.has(hash)) throw new Error('token hash reused');
        tokens.set(hash, copy(token));
      },
      async findToken(hash) {
        const t = tokens.get(hash);
        return t && copy(t);
      },
      async markTokenUsed(hash, at) {
        step();
        const t = tokens.get(hash);
        if (t && t.usedAt === undefined) tokens.set(hash, { ...t, usedAt: at });
      },
      async getKvkClaim(kvk) {
        const c = claims.get(kvk);
        return c && copy(c);
      },
      async claimKvk(claim, seen) {
        step();
        const stored = claims.get(claim.kvk);
        const same = seen === undefined ? stored === undefined : stored?.employerId === seen.employerId && stored.claimedAt === seen.claimedAt;
        if (!same) return 'changed';
        claims.set(claim.kvk, copy(claim));
        return 'written';
      },
      async releaseKvk(kvk, employerId) {
        step();
        if (claims.get(kvk)?.employerId === employerId) claims.delete(kvk);
      },
      async syncMatchProjection(e) {
        step();
        const items = matchProjectionItems(e);
        for (const item of items) {
          const existing = projection.get(projectionKey(item));
          if (!existing || existing.version <= item.version) projection.set(projectionKey(item), copy(item));
        }
        const keep = new Set(items.map(projectionKey));
        const before = projectionBefore(e);
        for (const key of before ? projectionKeys(before) : []) {
          const existing = projection.get(projectionKey(key));
          if (!keep.has(projectionKey(key)) && existing && existing.version < e.version) projection.delete(projectionKey(key));
        }
      },
      async listByStatus(status, { limit }) {
        const items = sortedDesc([...employers.values()].filter((e) => e.status === status), (e) => e.statusChangedAt).slice(0, limit);
        return { items: copy(items), nextCursor: null };
      },
      async listPublic(filter, { limit }) {
        const visible = [...employers.values()].filter((e) => {
          const p = toPublicEmployer(e);
          return p !== undefined && employerMatchesFilter(p, filter);
        });
        return { items: copy(sortedDesc(visible, (e) => freshnessDueAt(e).toISOString()).slice(0, limit)), nextCursor: null };
      },
      async listDue(now, limit) {
        const due = [...employers.values()]
          .filter((e) => e.status === 'verified' && freshnessDueAt(e).getTime() <= now.getTime())
          .sort((a, b) => freshnessDueAt(a).getTime() - freshnessDueAt(b).getTime());
        return copy(due.slice(0, limit));
      },
      async listUnfinished(before, limit) {
        const list = [...unfinished]
          .map((id) => employers.get(id)!)
          .filter((e) => Date.parse(e.lastTransition.at) < before.getTime())
          .sort((a, b) => a.lastTransition.at.localeCompare(b.lastTransition.at));
        return copy(list.slice(0, limit));
      },
    },
  };

  return Object.assign(controls, { deps, employers, unfinished, audit, tokens, claims, projection });
}
