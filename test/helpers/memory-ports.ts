/**
 * In-memory implementations of the initiative use cases' ports, for unit tests of the write order.
 * Every write to the store and every mail is a "step"; `crashAfter(n)` makes the step after the
 * n-th throw a `SimulatedCrash`, like a process dying between two writes.
 */
import type { IdempotencyRecord, StoredResponse } from '../../functions/contracts/idempotency.ts';
import type { AuditEntry, Submission } from '../../functions/contracts/initiative.ts';
import type { MailMessage } from '../../functions/contracts/mail.ts';
import type { InitiativeDependencies, RegistrationDependencies } from '../../functions/domain/ports.ts';

/** Thrown at the configured step. */
export class SimulatedCrash extends Error {
  constructor(step: number) {
    super(`gesimuleerde crash bij stap ${step}`);
    this.name = 'SimulatedCrash';
  }
}

/**
 * What the in-memory ports of every registration use case share (`RegistrationDependencies`):
 * idempotency records, rate-limit counters, the mail outbox, a clock, ids, tokens, the rebuild hook
 * and the crash switch. Each store (`memoryPorts`, `employerMemoryPorts`) adds its own on top,
 * counting its writes with `step` and handing out copies with `copy`.
 */
export function memoryRegistrationPorts(start: Date, idOf: (n: number) => string) {
  const idempotency = new Map<string, IdempotencyRecord>();
  const counters = new Map<string, number>();
  const mails: MailMessage[] = [];
  let clock = start.getTime();
  let steps = 0;
  let crashAt = Number.POSITIVE_INFINITY;
  let ids = 0;
  let tokenCount = 0;
  let publishedChanges = 0;

  /** One write or mail; throws `SimulatedCrash` at the configured step. */
  const step = () => {
    steps++;
    if (steps === crashAt) throw new SimulatedCrash(steps);
  };
  const copy = <T>(value: T): T => structuredClone(value);

  const shared: RegistrationDependencies = {
    idempotency: {
      async get(scope, keyHash) {
        const r = idempotency.get(`${scope}#${keyHash}`);
        return r && copy(r);
      },
      async claim(scope, keyHash, record) {
        step();
        const k = `${scope}#${keyHash}`;
        if (idempotency.has(k)) return 'taken';
        idempotency.set(k, copy(record));
        return 'claimed';
      },
      async complete(scope, keyHash, response: StoredResponse) {
        step();
        const k = `${scope}#${keyHash}`;
        const r = idempotency.get(k);
        if (!r) throw new Error('geen record');
        idempotency.set(k, { ...r, state: 'completed', response: copy(response) });
      },
    },
    rateLimits: {
      async hit(scope, subject, windowStart) {
        const k = `${scope}#${subject}#${windowStart}`;
        counters.set(k, (counters.get(k) ?? 0) + 1);
        return counters.get(k)!;
      },
    },
    mailer: {
      async send(message) {
        step();
        mails.push(copy(message));
      },
    },
    publicBaseUrl: 'https://werkpad.example.nl',
    rateLimitPerMinute: 0,
    addressKey: 'test-address-key-test-address-key',
    now: () => new Date(clock),
    newId: () => idOf(++ids),
    newToken: () => `token-${++tokenCount}-${'x'.repeat(30)}`,
    onPublishedChanged: () => void publishedChanges++,
  };

  /** What tests inspect and steer; store helpers add their own maps to this object. */
  const controls = {
    idempotency,
    counters,
    mails,
    get publishedChanges() {
      return publishedChanges;
    },
    /** Steps taken so far (writes and mails). */
    get steps() {
      return steps;
    },
    get now() {
      return new Date(clock);
    },
    /** The step after `n` more steps throws; `noCrash` turns crashing off. */
    crashAfter(n: number) {
      crashAt = steps + n + 1;
    },
    noCrash() {
      crashAt = Number.POSITIVE_INFINITY;
    },
    advance(ms: number) {
      clock += ms;
    },
    setClock(at: Date) {
      clock = at.getTime();
    },
  };
  return { shared, step, copy, controls };
}

/**
 * The versioned-entity half of a memory store, with the repositories' semantics: insert once,
 * replace while the version is still the expected one, erase personal data only of that withdrawn
 * version, audit entries once per version (oldest first). `onAudit` runs before an audit write
 * (the employer store clears its "unfinished" mark there), `onReplace` after a replace.
 */
export function versionedMemoryStore<T extends { id: string; version: number; status: string }, A extends { version: number }>(
  items: Map<string, T>,
  audit: Map<string, A[]>,
  { step, copy }: { step: () => void; copy: <V>(value: V) => V },
  hooks: { onReplace?: (next: T) => void; onAudit?: (id: string, entry: A) => void } = {},
) {
  return {
    async get(id: string) {
      const item = items.get(id);
      return item && copy(item);
    },
    async insert(item: T): Promise<'written' | 'exists'> {
      step();
      if (items.has(item.id)) return 'exists';
      items.set(item.id, copy(item));
      return 'written';
    },
    async replace(next: T, expectedVersion: number): Promise<'written' | 'stale'> {
      step();
      if (items.get(next.id)?.version !== expectedVersion) return 'stale';
      items.set(next.id, copy(next));
      hooks.onReplace?.(next);
      return 'written';
    },
    async erasePersonalData(erased: T): Promise<'written' | 'stale'> {
      step();
      const stored = items.get(erased.id);
      if (stored?.version !== erased.version || stored.status !== 'withdrawn') return 'stale';
      items.set(erased.id, copy(erased));
      return 'written';
    },
    async putAuditEntry(id: string, entry: A): Promise<'written' | 'exists'> {
      step();
      hooks.onAudit?.(id, entry);
      const list = audit.get(id) ?? [];
      if (list.some((e) => e.version === entry.version)) return 'exists';
      audit.set(id, [...list, copy(entry)].sort((a, b) => a.version - b.version));
      return 'written';
    },
    async hasAuditEntry(id: string, version: number) {
      return (audit.get(id) ?? []).some((e) => e.version === version);
    },
  };
}

/** The ports plus what tests inspect: stored data, sent mails, hook calls, and the crash switch. */
export function memoryPorts(start = new Date('2026-03-02T10:00:00.000Z')) {
  const submissions = new Map<string, Submission>();
  const audit = new Map<string, AuditEntry[]>();
  const tokens = new Map<string, string>();
  const { shared, step, copy, controls } = memoryRegistrationPorts(start, (n) => `testidtestid${String(n).padStart(4, '2').replace(/[01]/g, 'z')}`);

  const deps: InitiativeDependencies = {
    ...shared,
    submissions: {
      ...versionedMemoryStore(submissions, audit, { step, copy }),
      async getWithHistory(id) {
        const s = submissions.get(id);
        return s && { submission: copy(s), history: copy(audit.get(id) ?? []) };
      },
      async putManageToken(hash, id) {
        step();
        tokens.set(hash, id);
      },
      async findIdByManageToken(hash) {
        return tokens.get(hash);
      },
      async listByStatus(status, { limit }) {
        const items = [...submissions.values()].filter((s) => s.status === status).slice(0, limit);
        return { items: copy(items), nextCursor: null };
      },
      async listPublished() {
        return copy([...submissions.values()].filter((s) => s.status === 'published'));
      },
    },
  };

  return Object.assign(controls, { deps, submissions, audit, tokens });
}
