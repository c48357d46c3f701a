import { describe, expect, it } from 'vitest';
import { claimIdempotencyKey, getIdempotencyRecord } from '../../functions/adapters/dynamodb/idempotency-repository.ts';
import {
  getSubmission,
  getSubmissionWithHistory,
  insertSubmission,
  listPublishedSubmissions,
  replaceSubmission,
  submissionsRepository,
} from '../../functions/adapters/dynamodb/submissions-repository.ts';
import { initiativeSchema } from '../../functions/contracts/initiative.ts';
import { sha256Hex } from '../../functions/domain/fingerprint.ts';
import { CREATE_SCOPE, publishedPractices } from '../../functions/domain/initiative-submissions.ts';
import { toPublishedPractice } from '../../functions/domain/publication.ts';
import { approveSubmission, creationRequestHash, newSubmission, rejectSubmission } from '../../functions/domain/submission-rules.ts';
import { validInitiative } from '../helpers/api-client.ts';
import { useApiServer } from '../helpers/api-server.ts';
import { readOutbox } from '../helpers/outbox.ts';
import { storeTargets } from '../helpers/stores.ts';

const ANNA = 'token-van-anna-0123456789';
const BRAM = 'token-van-bram-9876543210';

describe.each(storeTargets())('moderation on $name', ({ env }) => {
  const t = useApiServer({ ...env, MODERATORS: `anna:${ANNA},bram:${BRAM}` });

  async function submit(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await t.api.post('/api/initiatives', { json: validInitiative(overrides) });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  describe('authentication', () => {
    const routes: Array<[string, string]> = [
      ['GET', '/api/admin/submissions'],
      ['GET', '/api/admin/submissions/abcdefghijkmnpqr'],
      ['POST', '/api/admin/submissions/abcdefghijkmnpqr/approve'],
      ['POST', '/api/admin/submissions/abcdefghijkmnpqr/reject'],
    ];
    it.each(routes)('%s %s answers 401 without a token and with an unknown one', async (method, path) => {
      for (const token of [undefined, 'geen-geldig-token']) {
        const body = method === 'POST' ? { json: { reason: 'Een reden van genoeg tekens.' } } : {};
        const res = await t.api.request(method, path, { ...(token ? { token } : {}), ...body });
        expect(res.status).toBe(401);
        expect(res.body.error.code).toBe('unauthorized');
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
      }
    });

    it('changes nothing for a request without a valid token', async () => {
      const id = await submit();
      await t.api.post(`/api/admin/submissions/${id}/approve`, { token: 'fout' });
      expect((await t.api.admin.get(`/api/admin/submissions/${id}`)).body.status).toBe('pending');
    });
  });

  describe('the queues', () => {
    it('lists a status newest first, with contact data, paged by cursor to the end', async () => {
      const ids: string[] = [];
      for (const n of [1, 2, 3]) ids.push(await submit({ title: `Wachtrij ${n}`, contact: { name: 'Cas', email: `cas${n}@example.org` } }));
      const seen: any[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `/api/admin/submissions?status=pending&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const res = await t.api.admin.get(query);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      expect(cursor).toBeNull();
      const ours = seen.filter((s) => ids.includes(s.id));
      expect(ours.map((s) => s.initiative.title)).toEqual(['Wachtrij 3', 'Wachtrij 2', 'Wachtrij 1']);
      expect(ours[0].initiative.contact).toEqual({ name: 'Cas', email: 'cas3@example.org' });
      const times = seen.map((s) => s.statusChangedAt);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it.each([
      ['status=archived', 'status'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=twee', 'limit'],
      ['cursor=bm9uc2Vucw', 'cursor'],
      ['sort=asc', 'sort'],
    ])('answers 400 for ?%s with a message at %s', async (query, field) => {
      const res = await t.api.admin.get(`/api/admin/submissions?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      expect((await t.api.admin.get('/api/admin/submissions/abcdefghijkmnpqr')).status).toBe(404);
      expect((await t.api.admin.get('/api/admin/submissions/..%2F..%2Fetc')).status).toBe(404);
      expect((await t.api.admin.post('/api/admin/submissions/abcdefghijkmnpqr/approve')).status).toBe(404);
    });
  });

  describe('decisions', () => {
    it('approves a pending submission, records the moderator, and refuses a second decision with 409', async () => {
      const id = await submit();
      const before = t.publishedChanges;
      const res = await t.api.post(`/api/admin/submissions/${id}/approve`, { token: ANNA });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id, status: 'published' });
      expect(t.publishedChanges).toBe(before + 1);
      // The contact hears the decision, with the address of the coming page.
      const mails = readOutbox(t.server.dataDir).filter((m) => m.headers['message-id']?.startsWith(`<goedkeuring.${id}.v2@`));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.headers.subject).toBe('Uw aanmelding staat op Werkpad');
      expect(mails[0]!.text).toContain(`/praktijkvoorbeelden/aanmelding-${id}/`);

      const detail = await t.api.admin.get(`/api/admin/submissions/${id}`);
      expect(detail.body).toMatchObject({ status: 'published', version: 2, publishedAt: expect.any(String), decision: { by: 'anna' } });
      expect(detail.body.history).toEqual([
        { version: 1, at: detail.body.createdAt, who: 'indiener', from: null, to: 'pending' },
        { version: 2, at: detail.body.publishedAt, who: 'anna', from: 'pending', to: 'published' },
      ]);

      for (const [action, json] of [['approve', undefined], ['reject', { reason: 'Toch maar niet plaatsen.' }]] as const) {
        const again = await t.api.post(`/api/admin/submissions/${id}/${action}`, { token: BRAM, ...(json ? { json } : {}) });
        expect(again.status).toBe(409);
        expect(again.body.error.code).toBe('conflict');
      }
      expect((await t.api.admin.get(`/api/admin/submissions/${id}`)).body.history).toHaveLength(2);
    });

    it('rejects with a reason, mails the reason to the submitter and keeps it in the audit trail', async () => {
      const id = await submit({ contact: { name: 'Dewi Ø Şahin', email: 'dewi@example.org' } });
      const reason = 'Het initiatief zet geen statushouders aan het werk.\nVoeg de resultaten toe.';
      const res = await t.api.post(`/api/admin/submissions/${id}/reject`, { token: BRAM, json: { reason } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id, status: 'rejected' });

      const detail = await t.api.admin.get(`/api/admin/submissions/${id}`);
      expect(detail.body.decision).toMatchObject({ by: 'bram', reason });
      expect(detail.body.history.at(-1)).toMatchObject({ version: 2, who: 'bram', from: 'pending', to: 'rejected', reason });

      const mail = readOutbox(t.server.dataDir).find((m) => m.headers['message-id']?.startsWith(`<afwijzing.${id}.v2@`));
      expect(mail).toBeDefined();
      expect(mail!.headers.to).toBe('Dewi Ø Şahin <dewi@example.org>');
      expect(mail!.text).toContain(reason);
      expect(mail!.text).not.toContain('#token=');
    });

    it.each([
      ['no reason', {}, 'reason'],
      ['an empty reason', { reason: '   ' }, 'reason'],
      ['a reason with HTML', { reason: '<a href="https://x.nl">klik</a> hier' }, 'reason'],
      ['a too long reason', { reason: 'x'.repeat(1001) }, 'reason'],
    ])('answers 400 for a rejection with %s and keeps it pending', async (_name, json, field) => {
      const id = await submit();
      const res = await t.api.admin.post(`/api/admin/submissions/${id}/reject`, { json });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
      expect((await t.api.admin.get(`/api/admin/submissions/${id}`)).body.status).toBe('pending');
    });

    it.each([
      ['approve / reject', 'approve', 'reject'],
      ['approve / approve', 'approve', 'approve'],
      ['reject / reject', 'reject', 'reject'],
    ])('lets exactly one of two moderators win when they decide at the same moment (%s)', async (_name, first, second) => {
      const id = await submit();
      const decide = (action: string, token: string) =>
        t.api.post(`/api/admin/submissions/${id}/${action}`, { token, ...(action === 'reject' ? { json: { reason: `Afgewezen door ${token.slice(10, 14)}.` } } : {}) });
      const results = await Promise.all([decide(first, ANNA), decide(second, BRAM)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);

      const winner = results.find((r) => r.status === 200)!;
      const detail = await t.api.admin.get(`/api/admin/submissions/${id}`);
      expect(detail.body.status).toBe(winner.body.status);
      expect(detail.body.history).toHaveLength(2);
      expect(detail.body.history[1]).toMatchObject({ version: 2, from: 'pending', to: winner.body.status });
    });
  });

  describe('a crash between two writes', () => {
    it('finishes an approval whose state write happened but whose audit entry did not, with exactly one audit entry', async () => {
      // Prepare: step 1 of the approval (state + lastTransition) done by hand, then "crash".
      const id = await submit();
      const current = (await getSubmission(id))!;
      expect(await replaceSubmission(approveSubmission(current, { who: 'admin', at: new Date() }), current.version)).toBe('written');
      const half = await getSubmissionWithHistory(id);
      expect(half!.history).toHaveLength(1);
      // The audit trail already shows the change, because the entry travels with the state.
      expect((await t.api.admin.get(`/api/admin/submissions/${id}`)).body.history).toHaveLength(2);
      const before = t.publishedChanges;

      // Act: the moderator retries.
      const retry = await t.api.admin.post(`/api/admin/submissions/${id}/approve`);

      // Assess
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ id, status: 'published' });
      expect(t.publishedChanges).toBe(before + 1);
      expect(readOutbox(t.server.dataDir).filter((m) => m.headers['message-id']?.startsWith(`<goedkeuring.${id}.`))).toHaveLength(1);
      const stored = await getSubmissionWithHistory(id);
      expect(stored!.history.map((e) => [e.version, e.who, e.to])).toEqual([
        [1, 'indiener', 'pending'],
        [2, 'admin', 'published'],
      ]);
      // And once complete, the same request again is a second decision: 409.
      expect((await t.api.admin.post(`/api/admin/submissions/${id}/approve`)).status).toBe(409);
      expect((await getSubmissionWithHistory(id))!.history).toHaveLength(2);
    });

    it('finishes a rejection after a crash: the mail goes out and the audit entry is written once', async () => {
      const id = await submit({ contact: { name: 'Eva', email: 'eva@example.org' } });
      const current = (await getSubmission(id))!;
      const reason = 'Graag eerst de resultaten aanvullen.';
      await replaceSubmission(rejectSubmission(current, { who: 'anna', reason, at: new Date() }), current.version);

      const retry = await t.api.post(`/api/admin/submissions/${id}/reject`, { token: ANNA, json: { reason } });

      expect(retry.status).toBe(200);
      const stored = await getSubmissionWithHistory(id);
      expect(stored!.history.filter((e) => e.version === 2)).toEqual([expect.objectContaining({ who: 'anna', to: 'rejected', reason })]);
      expect(readOutbox(t.server.dataDir).filter((m) => m.headers['message-id']?.startsWith(`<afwijzing.${id}.`))).toHaveLength(1);
    });

    it('does not let another moderator take over a crashed change: 409, and the crashed one stays finishable', async () => {
      const id = await submit();
      const current = (await getSubmission(id))!;
      await replaceSubmission(approveSubmission(current, { who: 'anna', at: new Date() }), current.version);

      const other = await t.api.post(`/api/admin/submissions/${id}/reject`, { token: BRAM, json: { reason: 'Ik was eerst, dacht ik.' } });
      expect(other.status).toBe(409);
      const retry = await t.api.post(`/api/admin/submissions/${id}/approve`, { token: ANNA });
      expect(retry.status).toBe(200);
      expect((await getSubmissionWithHistory(id))!.history.map((e) => e.who)).toEqual(['indiener', 'anna']);
    });

    it('finishes a creation with an Idempotency-Key whose request stopped after storing the submission', async () => {
      // Prepare: a request claimed the key a minute ago and stored the submission, then crashed before
      // its mail, its audit entry and completing the key.
      const key = crypto.randomUUID();
      const body = validInitiative({ title: 'Halverwege gestopt', contact: { name: 'Fenna', email: 'fenna@example.org' } });
      const input = initiativeSchema.parse(body);
      const id = 'crashcrashcrash2';
      const then = new Date(Date.now() - 60_000);
      const keyHash = sha256Hex(key);
      expect(await claimIdempotencyKey(CREATE_SCOPE, keyHash, { requestHash: creationRequestHash(input), resourceId: id, state: 'started', startedAt: then.toISOString() }, then)).toBe('claimed');
      expect(await insertSubmission(newSubmission(id, input, then))).toBe('written');

      // Act: the client retries with the same key and body.
      const retry = await t.api.post('/api/initiatives', { json: body, headers: { 'idempotency-key': key } });
      const again = await t.api.post('/api/initiatives', { json: body, headers: { 'idempotency-key': key } });

      // Assess: the first id, one submission, one audit entry, one manage mail, key completed.
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual({ id, status: 'pending' });
      expect(again.body).toEqual({ id, status: 'pending' });
      const pending = await t.api.admin.get('/api/admin/submissions?status=pending&limit=100');
      expect(pending.body.items.filter((s: any) => s.initiative.title === 'Halverwege gestopt')).toHaveLength(1);
      expect((await getSubmissionWithHistory(id))!.history).toEqual([expect.objectContaining({ version: 1, who: 'indiener', to: 'pending' })]);
      const mails = readOutbox(t.server.dataDir).filter((m) => m.headers.to?.includes('fenna@example.org'));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain('/initiatief/beheren/#token=');
      expect((await getIdempotencyRecord(CREATE_SCOPE, keyHash, new Date()))?.state).toBe('completed');
    });

    it('answers 409 while a request with the same key is still within its lease', async () => {
      const key = crypto.randomUUID();
      const body = validInitiative({ title: 'Nog bezig' });
      const now = new Date();
      await claimIdempotencyKey(CREATE_SCOPE, sha256Hex(key), { requestHash: creationRequestHash(initiativeSchema.parse(body)), resourceId: 'bezigbezigbezig2', state: 'started', startedAt: now.toISOString() }, now);
      const res = await t.api.post('/api/initiatives', { json: body, headers: { 'idempotency-key': key } });
      expect(res.status).toBe(409);
      expect(await getSubmission('bezigbezigbezig2')).toBeUndefined();
    });
  });

  describe('publication', () => {
    it('lists approved submissions for the build and maps them to a practice without contact data', async () => {
      const id = await submit({
        title: 'Werkplaats Statushouders',
        description: 'Zie [deze link](https://x.nl) en # geen kop.',
        website: 'https://werkplaats.example.nl',
        contact: { name: 'Geheim Persoon', email: 'geheim@example.org' },
      });
      await t.api.admin.post(`/api/admin/submissions/${id}/approve`);
      const published = await listPublishedSubmissions();
      const submission = published.find((s) => s.id === id);
      expect(submission).toBeDefined();
      const practice = toPublishedPractice(submission!);
      expect(practice.id).toBe(`aanmelding-${id}`);
      expect(practice.frontmatter).toMatchObject({ title: 'Werkplaats Statushouders', origin: 'aanmelding', organisations: ['Bouwbedrijf Voorbeeld'] });
      expect(practice.frontmatter.lastVerified).toBe(submission!.publishedAt!.slice(0, 10));
      expect(JSON.stringify(practice)).not.toMatch(/geheim|Geheim Persoon/i);
      expect(practice.body).toBe('Zie \\[deze link\\]\\(https\\://x\\.nl\\) en \\# geen kop\\.');
      expect(published.every((s) => s.status === 'published')).toBe(true);
      // The loader's entry point gives the same practices.
      expect((await publishedPractices({ submissions: submissionsRepository })).find((p) => p.id === practice.id)).toEqual(practice);
    });
  });
});
