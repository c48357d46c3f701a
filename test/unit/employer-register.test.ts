import { describe, expect, it } from 'vitest';
import { employerSchema, type EmployerInput } from '../../functions/contracts/employer.ts';
import { ConflictingChangeError, IdempotencyKeyMismatchError, InvalidInputError } from '../../functions/domain/errors.ts';
import { EmployerLinkGoneError, EmployerNotFoundError, EmployerWithdrawnError } from '../../functions/domain/employer-errors.ts';
import {
  confirmEmployerEntry,
  employerTokenHash,
  getEmployerDetail,
  hideEmployerEntry,
  listPublicEmployers,
  readManagedEmployer,
  registerEmployer,
  requestManageLink,
  restoreEmployerEntry,
  runEmployerUpkeep,
  updateEmployerEntry,
  verifyEmployerEntry,
  withdrawEmployerEntry,
} from '../../functions/domain/employer-register.ts';
import { addMonths } from '../../functions/domain/employer-rules.ts';
import { matchProjectionKey } from '../../functions/adapters/dynamodb/employer-match-projection.ts';
import { employerMemoryPorts, SimulatedCrash } from '../helpers/employer-memory-ports.ts';
import { linkTokenIn, validEmployer } from '../helpers/employer-fixtures.ts';

type Ports = ReturnType<typeof employerMemoryPorts>;
const DAY = 86_400_000;
const T0 = new Date('2026-03-02T10:00:00.000Z');

function inputOf(overrides: Record<string, unknown> = {}): EmployerInput {
  return employerSchema.parse(validEmployer(overrides));
}

const verifyTokenIn = (text: string) => linkTokenIn(text, '/werkgevers/bevestigen/', 'token');
const manageTokenIn = (text: string) => linkTokenIn(text, '/werkgevers/beheren/', 'token');
const confirmTokenIn = (text: string) => linkTokenIn(text, '/werkgevers/bevestigen/', 'confirm');

async function register(ports: Ports, overrides: Record<string, unknown> = {}) {
  const outcome = await registerEmployer(ports.deps, { input: inputOf(overrides), clientIp: '192.0.2.1', idempotencyKey: undefined });
  const token = verifyTokenIn(ports.mails.at(-1)!.text);
  if (!token) throw new Error('no verify link');
  return { id: outcome.body.id as string, verifyToken: token };
}

/** A registered and verified entry with its manage token. */
async function registered(ports: Ports, overrides: Record<string, unknown> = {}) {
  const { id, verifyToken } = await register(ports, overrides);
  await verifyEmployerEntry(ports.deps, verifyToken);
  const manageToken = manageTokenIn(ports.mails.at(-1)!.text);
  if (!manageToken) throw new Error('no manage link');
  return { id, verifyToken, manageToken };
}

