import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { fieldErrors } from '../../functions/adapters/http/json-body.ts';
import {
  adminEmployerListQuerySchema,
  employerHideRequestSchema,
  employerLinkRequestSchema,
  employerListQuerySchema,
  employerPatchSchema,
  employerRestoreRequestSchema,
  employerSchema,
  publicEmployerSchema,
  type EmployerInput,
  type StoredEmployer,
} from '../../functions/contracts/employer.ts';
import { messageIn } from '../../functions/contracts/messages.ts';
import { ConflictingChangeError } from '../../functions/domain/errors.ts';
import { EmployerWithdrawnError } from '../../functions/domain/employer-errors.ts';
import {
  addMonths,
  confirmEmployer,
  effectsOf,
  employerHistoryOf,
  employerMatchesFilter,
  freshnessAction,
  freshnessDueAt,
  hideEmployer,
  hideStaleEmployer,
  isExpiredRegistration,
  kvkClaimDecision,
  newEmployer,
  remindEmployer,
  restoreEmployer,
  toManagedEmployer,
  toPublicEmployer,
  updateEmployer,
  verifyEmployer,
  withdrawEmployer,
  withoutPersonalData,
} from '../../functions/domain/employer-rules.ts';
import { validEmployer } from '../helpers/employer-fixtures.ts';

const input: EmployerInput = employerSchema.parse(validEmployer({ skills: ['lassen'], educationLevel: 'mbo-2' }));
const T0 = new Date('2026-01-15T09:00:00.000Z');
const day = 86_400_000;

function verified(at = T0): StoredEmployer {
  return verifyEmployer(newEmployer('werkgeveraaaaaab', input, new Date(at.getTime() - day)), { at, requestHash: 'a'.repeat(64) });
}

function fieldsOf(body: unknown): Record<string, string> {
  const parsed = employerSchema.safeParse(body, { error: dutchErrorMap });
  if (parsed.success) throw new Error('expected the body to be refused');
  return fieldErrors(parsed.error.issues);
}

describe('the employer schema', () => {
  it.each([
    ['letters', '1234567a'],
    ['7 digits', '1234567'],
    ['9 digits', '123456789'],
    ['a number instead of text', 12345678],
    ['spaces inside', '1234 5678'],
  ])('refuses a KvK number with %s with one clear Dutch message', (_what, kvk) => {
    expect(fieldsOf(validEmployer({ kvk }))).toEqual({ kvk: 'het KvK-nummer bestaat uit precies 8 cijfers, zonder letters of spaties, zoals 12345678' });
    expect(messageIn('en', 'het KvK-nummer bestaat uit precies 8 cijfers, zonder letters of spaties, zoals 12345678')).toBe(
      'the KvK number consists of exactly 8 digits, without letters or spaces, such as 12345678',
    );
  });

  it('keeps leading zeros and trims the KvK number', () => {
    expect(employerSchema.parse(validEmployer({ kvk: ' 01234567 ' })).kvk).toBe('01234567');
  });

  it('takes reference ids only, and says which list an unknown one is not in', () => {
    expect(
      fieldsOf(
        validEmployer({ regions: ['nergens'], sectors: [], offers: ['vacature', 'vacature'], languageLevel: 'D1', educationLevel: 'master', skills: ['toveren'] }),
      ),
    ).toEqual({
      'regions.0': 'kies een bestaande regio',
      sectors: 'kies minstens één sector',
      'offers.1': 'deze soort aanbod staat er al in',
      languageLevel: 'kies een taalniveau van A0 tot en met C2',
      educationLevel: 'kies een bestaande opleidingsniveau',
      'skills.0': 'kies een bestaande vaardigheid',
    });
  });

  it('bounds every text and refuses unknown keys, http websites, bad phones and missing consent', () => {
    expect(
      fieldsOf(
        validEmployer({
          name: 'x'.repeat(161),
          description: 'd'.repeat(2001),
          website: 'http://voorbeeld.nl',
          contact: { name: 'Mila', email: 'geen-adres', phone: '12ab' },
          consent: false,
          extra: 1,
        }),
      ),
    ).toEqual({
      name: 'de naam van het bedrijf is te lang: gebruik hooguit 160 tekens',
      description: 'de beschrijving is te lang: gebruik hooguit 2000 tekens',
      website: 'vul een volledig webadres in dat met https:// begint',
      'contact.email': 'vul een geldig e-mailadres in, zoals naam@voorbeeld.nl',
      'contact.phone': 'vul een telefoonnummer in met 10 tot 15 cijfers, zoals 06 12345678 of +31 20 1234567',
      consent: 'geef toestemming om uw gegevens te bewaren, anders kunnen we de aanmelding niet behandelen',
      extra: 'dit veld kennen we niet',
    });
  });

  it('has English for every message it gives', () => {
    const wrong = validEmployer({ kvk: 'x', name: '', regions: 'twente', offers: [], skills: ['nope'], contact: { name: 'M', email: 'x', phone: '1' }, consent: 'ja' });
    const parsed = employerSchema.safeParse(wrong, { error: dutchErrorMap });
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    expect(messages.length).toBeGreaterThan(6);
    expect(messages.filter((m) => messageIn('en', m) === m)).toEqual([]);
  });

  it('has English for the messages of the manage, link, moderation and list schemas too', () => {
    const cases: [z.ZodType, unknown][] = [
      [employerPatchSchema, { token: '', version: 0, name: '<b>x</b>', offers: 'stage', website: 'ftp://x', educationLevel: 'prof', kvk: '1' }],
      [employerPatchSchema, { token: 't', version: 1.5 }],
      [employerLinkRequestSchema, { kvk: 'abcdefgh', email: 'geen', extra: true }],
      [employerHideRequestSchema, { reason: 'kort' }],
      [employerRestoreRequestSchema, { reason: 'x\u0000y' }],
      [employerListQuerySchema, { region: 'x', sector: 'y', offer: 'z', languageLevel: 'Q', limit: '0', cursor: 'c'.repeat(1001), other: '1' }],
      [adminEmployerListQuerySchema, { status: 'weg', limit: '1000' }],
    ];
    const messages = cases.flatMap(([schema, body]) => {
      const parsed = schema.safeParse(body, { error: dutchErrorMap });
      return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    });
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.filter((m) => messageIn('en', m) === m)).toEqual([]);
  });

  it('asks a change for at least one field and never lets the public shape carry contact data', () => {
    const patch = employerPatchSchema.safeParse({ token: 't', version: 1 }, { error: dutchErrorMap });
    expect(patch.success).toBe(false);
    expect(z.toJSONSchema(publicEmployerSchema, { io: 'output' }).properties).not.toHaveProperty('contact');
  });
});

