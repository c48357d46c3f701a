import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient, tableName } from '../../functions/adapters/dynamodb/client.ts';
import { getSubmission, getSubmissionWithHistory, listPublishedSubmissions, replaceSubmission, submissionsRepository } from '../../functions/adapters/dynamodb/submissions-repository.ts';
import { manageTokenHash, publishedPractices } from '../../functions/domain/initiative-submissions.ts';
import { withdrawSubmission } from '../../functions/domain/submission-rules.ts';
import { validInitiative } from '../helpers/api-client.ts';
import { useApiServer } from '../helpers/api-server.ts';
import { manageTokenIn, readOutbox } from '../helpers/outbox.ts';
import { storeTargets } from '../helpers/stores.ts';

/**
 * `DELETE /api/initiatives/manage`: the submitter withdraws through the manage link (GDPR
 * erasure). Checks the stored items themselves, not only what the API shows.
 */
describe.each(storeTargets())('withdrawing a submission on $name', ({ env }) => {
  const t = useApiServer({ ...env });

  /** Creates a submission with a contact of its own; returns its id, token and contact. */
  async function submit(overrides: Record<string, unknown> = {}) {
    const tag = Math.random().toString(36).slice(2, 8);
    const contact = { name: `Iris Intrek ${tag}`, email: `iris.${tag}@example.org` };
    const res = await t.api.post('/api/initiatives', { json: validInitiative({ contact, ...overrides }) });
    expect(res.status).toBe(201);
    const mail = readOutbox(t.server.dataDir).find((m) => m.headers.to?.includes(contact.email));
    const token = mail && manageTokenIn(mail);
    if (!token) throw new Error('no manage mail');
    return { id: res.body.id as string, token, contact };
  }

  /** Every item stored under the submission's partition (the submission and its audit items), raw. */
  async function rawItems(id: string): Promise<Record<string, unknown>[]> {
    const out = await documentClient().send(
      new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `SUB#${id}` }, ConsistentRead: true }),
    );
    return out.Items ?? [];
  }

  const withdrawalMailsTo = (email: string) =>
    readOutbox(t.server.dataDir).filter((m) => m.headers.to?.includes(email) && m.headers.subject === 'Uw aanmelding bij Werkpad is ingetrokken');

  it('withdraws a pending submission: 200, a confirmation mail, then name and e-mail address gone from every stored item', async () => {
    // Prepare
    const { id, token, contact } = await submit();
    // Act
    const res = await t.api.delete('/api/initiatives/manage', { json: { token } });
    // Assess
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id, status: 'withdrawn' });

    const items = await rawItems(id);
    expect(items.map((i) => i.sk)).toEqual(['AUDIT#0000000001', 'AUDIT#0000000002', 'META']);
    const raw = JSON.stringify(items);
    expect(raw).not.toContain(contact.name);
    expect(raw).not.toContain(contact.email);
    const stored = await getSubmission(id);
    expect(stored).toMatchObject({ status: 'withdrawn', version: 2, initiative: { title: 'Taalmaatjes in de bouw' } });
    expect(stored!.initiative).not.toHaveProperty('contact');
    expect(items.find((i) => i.sk === 'META')).toMatchObject({ gsi1pk: 'SUB#STATUS#withdrawn' });

    const { history } = (await getSubmissionWithHistory(id))!;
    expect(history.at(-1)).toEqual({ version: 2, at: stored!.statusChangedAt, who: 'indiener', from: 'pending', to: 'withdrawn' });

    const [mail, ...more] = withdrawalMailsTo(contact.email);
    expect(more).toEqual([]);
    expect(mail!.headers['message-id']).toMatch(new RegExp(`^<intrekking\\.${id}\\.v2@`));
    expect(mail!.text).toContain('"Taalmaatjes in de bouw"');
    expect(mail!.text).not.toContain('#token=');
  });

  it('shows moderators the withdrawn submission without contact data, in its own queue', async () => {
    const { id, token } = await submit();
    expect((await t.api.delete('/api/initiatives/manage', { json: { token } })).status).toBe(200);
    const detail = await t.api.admin.get(`/api/admin/submissions/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'withdrawn' });
    expect(detail.body.initiative).not.toHaveProperty('contact');
    const queue = await t.api.admin.get('/api/admin/submissions?status=withdrawn&limit=100');
    expect(queue.body.items.map((s: { id: string }) => s.id)).toContain(id);
    expect((await t.api.admin.post(`/api/admin/submissions/${id}/approve`)).status).toBe(409);
  });

  it('makes the manage link answer 410 gone afterwards, to reading, correcting and withdrawing again', async () => {
    const { token } = await submit();
    expect((await t.api.delete('/api/initiatives/manage', { json: { token } })).status).toBe(200);
    for (const res of [
      await t.api.post('/api/initiatives/manage', { json: { token } }),
      await t.api.patch('/api/initiatives/manage', { json: { token, version: 2, title: 'Toch weer terug' } }),
      await t.api.delete('/api/initiatives/manage', { json: { token } }),
    ]) {
      expect(res.status).toBe(410);
      expect(res.body.error).toEqual({ code: 'gone', message: expect.stringMatching(/ingetrokken.*link werkt niet meer/) });
    }
  });

  it('takes a published submission out of the published query and asks for the same rebuild as an approval', async () => {
    // Prepare
    const { id, token } = await submit({ title: 'Zichtbaar tot de intrekking' });
    const beforeApproval = t.publishedChanges;
    expect((await t.api.admin.post(`/api/admin/submissions/${id}/approve`)).status).toBe(200);
    expect(t.publishedChanges).toBe(beforeApproval + 1);
    expect((await listPublishedSubmissions()).map((s) => s.id)).toContain(id);
    // Act
    const res = await t.api.delete('/api/initiatives/manage', { json: { token } });
    // Assess
    expect(res.status).toBe(200);
    expect(t.publishedChanges).toBe(beforeApproval + 2);
    expect((await listPublishedSubmissions()).map((s) => s.id)).not.toContain(id);
    // What the site build's content loader gets.
    expect((await publishedPractices({ submissions: submissionsRepository })).map((p) => p.id)).not.toContain(`aanmelding-${id}`);
    const { history } = (await getSubmissionWithHistory(id))!;
    expect(history.map((e) => [e.who, e.from, e.to])).toEqual([
      ['indiener', null, 'pending'],
      ['admin', 'pending', 'published'],
      ['indiener', 'published', 'withdrawn'],
    ]);
  });

  it.each([
    ['no token', {}, { token: expect.stringContaining('beheerlink') }],
    ['a token that is not text', { token: 42 }, { token: 'de beheerlink is onvolledig; open de link uit de e-mail opnieuw' }],
    ['an empty token', { token: '' }, { token: 'de beheerlink is onvolledig; open de link uit de e-mail opnieuw' }],
    ['an unknown key', { token: 'A'.repeat(43), version: 1 }, { version: 'dit veld kennen we niet' }],
  ])('answers 400 with a Dutch message at the field for %s, and changes nothing', async (_name, json, fields) => {
    const { id, token } = await submit();
    const res = await t.api.delete('/api/initiatives/manage', { json });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', fields });
    expect((await t.api.post('/api/initiatives/manage', { json: { token } })).body).toMatchObject({ id, status: 'pending', version: 1 });
  });

  it.each([
    ['invalid JSON', { raw: '{"token": ', headers: { 'content-type': 'application/json' } }, 400, 'validation_failed'],
    ['another content type', { raw: 'token=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported_media_type'],
    ['no body', {}, 415, 'unsupported_media_type'],
  ])('answers %s with %i, never a 5xx', async (_name, options, status, code) => {
    const res = await t.api.delete('/api/initiatives/manage', options);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
  });

  it('answers an unknown token exactly as reading does: 404, the same message', async () => {
    const body = { token: 'B'.repeat(43) };
    const read = await t.api.post('/api/initiatives/manage', { json: body });
    const withdraw = await t.api.delete('/api/initiatives/manage', { json: body });
    expect(withdraw.status).toBe(404);
    expect(withdraw.body).toEqual(read.body);
  });

  it('lets a correction and a withdrawal sent at the same moment never both apply to the same version', async () => {
    for (let round = 0; round < 3; round++) {
      const { id, token } = await submit();
      const [patch, withdrawal] = await Promise.all([
        t.api.patch('/api/initiatives/manage', { json: { token, version: 1, title: `Gelijktijdig ${round}` } }),
        t.api.delete('/api/initiatives/manage', { json: { token } }),
      ]);
      const statuses = [patch.status, withdrawal.status];
      expect(statuses.every((s) => [200, 409, 410].includes(s)), JSON.stringify(statuses)).toBe(true);
      const stored = (await getSubmissionWithHistory(id))!;
      const changes = stored.history.slice(1).map((e) => e.to);
      if (withdrawal.status === 200 && patch.status === 200) {
        // Not concurrent after all: the correction was complete before the withdrawal read.
        expect(changes).toEqual(['pending', 'withdrawn']);
      } else if (withdrawal.status === 200) {
        expect(changes).toEqual(['withdrawn']);
        expect(stored.submission.initiative.title).toBe('Taalmaatjes in de bouw');
      } else {
        expect(withdrawal.status).toBe(409);
        expect(withdrawal.body.error.code).toBe('conflict');
        expect(patch.status).toBe(200);
        expect(changes).toEqual(['pending']);
        expect(stored.submission).toMatchObject({ status: 'pending', initiative: { title: `Gelijktijdig ${round}` } });
      }
      // Whoever won, a withdrawn submission keeps no contact.
      if (stored.submission.status === 'withdrawn') expect(stored.submission.initiative).not.toHaveProperty('contact');
    }
  });

  it('lets two withdrawals at the same moment end in one withdrawal with one audit entry', async () => {
    const { id, token, contact } = await submit();
    const results = await Promise.all([1, 2].map(() => t.api.delete('/api/initiatives/manage', { json: { token } })));
    expect(results.some((r) => r.status === 200)).toBe(true);
    expect(results.every((r) => [200, 409, 410].includes(r.status))).toBe(true);
    const stored = (await getSubmissionWithHistory(id))!;
    expect(stored.history.map((e) => e.to)).toEqual(['pending', 'withdrawn']);
    expect(stored.submission.initiative).not.toHaveProperty('contact');
    expect(withdrawalMailsTo(contact.email)).toHaveLength(1);
  });

  describe('a crash between two writes', () => {
    it('finishes a withdrawal whose state write happened but nothing after it: mail, erasure, one audit entry', async () => {
      // Prepare: step 1 of the withdrawal (state + lastTransition, contact still there) done by hand, then "crash".
      const { id, token, contact } = await submit();
      const current = (await getSubmission(id))!;
      expect(await replaceSubmission(withdrawSubmission(current, { at: new Date() }), current.version)).toBe('written');
      expect((await getSubmission(id))!.initiative.contact).toEqual(contact);
      // The link already answers 410: the submission is withdrawn from the first write on.
      expect((await t.api.post('/api/initiatives/manage', { json: { token } })).status).toBe(410);
      // Act: the submitter's browser retries.
      const retry = await t.api.delete('/api/initiatives/manage', { json: { token } });
      // Assess
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ id, status: 'withdrawn' });
      const stored = (await getSubmissionWithHistory(id))!;
      expect(stored.submission.initiative).not.toHaveProperty('contact');
      expect(stored.history.map((e) => [e.version, e.who, e.to])).toEqual([
        [1, 'indiener', 'pending'],
        [2, 'indiener', 'withdrawn'],
      ]);
      expect(withdrawalMailsTo(contact.email)).toHaveLength(1);
      expect(JSON.stringify(await rawItems(id))).not.toContain(contact.email);
      // Once complete, the same request is spent.
      expect((await t.api.delete('/api/initiatives/manage', { json: { token } })).status).toBe(410);
    });

    it('is finished by the periodic upkeep of the server when nobody comes back', async () => {
      // Prepare: a withdrawal that crashed after its state write two minutes ago (no longer running).
      const { id, contact } = await submit();
      const current = (await getSubmission(id))!;
      const twoMinutesAgo = new Date(Date.now() - 120_000);
      expect(await replaceSubmission(withdrawSubmission(current, { at: twoMinutesAgo }), current.version)).toBe('written');
      // Act
      const { finished } = await t.server.maintenance();
      // Assess
      expect(finished).toBeGreaterThanOrEqual(1);
      const stored = (await getSubmissionWithHistory(id))!;
      expect(stored.submission.initiative).not.toHaveProperty('contact');
      expect(stored.history.map((e) => e.to)).toEqual(['pending', 'withdrawn']);
      expect(withdrawalMailsTo(contact.email)).toHaveLength(1);
      expect(JSON.stringify(await rawItems(id))).not.toContain(contact.email);
    });
  });

  it('keeps the manage token item, which holds only a hash and an id, so the link can say it is spent', async () => {
    const { id, token } = await submit();
    await t.api.delete('/api/initiatives/manage', { json: { token } });
    expect(await submissionsRepository.findIdByManageToken(manageTokenHash(token))).toBe(id);
  });

  it('writes no token, e-mail address or name to the server log', () => {
    const log = t.logLines.join('\n');
    expect(log).toContain('DELETE /api/initiatives/manage 200');
    for (const mail of readOutbox(t.server.dataDir)) {
      const token = manageTokenIn(mail);
      if (token) expect(log).not.toContain(token);
    }
    expect(log).not.toMatch(/@example\.org|Iris Intrek|#token=/);
  });
});