describe('registerEmployer', () => {
  it('stores an unverified entry at version 1, keeps only a hash of the token and mails the verify link', async () => {
    const ports = employerMemoryPorts(T0);
    const outcome = await registerEmployer(ports.deps, { input: inputOf(), clientIp: '192.0.2.1', idempotencyKey: undefined });
    expect(outcome).toEqual({ statusCode: 201, body: { id: expect.stringMatching(/^[a-km-z2-9]{16}$/), status: 'unverified' }, replayed: false });
    const id = outcome.body.id as string;
    expect(ports.employers.get(id)).toMatchObject({ status: 'unverified', version: 1 });
    expect(ports.audit.get(id)).toEqual([{ version: 1, at: T0.toISOString(), who: 'werkgever', action: 'register', from: null, to: 'unverified' }]);
    const [mail] = ports.mails;
    const token = verifyTokenIn(mail!.text)!;
    expect(mail!.text).toContain(`https://werkpad.example.nl/werkgevers/bevestigen/#token=${token}`);
    expect(mail).toMatchObject({ to: { name: 'Mila van der Berg', address: 'mila@example.org' }, subject: 'Bevestig de aanmelding van uw bedrijf bij Werkpad' });
    expect(mail!.text).toContain('De link werkt 7 dagen');
    expect([...ports.tokens.entries()]).toEqual([[employerTokenHash(token), { kind: 'employer-verify', employerId: id, createdAt: T0.toISOString(), expiresAt: '2026-03-09T10:00:00.000Z' }]]);
    expect(JSON.stringify([...ports.tokens, ...ports.employers])).not.toContain(token);
    // Nothing public, nothing claimed, nothing to rebuild yet.
    expect(ports.claims.size).toBe(0);
    expect(ports.projection.size).toBe(0);
    expect(ports.publishedChanges).toBe(0);
  });

  it('refuses a KvK number that a verified entry holds (409) and accepts it again once that entry left', async () => {
    const ports = employerMemoryPorts(T0);
    const first = await registered(ports);
    await expect(registerEmployer(ports.deps, { input: inputOf({ name: 'Ander bedrijf' }), clientIp: 'a', idempotencyKey: undefined })).rejects.toThrow(
      /staat al in het werkgeversregister/,
    );
    await withdrawEmployerEntry(ports.deps, first.manageToken);
    expect(ports.claims.size).toBe(0);
    await expect(register(ports)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('lets a second unverified registration of the same number in: whoever verifies first holds it', async () => {
    const ports = employerMemoryPorts(T0);
    const a = await register(ports, { contact: { name: 'Eerste', email: 'eerste@example.org' } });
    const b = await register(ports, { contact: { name: 'Tweede', email: 'tweede@example.org' } });
    await expect(verifyEmployerEntry(ports.deps, b.verifyToken)).resolves.toMatchObject({ id: b.id, status: 'verified' });
    const error = await verifyEmployerEntry(ports.deps, a.verifyToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictingChangeError);
    expect(ports.employers.get(a.id)).toMatchObject({ status: 'unverified', version: 1 });
    expect(ports.claims.get('12345678')?.employerId).toBe(b.id);
  });

  it('replays the first answer for the same key and body, and refuses the key for another body', async () => {
    const ports = employerMemoryPorts(T0);
    const first = await registerEmployer(ports.deps, { input: inputOf(), clientIp: 'a', idempotencyKey: 'k1' });
    const again = await registerEmployer(ports.deps, { input: inputOf(), clientIp: 'a', idempotencyKey: 'k1' });
    expect(again).toEqual({ ...first, replayed: true });
    expect(ports.employers.size).toBe(1);
    await expect(registerEmployer(ports.deps, { input: inputOf({ name: 'Anders BV' }), clientIp: 'a', idempotencyKey: 'k1' })).rejects.toBeInstanceOf(
      IdempotencyKeyMismatchError,
    );
  });

  it('finishes a registration that crashed before its mail when the same key comes back after the lease', async () => {
    const ports = employerMemoryPorts(T0);
    ports.crashAfter(3); // idempotency claim, token, entry; the mail crashes
    await expect(registerEmployer(ports.deps, { input: inputOf(), clientIp: 'a', idempotencyKey: 'k2' })).rejects.toBeInstanceOf(SimulatedCrash);
    ports.noCrash();
    expect(ports.mails).toHaveLength(0);
    ports.advance(60_000);
    const retry = await registerEmployer(ports.deps, { input: inputOf(), clientIp: 'a', idempotencyKey: 'k2' });
    expect(retry.statusCode).toBe(201);
    expect(ports.employers.size).toBe(1);
    expect(ports.mails).toHaveLength(1);
    // The first token was lost with the crash; the mail carries a second one that works.
    await expect(verifyEmployerEntry(ports.deps, verifyTokenIn(ports.mails[0]!.text)!)).resolves.toMatchObject({ status: 'verified' });
  });
});

describe('verifyEmployerEntry', () => {
  it('puts the entry in the register: claim, projection, rebuild and the manage link by mail', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, verifyToken } = await register(ports, { regions: ['twente', 'landelijk'], sectors: ['bouw'] });
    ports.advance(DAY);
    const result = await verifyEmployerEntry(ports.deps, verifyToken);
    const at = new Date(T0.getTime() + DAY).toISOString();
    expect(result).toEqual({ id, status: 'verified', confirmedAt: at });
    expect(ports.employers.get(id)).toMatchObject({ status: 'verified', version: 2, verifiedAt: at, confirmedAt: at });
    expect(ports.claims.get('12345678')).toEqual({ kvk: '12345678', employerId: id, claimedAt: at });
    expect([...ports.projection.keys()].sort()).toEqual(
      [matchProjectionKey('landelijk', 'bouw', 'A2', id), matchProjectionKey('twente', 'bouw', 'A2', id)].map((k) => `${k.pk}|${k.sk}`).sort(),
    );
    expect(JSON.stringify([...ports.projection.values()])).not.toMatch(/mila|06 1234/i);
    expect(ports.publishedChanges).toBe(1);
    expect(ports.mails.at(-1)).toMatchObject({ subject: 'Uw bedrijf staat in het werkgeversregister van Werkpad' });
    expect(ports.mails.at(-1)!.text).toContain('https://werkpad.example.nl/werkgevers/beheren/#token=');
    expect(ports.audit.get(id)!.map((e) => e.action)).toEqual(['register', 'verify']);
    expect(ports.unfinished.size).toBe(0);
  });

  it('answers a reused, an expired and an unknown link with 410 and changes nothing', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, verifyToken } = await registered(ports);
    const before = structuredClone(ports.employers.get(id));
    const mails = ports.mails.length;
    await expect(verifyEmployerEntry(ports.deps, verifyToken)).rejects.toBeInstanceOf(EmployerLinkGoneError);
    await expect(verifyEmployerEntry(ports.deps, 'onbekend-token-onbekend-token-onbekend-xx')).rejects.toBeInstanceOf(EmployerLinkGoneError);
    expect(ports.employers.get(id)).toEqual(before);
    expect(ports.mails).toHaveLength(mails);

    const late = await register(ports, { kvk: '87654321' });
    ports.advance(7 * DAY);
    const lateBefore = structuredClone(ports.employers.get(late.id));
    await expect(verifyEmployerEntry(ports.deps, late.verifyToken)).rejects.toBeInstanceOf(EmployerLinkGoneError);
    expect(ports.employers.get(late.id)).toEqual(lateBefore);
    expect(ports.claims.has('87654321')).toBe(false);
  });

  it('still works one millisecond before the 7 days are over', async () => {
    const ports = employerMemoryPorts(T0);
    const { verifyToken } = await register(ports);
    ports.advance(7 * DAY - 1);
    await expect(verifyEmployerEntry(ports.deps, verifyToken)).resolves.toMatchObject({ status: 'verified' });
  });

  it('finishes a verification that crashed after its state write when the link is used again', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, verifyToken } = await register(ports);
    ports.crashAfter(2); // the claim, the state write; the projection sync crashes
    await expect(verifyEmployerEntry(ports.deps, verifyToken)).rejects.toBeInstanceOf(SimulatedCrash);
    ports.noCrash();
    expect(ports.unfinished.has(id)).toBe(true);
    expect(ports.projection.size).toBe(0);
    await expect(verifyEmployerEntry(ports.deps, verifyToken)).resolves.toMatchObject({ id, status: 'verified' });
    expect(ports.projection.size).toBe(2);
    expect(ports.mails.filter((m) => m.subject.startsWith('Uw bedrijf staat in'))).toHaveLength(1);
    expect(ports.unfinished.size).toBe(0);
    await expect(verifyEmployerEntry(ports.deps, verifyToken)).rejects.toBeInstanceOf(EmployerLinkGoneError);
  });
});