describe('the life of an entry', () => {
  it('starts unverified at version 1 and expires after exactly 7 days', () => {
    const e = newEmployer('werkgeveraaaaaab', input, T0);
    expect(e).toMatchObject({ status: 'unverified', version: 1, consentAt: T0.toISOString(), lastTransition: { action: 'register', from: null, to: 'unverified', who: 'werkgever' } });
    expect(e.employer).not.toHaveProperty('consent');
    expect(isExpiredRegistration(e, new Date(T0.getTime() + 7 * day - 1))).toBe(false);
    expect(isExpiredRegistration(e, new Date(T0.getTime() + 7 * day))).toBe(true);
  });

  it('verifies into the register, confirmed at that moment, remembering it was not visible before', () => {
    const e = verified();
    expect(e).toMatchObject({ status: 'verified', version: 2, verifiedAt: T0.toISOString(), confirmedAt: T0.toISOString(), statusChangedAt: T0.toISOString() });
    expect(e).not.toHaveProperty('projectedBefore');
    expect(() => verifyEmployer(e, { at: T0, requestHash: 'b'.repeat(64) })).toThrow(ConflictingChangeError);
  });

  it('refuses an update from a stale version and changes nothing; keeps the status and remembers the old projection', () => {
    const e = verified();
    expect(() => updateEmployer(e, { version: 1, changes: { name: 'Anders' }, at: T0 })).toThrow(/Er is niets overschreven/);
    const next = updateEmployer(e, { version: 2, changes: { regions: ['rijnmond'], website: null, skills: null }, at: T0 });
    expect(next).toMatchObject({ status: 'verified', version: 3, statusChangedAt: e.statusChangedAt, projectedBefore: { regions: ['twente'], sectors: ['bouw', 'techniek'], languageLevel: 'A2' } });
    expect(next.employer.regions).toEqual(['rijnmond']);
    expect(next.employer).not.toHaveProperty('skills');
  });

  it('lets a moderator hide only a verified entry and restore only a hidden one, with the reason in the audit entry', () => {
    const hidden = hideEmployer(verified(), { who: 'anna', reason: 'Geen echte werkgever', at: T0 });
    expect(hidden).toMatchObject({ status: 'hidden', hidden: { kind: 'moderator', by: 'anna', reason: 'Geen echte werkgever' } });
    expect(hidden.lastTransition).toMatchObject({ action: 'hide', who: 'anna', from: 'verified', to: 'hidden', reason: 'Geen echte werkgever' });
    expect(() => hideEmployer(hidden, { who: 'bram', reason: 'nog eens', at: T0 })).toThrow('Deze werkgever is al verborgen.');
    const restored = restoreEmployer(hidden, { who: 'bram', at: T0 });
    expect(restored).toMatchObject({ status: 'verified', lastTransition: { action: 'restore', who: 'bram', from: 'hidden', to: 'verified' } });
    expect(restored).not.toHaveProperty('hidden');
    expect(() => restoreEmployer(restored, { who: 'bram', at: T0 })).toThrow(ConflictingChangeError);
  });

  it('withdraws from any state but withdrawn, then erases only the contact', () => {
    const w = withdrawEmployer(hideEmployer(verified(), { who: 'anna', reason: 'Controle loopt', at: T0 }), { at: T0 });
    expect(w).toMatchObject({ status: 'withdrawn', lastTransition: { who: 'werkgever', from: 'hidden', to: 'withdrawn' } });
    expect(w).not.toHaveProperty('hidden');
    const erased = withoutPersonalData(w);
    expect(erased.employer).not.toHaveProperty('contact');
    expect(erased.employer.name).toBe('Bouwbedrijf Van der Berg');
    expect(() => withdrawEmployer(erased, { at: T0 })).toThrow(EmployerWithdrawnError);
    expect(() => toManagedEmployer(erased)).toThrow(EmployerWithdrawnError);
  });

  it('lists the effects of each change in the order they must run', () => {
    const e = verified();
    expect(effectsOf(newEmployer('werkgeveraaaaaab', input, T0).lastTransition).map((x) => x.kind)).toEqual(['mail-verify-link']);
    expect(effectsOf(e.lastTransition).map((x) => x.kind)).toEqual(['sync-projection', 'published-changed', 'mail-verified']);
    expect(effectsOf(withdrawEmployer(e, { at: T0 }).lastTransition).map((x) => x.kind)).toEqual([
      'release-kvk',
      'sync-projection',
      'published-changed',
      'mail-withdrawal',
      'erase-personal-data',
    ]);
    expect(effectsOf(hideEmployer(e, { who: 'anna', reason: 'Klopt niet', at: T0 }).lastTransition)).toEqual([
      { kind: 'sync-projection' },
      { kind: 'published-changed' },
      { kind: 'mail-hidden', reason: 'Klopt niet' },
    ]);
    // An update of a hidden entry changes nothing the public sees.
    const hidden = hideEmployer(e, { who: 'anna', reason: 'Klopt niet', at: T0 });
    expect(effectsOf(updateEmployer(hidden, { version: hidden.version, changes: { name: 'Nieuw' }, at: T0 }).lastTransition).map((x) => x.kind)).toEqual([
      'sync-projection',
    ]);
  });

  it('shows the public only company data, and the history with the registration even after its own item expired', () => {
    const e = verified();
    const pub = toPublicEmployer(e)!;
    expect(publicEmployerSchema.parse(pub)).toEqual(pub);
    expect(JSON.stringify(pub)).not.toMatch(/mila|Mila|06 1234/);
    expect(pub).toMatchObject({ kvk: '12345678', skills: ['lassen'], educationLevel: 'mbo-2', confirmedAt: T0.toISOString() });
    expect(toPublicEmployer(hideEmployer(e, { who: 'a', reason: 'weg ermee', at: T0 }))).toBeUndefined();
    expect(employerHistoryOf(e, []).map((h) => [h.version, h.action])).toEqual([
      [1, 'register'],
      [2, 'verify'],
    ]);
  });
});

