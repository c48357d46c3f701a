import { describe, expect, it } from 'vitest';
import { validInitiative } from '../helpers/api-client.ts';
import { useApiServer } from '../helpers/api-server.ts';
import { manageTokenIn, readOutbox } from '../helpers/outbox.ts';
import { storeTargets } from '../helpers/stores.ts';

describe.each(storeTargets())('initiative submissions on $name', ({ env }) => {
  const t = useApiServer({ ...env });

  /** Every stored submission, whatever its status, seen through the moderation API. */
  async function storedSubmissions(): Promise<any[]> {
    const all = [];
    for (const status of ['pending', 'published', 'rejected']) {
      const res = await t.api.admin.get(`/api/admin/submissions?status=${status}&limit=100`);
      expect(res.status).toBe(200);
      all.push(...res.body.items);
    }
    return all;
  }

  /** Creates a submission and returns its id and the manage token from its mail. */
  async function submit(overrides: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
    const contact = { name: 'Bram Jansen', email: `bram.${Math.random().toString(36).slice(2, 8)}@example.org` };
    const res = await t.api.post('/api/initiatives', { json: validInitiative({ contact, ...overrides }) });
    expect(res.status).toBe(201);
    const mail = readOutbox(t.server.dataDir).find((m) => m.headers.to?.includes(contact.email));
    const token = mail && manageTokenIn(mail);
    if (!token) throw new Error('no manage mail');
    return { id: res.body.id, token };
  }

  describe('POST /api/initiatives', () => {
    it('stores a valid submission as pending and mails the contact a manage link with the token in the fragment', async () => {
      // Act
      const res = await t.api.post('/api/initiatives', {
        json: validInitiative({
          description: 'Elke dinsdag leren ze samen.\n\nDaarna gaan ze de bouwplaats op.',
          website: 'https://voorbeeld.nl/taalmaatjes',
          actionLines: [2, 3],
          approaches: ['taal-op-de-werkvloer'],
          targetGroups: ['statushouders'],
          results: 'Twaalf mensen begonnen; negen werken er nog.',
        }),
      });
      // Assess
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.stringMatching(/^[a-km-z2-9]{16}$/), status: 'pending' });
      const stored = await t.api.admin.get(`/api/admin/submissions/${res.body.id}`);
      expect(stored.body).toMatchObject({
        id: res.body.id,
        status: 'pending',
        version: 1,
        initiative: { title: 'Taalmaatjes in de bouw', contact: { name: 'Anna de Vries', email: 'anna@example.org' }, actionLines: [2, 3] },
        history: [{ version: 1, who: 'indiener', from: null, to: 'pending' }],
      });
      expect(stored.body.initiative).not.toHaveProperty('consent');
      expect(stored.body.consentAt).toBe(stored.body.createdAt);

      const mails = readOutbox(t.server.dataDir);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail!.headers.to).toBe('Anna de Vries <anna@example.org>');
      expect(mail!.headers.subject).toBe('Uw aanmelding bij Werkpad is ontvangen');
      expect(mail!.headers['message-id']).toMatch(new RegExp(`^<aanmelding\\.${res.body.id}\\.v1@`));
      expect(mail!.raw).toMatch(/^From: .*\r\nTo: /);
      expect(mail!.raw.split('\r\n').every((line) => Buffer.byteLength(line) <= 78)).toBe(true);
      expect(mail!.text).toContain(`${t.server.url}/initiatief/beheren/#token=`);
      expect(manageTokenIn(mail!)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(mail!.text).toContain('"Taalmaatjes in de bouw"');
    });

    it.each([
      ['a wrong type', validInitiative({ title: 42 }), { title: 'vul de titel in als tekst' }],
      ['an unknown top-level key', validInitiative({ extra: 'x' }), { extra: 'dit veld kennen we niet' }],
      ['an unknown nested key', validInitiative({ contact: { name: 'Anna', email: 'anna@example.org', phone: '06' } }), { 'contact.phone': 'dit veld kennen we niet' }],
      ['an http website', validInitiative({ website: 'http://voorbeeld.nl' }), { website: 'vul een volledig webadres in dat met https:// begint' }],
      ['HTML in a text', validInitiative({ summary: 'Wij doen <script>alert(1)</script> dingen met mensen.' }), { summary: expect.stringContaining('zonder HTML') }],
      ['a control character', validInitiative({ title: 'Taal\u0000maatjes' }), { title: expect.stringContaining('stuurtekens') }],
      ['a line break in a one-line field', validInitiative({ organisation: 'Bouw\nbedrijf' }), { organisation: expect.stringContaining('één regel') }],
      ['no consent', validInitiative({ consent: false }), { consent: expect.stringContaining('toestemming') }],
      ['an unknown region', validInitiative({ regions: ['twente', 'mars'] }), { 'regions.1': 'kies een bestaande regio' }],
      ['a region twice', validInitiative({ regions: ['twente', 'twente'] }), { 'regions.1': 'deze regio staat er al in' }],
      ['no sector', validInitiative({ sectors: [] }), { sectors: 'kies minstens één sector' }],
      ['an invalid e-mail address', validInitiative({ contact: { name: 'Anna', email: 'anna-at-example' } }), { 'contact.email': expect.stringContaining('geldig e-mailadres') }],
      ['a too long title', validInitiative({ title: 'x'.repeat(161) }), { title: 'de titel is te lang: gebruik hooguit 160 tekens' }],
      ['an action line outside 1–4', validInitiative({ actionLines: [5] }), { 'actionLines.0': expect.stringContaining('1 tot en met 4') }],
      ['a blank summary', validInitiative({ summary: '      ' }), { summary: 'vul de samenvatting in' }],
    ])('answers 400 with a Dutch message at the field for %s, and stores nothing', async (_name, body, fields) => {
      const before = (await storedSubmissions()).length;
      const mailsBefore = readOutbox(t.server.dataDir).length;
      const res = await t.api.post('/api/initiatives', { json: body });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', message: expect.any(String), fields });
      expect((await storedSubmissions()).length).toBe(before);
      expect(readOutbox(t.server.dataDir)).toHaveLength(mailsBefore);
    });

    it('names every missing required field', async () => {
      const res = await t.api.post('/api/initiatives', { json: {} });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['consent', 'contact', 'organisation', 'regions', 'sectors', 'summary', 'title']);
    });

    it.each([
      ['an oversized body', { raw: JSON.stringify(validInitiative({ description: 'x'.repeat(40_000) })), headers: { 'content-type': 'application/json' } }, 413, 'payload_too_large'],
      ['invalid JSON', { raw: '{"title": ', headers: { 'content-type': 'application/json' } }, 400, 'validation_failed'],
      ['another content type', { raw: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported_media_type'],
      ['a __proto__ key', { raw: JSON.stringify(validInitiative()).replace('{', '{"__proto__":{"status":"published"},'), headers: { 'content-type': 'application/json' } }, 400, 'validation_failed'],
      ['an array instead of an object', { json: [validInitiative()] }, 400, 'validation_failed'],
      ['an unusable Idempotency-Key', { json: validInitiative(), headers: { 'idempotency-key': 'x'.repeat(300) } }, 400, 'validation_failed'],
    ])('answers %s with %i and stores nothing', async (_name, options, status, code) => {
      const before = (await storedSubmissions()).length;
      const res = await t.api.post('/api/initiatives', options);
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect((await storedSubmissions()).length).toBe(before);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers the same key and body with the first answer, and stores and mails once', async () => {
      const key = crypto.randomUUID();
      const body = validInitiative({ title: 'Eenmaal aangemeld' });
      const mailsBefore = readOutbox(t.server.dataDir).length;
      const first = await t.api.post('/api/initiatives', { json: body, headers: { 'idempotency-key': key } });
      // Same content, keys in another order: the same request.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const second = await t.api.post('/api/initiatives', { json: reordered, headers: { 'idempotency-key': key } });

      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect((await storedSubmissions()).filter((s) => s.initiative.title === 'Eenmaal aangemeld')).toHaveLength(1);
      expect(readOutbox(t.server.dataDir)).toHaveLength(mailsBefore + 1);
    });

    it('answers 422 idempotency_key_reused for the same key with another body', async () => {
      const key = crypto.randomUUID();
      await t.api.post('/api/initiatives', { json: validInitiative({ title: 'Eerste versie' }), headers: { 'idempotency-key': key } });
      const res = await t.api.post('/api/initiatives', { json: validInitiative({ title: 'Andere versie' }), headers: { 'idempotency-key': key } });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('idempotency_key_reused');
      expect((await storedSubmissions()).some((s) => s.initiative.title === 'Andere versie')).toBe(false);
    });
  });

  describe('the manage link', () => {
    it('shows the submitter their own submission with contact data, status and version', async () => {
      const { id, token } = await submit({ website: 'https://voorbeeld.nl' });
      const res = await t.api.post('/api/initiatives/manage', { json: { token } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, status: 'pending', version: 1, initiative: { website: 'https://voorbeeld.nl', contact: { name: 'Bram Jansen' } } });
      expect(res.body).not.toHaveProperty('rejectionReason');
      expect(res.body).not.toHaveProperty('lastTransition');
    });

    it.each([
      ['an unknown token', { token: 'A'.repeat(43) }],
      ['a token of the wrong shape', { token: 'nope' }],
    ])('answers 404 for %s without saying whether anything exists', async (_name, body) => {
      const res = await t.api.post('/api/initiatives/manage', { json: body });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      const patch = await t.api.patch('/api/initiatives/manage', { json: { ...body, version: 1, title: 'Nieuwe titel' } });
      expect(patch.status).toBe(404);
      expect(patch.body.error.message).toBe(res.body.error.message);
    });

    it('applies a correction, clears a field with null, sets it back to pending and records who did it', async () => {
      const { id, token } = await submit({ website: 'https://voorbeeld.nl' });
      const res = await t.api.patch('/api/initiatives/manage', {
        json: { token, version: 1, title: 'Taalmaatjes in bouw en techniek', sectors: ['bouw', 'techniek'], website: null },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, status: 'pending', version: 2, initiative: { title: 'Taalmaatjes in bouw en techniek', sectors: ['bouw', 'techniek'] } });
      expect(res.body.initiative).not.toHaveProperty('website');

      const detail = await t.api.admin.get(`/api/admin/submissions/${id}`);
      expect(detail.body.history).toEqual([
        { version: 1, at: expect.any(String), who: 'indiener', from: null, to: 'pending' },
        { version: 2, at: expect.any(String), who: 'indiener', from: 'pending', to: 'pending' },
      ]);
    });

    it('answers 409 conflict for a stale version and keeps the newer data', async () => {
      const { token } = await submit();
      expect((await t.api.patch('/api/initiatives/manage', { json: { token, version: 1, title: 'Eerste wijziging' } })).status).toBe(200);
      const stale = await t.api.patch('/api/initiatives/manage', { json: { token, version: 1, title: 'Tweede wijziging' } });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('conflict');
      const now = await t.api.post('/api/initiatives/manage', { json: { token } });
      expect(now.body).toMatchObject({ version: 2, initiative: { title: 'Eerste wijziging' } });
    });

    it('refuses a correction that breaks a field rule, or changes nothing, and keeps the submission as it was', async () => {
      const { token } = await submit();
      const bad = await t.api.patch('/api/initiatives/manage', { json: { token, version: 1, website: 'http://voorbeeld.nl', status: 'published' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toMatchObject({ website: expect.stringContaining('https://'), status: 'dit veld kennen we niet' });
      const empty = await t.api.patch('/api/initiatives/manage', { json: { token, version: 1 } });
      expect(empty.status).toBe(400);
      expect(empty.body.error.fields).toEqual({ _: 'verander minstens één veld' });
      expect((await t.api.post('/api/initiatives/manage', { json: { token } })).body.version).toBe(1);
    });

    it('shows the rejection reason, and a correction sends a rejected submission back to the queue', async () => {
      const { id, token } = await submit();
      expect((await t.api.admin.post(`/api/admin/submissions/${id}/reject`, { json: { reason: 'Er staat geen resultaat in.' } })).status).toBe(200);
      const seen = await t.api.post('/api/initiatives/manage', { json: { token } });
      expect(seen.body).toMatchObject({ status: 'rejected', version: 2, rejectionReason: 'Er staat geen resultaat in.' });

      const fixed = await t.api.patch('/api/initiatives/manage', { json: { token, version: 2, results: 'Vijf mensen hebben nu werk.' } });
      expect(fixed.body).toMatchObject({ status: 'pending', version: 3 });
      expect(fixed.body).not.toHaveProperty('rejectionReason');
      const detail = await t.api.admin.get(`/api/admin/submissions/${id}`);
      expect(detail.body.history.at(-1)).toMatchObject({ version: 3, who: 'indiener', from: 'rejected', to: 'pending' });
    });

    it('takes a published submission off the site when it is corrected, until it is approved again', async () => {
      const { id, token } = await submit();
      const before = t.publishedChanges;
      await t.api.admin.post(`/api/admin/submissions/${id}/approve`);
      expect(t.publishedChanges).toBe(before + 1);
      const res = await t.api.patch('/api/initiatives/manage', { json: { token, version: 2, summary: 'Een nieuwe samenvatting die lang genoeg is om te tonen.' } });
      expect(res.body.status).toBe('pending');
      expect(t.publishedChanges).toBe(before + 2);
      const published = await t.api.admin.get('/api/admin/submissions?status=published&limit=100');
      expect(published.body.items.some((s: { id: string }) => s.id === id)).toBe(false);
    });
  });

  it('writes no token, e-mail address or name to the server log', () => {
    expect(t.logLines.length).toBeGreaterThan(0);
    const log = t.logLines.join('\n');
    expect(log).toContain('POST /api/initiatives 201');
    for (const mail of readOutbox(t.server.dataDir)) {
      const token = manageTokenIn(mail);
      if (token) expect(log).not.toContain(token);
    }
    expect(log).not.toMatch(/@example\.org|Anna de Vries|Bram Jansen|#token=/);
  });
});