describe('managing an entry', () => {
  it('reads the entry with its version, contact included, and 404 for an unknown token', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, manageToken } = await registered(ports);
    await expect(readManagedEmployer(ports.deps, manageToken)).resolves.toMatchObject({
      id,
      status: 'verified',
      version: 2,
      employer: { kvk: '12345678', contact: { email: 'mila@example.org' } },
    });
    await expect(readManagedEmployer(ports.deps, 'x'.repeat(43))).rejects.toBeInstanceOf(EmployerNotFoundError);
  });

  it('updates from the version read, moves the projection, and refuses a stale version without overwriting', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, manageToken } = await registered(ports);
    const updated = await updateEmployerEntry(ports.deps, { token: manageToken, version: 2, regions: ['rijnmond'], languageLevel: 'B1' });
    expect(updated).toMatchObject({ version: 3, status: 'verified', employer: { regions: ['rijnmond'], languageLevel: 'B1' } });
    expect([...ports.projection.keys()].every((k) => k.startsWith('MATCH#rijnmond#') && k.includes('|B1#'))).toBe(true);
    expect(ports.projection.size).toBe(2);
    const stale = await updateEmployerEntry(ports.deps, { token: manageToken, version: 2, name: 'Overschreven BV' }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictingChangeError);
    expect((stale as Error).message).toContain('Er is niets overschreven');
    expect(ports.employers.get(id)!.employer.name).toBe('Bouwbedrijf Van der Berg');
    await expect(updateEmployerEntry(ports.deps, { token: manageToken, version: 3, kvk: '99999999', name: 'X BV' })).rejects.toBeInstanceOf(InvalidInputError);
    expect(ports.audit.get(id)!.map((e) => [e.action, e.who])).toEqual([
      ['register', 'werkgever'],
      ['verify', 'werkgever'],
      ['update', 'werkgever'],
    ]);
  });

  it('withdraws at once: out of the list, claim released, projection empty, contact erased after the mail; the link then says 410', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, manageToken } = await registered(ports);
    const published = ports.publishedChanges;
    await expect(withdrawEmployerEntry(ports.deps, manageToken)).resolves.toEqual({ id, status: 'withdrawn' });
    expect((await listPublicEmployers(ports.deps, { limit: 20 })).items).toEqual([]);
    expect(ports.claims.size).toBe(0);
    expect(ports.projection.size).toBe(0);
    expect(ports.publishedChanges).toBe(published + 1);
    expect(ports.employers.get(id)!.employer).not.toHaveProperty('contact');
    expect(JSON.stringify(ports.employers.get(id))).not.toMatch(/mila|06 1234/i);
    expect(ports.mails.at(-1)).toMatchObject({ to: { address: 'mila@example.org' }, subject: 'Uw bedrijf staat niet meer in het werkgeversregister van Werkpad' });
    expect(ports.audit.get(id)!.at(-1)).toEqual({ version: 3, at: T0.toISOString(), who: 'werkgever', action: 'withdraw', from: 'verified', to: 'withdrawn' });
    await expect(readManagedEmployer(ports.deps, manageToken)).rejects.toBeInstanceOf(EmployerWithdrawnError);
    await expect(withdrawEmployerEntry(ports.deps, manageToken)).rejects.toBeInstanceOf(EmployerWithdrawnError);
  });

  it('finishes a withdrawal that crashed before its erasure when the link is opened again after the lease', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, manageToken } = await registered(ports);
    ports.crashAfter(1); // the state write; the claim release crashes
    await expect(withdrawEmployerEntry(ports.deps, manageToken)).rejects.toBeInstanceOf(SimulatedCrash);
    ports.noCrash();
    expect(ports.employers.get(id)!.employer.contact).toBeDefined();
    ports.advance(60_000);
    await expect(readManagedEmployer(ports.deps, manageToken)).rejects.toBeInstanceOf(EmployerWithdrawnError);
    expect(ports.employers.get(id)!.employer).not.toHaveProperty('contact');
    expect(ports.claims.size).toBe(0);
    expect(ports.projection.size).toBe(0);
  });
});