describe('freshness with a fixed clock', () => {
  it('asks for confirmation 12 months after the last one, not a day earlier', () => {
    const e = verified();
    expect(freshnessDueAt(e).toISOString()).toBe('2027-01-15T09:00:00.000Z');
    expect(freshnessAction(e, new Date('2027-01-15T08:59:59.999Z'))).toBe('none');
    expect(freshnessAction(e, new Date('2027-01-15T09:00:00.000Z'))).toBe('remind');
  });

  it('hides an entry 30 days after the mail when nobody answered, and not before', () => {
    const reminded = remindEmployer(verified(), { at: new Date('2027-01-15T10:00:00.000Z') });
    expect(reminded).toMatchObject({ status: 'verified', remindedAt: '2027-01-15T10:00:00.000Z', lastTransition: { action: 'remind', who: 'systeem' } });
    expect(effectsOf(reminded.lastTransition)).toEqual([{ kind: 'mail-reminder' }]);
    expect(freshnessAction(reminded, new Date('2027-02-14T09:59:59.999Z'))).toBe('none');
    expect(freshnessAction(reminded, new Date('2027-02-14T10:00:00.000Z'))).toBe('hide-stale');
    const stale = hideStaleEmployer(reminded, { at: new Date('2027-02-14T10:00:00.000Z') });
    expect(stale).toMatchObject({ status: 'hidden', hidden: { kind: 'stale', by: 'systeem' }, lastTransition: { action: 'stale', from: 'verified', to: 'hidden' } });
    expect(freshnessAction(stale, new Date('2030-01-01T00:00:00.000Z'))).toBe('none');
  });

  it('brings a stale entry back on confirmation, with a fresh year', () => {
    const stale = hideStaleEmployer(remindEmployer(verified(), { at: new Date('2027-01-15T10:00:00.000Z') }), { at: new Date('2027-02-14T10:00:00.000Z') });
    const at = new Date('2027-03-01T12:00:00.000Z');
    const back = confirmEmployer(stale, { at });
    expect(back).toMatchObject({ status: 'verified', confirmedAt: at.toISOString(), statusChangedAt: at.toISOString(), lastTransition: { action: 'confirm', from: 'hidden', to: 'verified' } });
    expect(back).not.toHaveProperty('remindedAt');
    expect(back).not.toHaveProperty('hidden');
    expect(freshnessDueAt(back)).toEqual(addMonths(at, 12));
    expect(effectsOf(back.lastTransition).map((x) => x.kind)).toEqual(['sync-projection', 'published-changed']);
  });

  it('renews the confirmation of a hidden-by-moderator entry without bringing it back', () => {
    const hidden = hideEmployer(verified(), { who: 'anna', reason: 'Controle loopt', at: T0 });
    const confirmed = confirmEmployer(hidden, { at: new Date('2026-06-01T00:00:00.000Z') });
    expect(confirmed).toMatchObject({ status: 'hidden', confirmedAt: '2026-06-01T00:00:00.000Z', hidden: { kind: 'moderator' } });
  });

  it('starts a new round when a moderator restores a stale entry: it is asked again, not hidden at once', () => {
    const stale = hideStaleEmployer(remindEmployer(verified(), { at: new Date('2027-01-15T10:00:00.000Z') }), { at: new Date('2027-02-14T10:00:00.000Z') });
    const restored = restoreEmployer(stale, { who: 'anna', at: new Date('2027-03-01T00:00:00.000Z') });
    expect(freshnessAction(restored, new Date('2027-03-01T00:00:00.000Z'))).toBe('remind');
  });
});

