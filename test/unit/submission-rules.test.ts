import { describe, expect, it } from 'vitest';
import { initiativeSchema, submissionSchema, type Submission } from '../../functions/contracts/initiative.ts';
import { ConflictingChangeError, SubmissionWithdrawnError } from '../../functions/domain/errors.ts';
import { withdrawalMail } from '../../functions/domain/initiative-mails.ts';
import { fingerprint } from '../../functions/domain/fingerprint.ts';
import {
  applyChanges,
  approveSubmission,
  auditEntryOf,
  correctSubmission,
  effectsOf,
  historyOf,
  isRecentChange,
  newSubmission,
  rejectSubmission,
  toManagedInitiative,
  withdrawalRequestHash,
  withdrawSubmission,
  withoutPersonalData,
} from '../../functions/domain/submission-rules.ts';
import { isOverLimit, rateWindow } from '../../functions/domain/rate-limit.ts';
import { validInitiative } from '../helpers/api-client.ts';

const t0 = new Date('2026-03-02T10:00:00.000Z');
const t1 = new Date('2026-03-02T11:00:00.000Z');
const input = initiativeSchema.parse(validInitiative({ website: 'https://voorbeeld.nl', approaches: ['mentoring'] }));
const fresh = (): Submission => newSubmission('abcdefghijkmnpqr', input, t0);

describe('the life of a submission', () => {
  it('starts pending at version 1, keeps consent as a moment and the creation as its last change', () => {
    const s = fresh();
    expect(s).toMatchObject({ status: 'pending', version: 1, consentAt: t0.toISOString(), statusChangedAt: t0.toISOString() });
    expect(s.initiative).not.toHaveProperty('consent');
    expect(auditEntryOf(s)).toEqual({ version: 1, at: t0.toISOString(), who: 'indiener', from: null, to: 'pending' });
  });

  it('approves a pending one: published, next version, moment of publication, the moderator as author', () => {
    const s = approveSubmission(fresh(), { who: 'anna', at: t1 });
    expect(s).toMatchObject({ status: 'published', version: 2, publishedAt: t1.toISOString(), statusChangedAt: t1.toISOString(), decision: { by: 'anna' } });
    expect(auditEntryOf(s)).toEqual({ version: 2, at: t1.toISOString(), who: 'anna', from: 'pending', to: 'published' });
  });

  it('rejects a pending one with the reason in the decision and the audit entry', () => {
    const s = rejectSubmission(fresh(), { who: 'bram', reason: 'Geen resultaten.', at: t1 });
    expect(s.decision).toEqual({ by: 'bram', at: t1.toISOString(), reason: 'Geen resultaten.' });
    expect(auditEntryOf(s)).toMatchObject({ from: 'pending', to: 'rejected', reason: 'Geen resultaten.' });
  });

  it.each(['approve', 'reject'] as const)('refuses to %s what is no longer pending', (action) => {
    const decided = approveSubmission(fresh(), { who: 'anna', at: t1 });
    const act = () =>
      action === 'approve' ? approveSubmission(decided, { who: 'bram', at: t1 }) : rejectSubmission(decided, { who: 'bram', reason: 'Nee hoor.', at: t1 });
    expect(act).toThrow(ConflictingChangeError);
  });

  it('puts a correction back to pending from any status, and refuses a stale version', () => {
    const published = approveSubmission(fresh(), { who: 'anna', at: t1 });
    const corrected = correctSubmission(published, { version: 2, changes: { title: 'Nieuw', website: null }, at: t1 });
    expect(corrected).toMatchObject({ status: 'pending', version: 3, initiative: { title: 'Nieuw' } });
    expect(corrected.initiative).not.toHaveProperty('website');
    expect(auditEntryOf(corrected)).toMatchObject({ who: 'indiener', from: 'published', to: 'pending' });
    expect(() => correctSubmission(published, { version: 1, changes: { title: 'Oud' }, at: t1 })).toThrow(ConflictingChangeError);
  });

  it('fingerprints the same request alike and another request differently', () => {
    const a = correctSubmission(fresh(), { version: 1, changes: { title: 'X', summary: 'Een samenvatting van lengte.' }, at: t0 });
    const b = correctSubmission(fresh(), { version: 1, changes: { summary: 'Een samenvatting van lengte.', title: 'X' }, at: t1 });
    const c = correctSubmission(fresh(), { version: 1, changes: { title: 'Y' }, at: t0 });
    expect(a.lastTransition.requestHash).toBe(b.lastTransition.requestHash);
    expect(a.lastTransition.requestHash).not.toBe(c.lastTransition.requestHash);
    expect(fingerprint({ a: 1, b: undefined })).toBe(fingerprint({ a: 1 }));
  });
});