describe('requestManageLink', () => {
  it('mails a fresh manage link only when KvK number and address match an entry in the register', async () => {
    const ports = employerMemoryPorts(T0);
    await registered(ports);
    const before = ports.mails.length;
    await requestManageLink(ports.deps, { kvk: '12345678', email: 'niemand@example.org', clientIp: 'a' });
    await requestManageLink(ports.deps, { kvk: '11111111', email: 'mila@example.org', clientIp: 'a' });
    expect(ports.mails).toHaveLength(before);
    await requestManageLink(ports.deps, { kvk: '12345678', email: 'MILA@example.org', clientIp: 'a' });
    expect(ports.mails).toHaveLength(before + 1);
    const token = manageTokenIn(ports.mails.at(-1)!.text)!;
    await expect(readManagedEmployer(ports.deps, token)).resolves.toMatchObject({ employer: { kvk: '12345678' } });
  });

  it('sends nothing for an unverified registration (its own verify link is what it needs)', async () => {
    const ports = employerMemoryPorts(T0);
    await register(ports);
    await requestManageLink(ports.deps, { kvk: '12345678', email: 'mila@example.org', clientIp: 'a' });
    expect(ports.mails).toHaveLength(1);
  });
});

describe('moderation', () => {
  it('hides with a reason mailed to the employer, restores, and keeps the whole trail with the moderators names', async () => {
    const ports = employerMemoryPorts(T0);
    const { id } = await registered(ports);
    await expect(hideEmployerEntry(ports.deps, id, 'anna', 'De KvK-gegevens kloppen niet.')).resolves.toEqual({ id, status: 'hidden' });
    expect(ports.projection.size).toBe(0);
    expect(ports.mails.at(-1)!.text).toContain('De KvK-gegevens kloppen niet.');
    await expect(hideEmployerEntry(ports.deps, id, 'bram', 'Nog een keer verbergen')).rejects.toBeInstanceOf(ConflictingChangeError);
    await expect(restoreEmployerEntry(ports.deps, id, 'bram')).resolves.toEqual({ id, status: 'verified' });
    expect(ports.projection.size).toBe(2);
    expect(ports.mails.at(-1)!.subject).toBe('Uw bedrijf staat weer in het werkgeversregister van Werkpad');
    const detail = await getEmployerDetail(ports.deps, id);
    expect(detail.history.map((h) => [h.action, h.who, h.reason])).toEqual([
      ['register', 'werkgever', undefined],
      ['verify', 'werkgever', undefined],
      ['hide', 'anna', 'De KvK-gegevens kloppen niet.'],
      ['restore', 'bram', undefined],
    ]);
    expect(detail).not.toHaveProperty('lastTransition');
    await expect(getEmployerDetail(ports.deps, 'onbekendonbekend')).rejects.toBeInstanceOf(EmployerNotFoundError);
  });

  it('finishes a hiding whose mail crashed, in the next upkeep after the lease', async () => {
    const ports = employerMemoryPorts(T0);
    const { id } = await registered(ports);
    ports.crashAfter(1); // the state write; the projection sync crashes
    await expect(hideEmployerEntry(ports.deps, id, 'anna', 'Reden voor de test')).rejects.toBeInstanceOf(SimulatedCrash);
    ports.noCrash();
    expect(await runEmployerUpkeep(ports.deps, ports.now)).toEqual({ finished: 0, reminded: 0, hidden: 0 });
    ports.advance(60_000);
    expect(await runEmployerUpkeep(ports.deps, ports.now)).toEqual({ finished: 1, reminded: 0, hidden: 0 });
    expect(ports.projection.size).toBe(0);
    expect(ports.mails.at(-1)!.text).toContain('Reden voor de test');
    expect(ports.audit.get(id)!.at(-1)).toMatchObject({ action: 'hide', who: 'anna' });
    expect(ports.unfinished.size).toBe(0);
  });
});