describe('KvK claims and filters', () => {
  const now = new Date('2026-03-02T10:00:00.000Z');
  const claim = { kvk: '12345678', employerId: 'holder', claimedAt: '2026-03-02T09:59:50.000Z' };
  it.each([
    ['nobody holds it', undefined, undefined, 'free'],
    ['the requester holds it', { ...claim, employerId: 'me' }, undefined, 'mine'],
    ['a verified entry holds it', claim, { id: 'holder', status: 'verified' }, 'taken'],
    ['a hidden entry holds it', claim, { id: 'holder', status: 'hidden' }, 'taken'],
    ['the holder left', claim, { id: 'holder', status: 'withdrawn' }, 'free'],
    ['the holder vanished', claim, undefined, 'free'],
    ['an unverified holder is being verified right now', claim, { id: 'holder', status: 'unverified' }, 'busy'],
    ['an unverified holder stopped half-way', { ...claim, claimedAt: '2026-03-02T09:00:00.000Z' }, { id: 'holder', status: 'unverified' }, 'free'],
  ] as const)('decides when %s', (_what, c, holder, expected) => {
    expect(kvkClaimDecision(c, holder, 'me', now)).toBe(expected);
  });

  it('filters by region (nationwide employers included), sector, offer and the highest level a reader has', () => {
    const e = { regions: ['twente'], sectors: ['bouw'], offers: ['stage'], languageLevel: 'A2' as const };
    expect(employerMatchesFilter(e, { region: 'twente', sector: 'bouw', offer: 'stage', languageLevel: 'B1' })).toBe(true);
    expect(employerMatchesFilter(e, { region: 'rijnmond' })).toBe(false);
    expect(employerMatchesFilter({ ...e, regions: ['landelijk'] }, { region: 'rijnmond' })).toBe(true);
    expect(employerMatchesFilter(e, { languageLevel: 'A1' })).toBe(false);
    expect(employerMatchesFilter(e, { languageLevel: 'A2' })).toBe(true);
    expect(employerMatchesFilter(e, { offer: 'vacature' })).toBe(false);
    expect(employerMatchesFilter(e, { sector: 'zorg' })).toBe(false);
  });
});