describe('withdrawal', () => {
  it.each(['pending', 'published', 'rejected'] as const)('withdraws a %s submission: next version, status withdrawn, the submitter as author', (status) => {
    const base = fresh();
    const current =
      status === 'published'
        ? approveSubmission(base, { who: 'anna', at: t0 })
        : status === 'rejected'
          ? rejectSubmission(base, { who: 'bram', reason: 'Nee.', at: t0 })
          : base;
    const s = withdrawSubmission(current, { at: t1 });
    expect(s).toMatchObject({ status: 'withdrawn', version: current.version + 1, updatedAt: t1.toISOString(), statusChangedAt: t1.toISOString() });
    expect(auditEntryOf(s)).toEqual({ version: current.version + 1, at: t1.toISOString(), who: 'indiener', from: status, to: 'withdrawn' });
    expect(s.lastTransition.requestHash).toBe(withdrawalRequestHash());
    // The confirmation mail still needs the address: the erasure is a step of its own.
    expect(s.initiative.contact).toEqual(input.contact);
  });

  it('refuses to withdraw twice, to correct or show a withdrawn submission, and lets no moderator decide on it', () => {
    const withdrawn = withdrawSubmission(fresh(), { at: t1 });
    expect(() => withdrawSubmission(withdrawn, { at: t1 })).toThrow(SubmissionWithdrawnError);
    expect(() => correctSubmission(withdrawn, { version: 2, changes: { title: 'Toch' }, at: t1 })).toThrow(SubmissionWithdrawnError);
    // A correction that raced the withdrawal is stale first: a conflict, like any other race.
    expect(() => correctSubmission(withdrawn, { version: 1, changes: { title: 'Toch' }, at: t1 })).toThrow(ConflictingChangeError);
    expect(() => toManagedInitiative(withdrawn)).toThrow(SubmissionWithdrawnError);
    expect(() => approveSubmission(withdrawn, { who: 'anna', at: t1 })).toThrow(/ingetrokken/);
    expect(() => rejectSubmission(withdrawn, { who: 'anna', reason: 'Nee.', at: t1 })).toThrow(ConflictingChangeError);
  });

  it('erases the contact and nothing of the project, and only a withdrawn submission may be stored without contact', () => {
    const erased = withoutPersonalData(withdrawSubmission(fresh(), { at: t1 }));
    expect(erased.initiative).not.toHaveProperty('contact');
    expect(JSON.stringify(erased)).not.toMatch(/Anna de Vries|anna@example\.org/);
    expect(erased.initiative).toMatchObject({ title: input.title, website: 'https://voorbeeld.nl' });
    expect(submissionSchema.safeParse(erased).success).toBe(true);
    const broken = submissionSchema.safeParse({ ...erased, status: 'pending' });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.path).toEqual(['initiative', 'contact']);
  });

  it('writes a confirmation mail to the contact that says the page goes when it was published', () => {
    const published = approveSubmission(fresh(), { who: 'anna', at: t0 });
    const withdrawn = withdrawSubmission(published, { at: t1 });
    const mail = withdrawalMail(withdrawn, input.contact, 'https://werkpad.example.nl');
    expect(mail).toMatchObject({ to: { name: 'Anna de Vries', address: 'anna@example.org' }, subject: 'Uw aanmelding bij Werkpad is ingetrokken' });
    expect(mail.messageId).toBe('intrekking.abcdefghijkmnpqr.v3@werkpad.example.nl');
    expect(mail.text).toContain('verdwijnt binnen een paar minuten');
    expect(mail.text).toContain('verwijderen we uw naam en e-mailadres');
    expect(mail.text).not.toContain('#token=');
    expect(withdrawalMail(withdrawSubmission(fresh(), { at: t1 }), input.contact, 'https://werkpad.example.nl').text).not.toContain('verdwijnt');
  });
});