describe('freshness through the upkeep, with a fixed clock', () => {
  it('mails after 12 months, hides 30 days later, and a confirmation brings the entry back', async () => {
    const ports = employerMemoryPorts(T0);
    const { id } = await registered(ports);
    const published = ports.publishedChanges;

    // A day short of a year: nothing.
    expect(await runEmployerUpkeep(ports.deps, new Date(addMonths(T0, 12).getTime() - DAY))).toEqual({ finished: 0, reminded: 0, hidden: 0 });

    // A year after the confirmation: the 'still open' mail with a one-click link.
    const yearLater = addMonths(T0, 12);
    ports.setClock(yearLater);
    expect(await runEmployerUpkeep(ports.deps, yearLater)).toEqual({ finished: 0, reminded: 1, hidden: 0 });
    const reminder = ports.mails.at(-1)!;
    expect(reminder.subject).toBe('Staat uw bedrijf nog open voor statushouders?');
    const confirmToken = confirmTokenIn(reminder.text)!;
    expect(reminder.text).toContain(`https://werkpad.example.nl/werkgevers/bevestigen/#confirm=${confirmToken}`);
    expect(ports.employers.get(id)).toMatchObject({ status: 'verified', remindedAt: yearLater.toISOString() });
    // Running again the same hour sends nothing more.
    expect(await runEmployerUpkeep(ports.deps, yearLater)).toEqual({ finished: 0, reminded: 0, hidden: 0 });

    // 29 days on: still in the register.
    expect(await runEmployerUpkeep(ports.deps, new Date(yearLater.getTime() + 29 * DAY))).toEqual({ finished: 0, reminded: 0, hidden: 0 });
    expect((await listPublicEmployers(ports.deps, { limit: 20 })).items.map((e) => e.id)).toEqual([id]);

    // 30 days on without an answer: hidden as stale (not deleted), told how to return.
    const staleAt = new Date(yearLater.getTime() + 30 * DAY);
    ports.setClock(staleAt);
    expect(await runEmployerUpkeep(ports.deps, staleAt)).toEqual({ finished: 0, reminded: 0, hidden: 1 });
    expect(ports.employers.get(id)).toMatchObject({ status: 'hidden', hidden: { kind: 'stale', by: 'systeem' } });
    expect(ports.employers.get(id)!.employer.contact).toBeDefined();
    expect((await listPublicEmployers(ports.deps, { limit: 20 })).items).toEqual([]);
    expect(ports.projection.size).toBe(0);
    expect(ports.publishedChanges).toBe(published + 1);
    expect(ports.mails.at(-1)!.subject).toBe('Uw bedrijf staat niet meer zichtbaar in het werkgeversregister');

    // The link from the yearly mail still works: back in the register, confirmed today.
    const confirmedAt = new Date(staleAt.getTime() + 3 * DAY);
    ports.setClock(confirmedAt);
    await expect(confirmEmployerEntry(ports.deps, confirmToken)).resolves.toEqual({ id, status: 'verified', confirmedAt: confirmedAt.toISOString() });
    expect((await listPublicEmployers(ports.deps, { limit: 20 })).items).toEqual([expect.objectContaining({ id, confirmedAt: confirmedAt.toISOString() })]);
    expect(ports.projection.size).toBe(2);
    expect(ports.publishedChanges).toBe(published + 2);
    // And the next question comes a year after that confirmation.
    expect(await runEmployerUpkeep(ports.deps, new Date(addMonths(confirmedAt, 12).getTime() - 1))).toEqual({ finished: 0, reminded: 0, hidden: 0 });
    expect(await runEmployerUpkeep(ports.deps, addMonths(confirmedAt, 12))).toEqual({ finished: 0, reminded: 1, hidden: 0 });
    expect(ports.audit.get(id)!.map((e) => [e.action, e.who])).toEqual([
      ['register', 'werkgever'],
      ['verify', 'werkgever'],
      ['remind', 'systeem'],
      ['stale', 'systeem'],
      ['confirm', 'werkgever'],
      ['remind', 'systeem'],
    ]);
  });

  it('lets the employer confirm before the 30 days with the manage link too, which cancels the hiding', async () => {
    const ports = employerMemoryPorts(T0);
    const { id, manageToken } = await registered(ports);
    const yearLater = addMonths(T0, 12);
    await runEmployerUpkeep(ports.deps, yearLater);
    ports.setClock(new Date(yearLater.getTime() + 10 * DAY));
    await expect(confirmEmployerEntry(ports.deps, manageToken)).resolves.toMatchObject({ id, status: 'verified' });
    expect(ports.employers.get(id)).not.toHaveProperty('remindedAt');
    expect(await runEmployerUpkeep(ports.deps, new Date(yearLater.getTime() + 31 * DAY))).toEqual({ finished: 0, reminded: 0, hidden: 0 });
  });

  it('refuses a confirm link after 400 days (410) and an unknown one (404)', async () => {
    const ports = employerMemoryPorts(T0);
    await registered(ports);
    const yearLater = addMonths(T0, 12);
    await runEmployerUpkeep(ports.deps, yearLater);
    const token = confirmTokenIn(ports.mails.at(-1)!.text)!;
    ports.setClock(new Date(yearLater.getTime() + 400 * DAY));
    await expect(confirmEmployerEntry(ports.deps, token)).rejects.toBeInstanceOf(EmployerLinkGoneError);
    await expect(confirmEmployerEntry(ports.deps, 'y'.repeat(43))).rejects.toBeInstanceOf(EmployerNotFoundError);
  });
});