describe('applyChanges', () => {
  it('replaces given fields, clears null ones and keeps the rest', () => {
    const next = applyChanges(input, { title: 'Nieuw', approaches: null, website: undefined });
    expect(next.title).toBe('Nieuw');
    expect(next).not.toHaveProperty('approaches');
    expect(next.website).toBe('https://voorbeeld.nl');
  });
});

describe('effectsOf', () => {
  it.each([
    [{ from: null, to: 'pending' }, [{ kind: 'mail-manage-link' }]],
    [{ from: 'pending', to: 'published' }, [{ kind: 'published-changed' }, { kind: 'mail-approval' }]],
    [{ from: 'pending', to: 'rejected', reason: 'Nee.' }, [{ kind: 'mail-rejection', reason: 'Nee.' }]],
    [{ from: 'published', to: 'pending' }, [{ kind: 'published-changed' }]],
    [{ from: 'rejected', to: 'pending' }, []],
    [{ from: 'pending', to: 'pending' }, []],
    // The erasure comes last: the mail needs the address.
    [{ from: 'pending', to: 'withdrawn' }, [{ kind: 'mail-withdrawal' }, { kind: 'erase-personal-data' }]],
    [{ from: 'published', to: 'withdrawn' }, [{ kind: 'published-changed' }, { kind: 'mail-withdrawal' }, { kind: 'erase-personal-data' }]],
  ] as const)('%j → %j', (change, effects) => {
    expect(effectsOf({ version: 2, at: t0.toISOString(), who: 'x', ...change })).toEqual(effects);
  });
});

describe('views', () => {
  it('shows the submitter the reason only while rejected', () => {
    const rejected = rejectSubmission(fresh(), { who: 'bram', reason: 'Te kort.', at: t1 });
    expect(toManagedInitiative(rejected).rejectionReason).toBe('Te kort.');
    const back = correctSubmission(rejected, { version: 2, changes: { results: 'Meer.' }, at: t1 });
    expect(toManagedInitiative(back)).not.toHaveProperty('rejectionReason');
    expect(toManagedInitiative(back)).not.toHaveProperty('decision');
  });

  it('completes the history with the latest change when its audit item is missing', () => {
    const s = approveSubmission(fresh(), { who: 'anna', at: t1 });
    const stored = [auditEntryOf(fresh())];
    expect(historyOf(s, stored).map((e) => e.version)).toEqual([1, 2]);
    expect(historyOf(s, [...stored, auditEntryOf(s)]).map((e) => e.version)).toEqual([1, 2]);
  });

  it('treats a change as recent for 30 seconds', () => {
    const entry = auditEntryOf(fresh());
    expect(isRecentChange(entry, new Date(t0.getTime() + 29_999))).toBe(true);
    expect(isRecentChange(entry, new Date(t0.getTime() + 30_000))).toBe(false);
  });
});

describe('rate limit windows', () => {
  it('puts a moment in its minute and says how long the minute lasts', () => {
    expect(rateWindow(new Date('2026-03-02T10:00:45.300Z'))).toEqual({ start: Date.parse('2026-03-02T10:00:00Z') / 1000, retryAfterSeconds: 15 });
    expect(rateWindow(new Date('2026-03-02T10:01:00.000Z')).retryAfterSeconds).toBe(60);
  });

  it('is over the limit only after the limit, and never with limit 0', () => {
    expect([isOverLimit(2, 2), isOverLimit(3, 2), isOverLimit(1_000, 0)]).toEqual([false, true, false]);
  });
});
