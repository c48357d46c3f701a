import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureEmployerDependencies } from '../../functions/handlers/employer-dependencies.ts';
import type { ApiResponse } from '../helpers/api-client.ts';
import { useApiServer } from '../helpers/api-server.ts';
import { linkTokenIn, validEmployer } from '../helpers/employer-fixtures.ts';
import { readOutbox, type OutboxMail } from '../helpers/outbox.ts';
import { storeTargets } from '../helpers/stores.ts';

const ANNA = 'token-van-anna-0123456789';
const DAY = 86_400_000;

describe.each(storeTargets())('the employer register over HTTP on $name', ({ env }) => {
  const t = useApiServer({ ...env, MODERATORS: `anna:${ANNA}` });
  let registerChanges = 0;
  let clockOffset = 0;
  let kvkCounter = 10_000_000;

  beforeAll(() => {
    // The rebuild hook the local server would get, counted; and a clock tests can move forward.
    return configureEmployerDependencies({ onPublishedChanged: () => void registerChanges++, now: () => new Date(Date.now() + clockOffset) });
  });
  afterEach(() => {
    clockOffset = 0;
  });

  const anna = {
    get: (path: string) => t.api.request('GET', path, { token: ANNA }),
    post: (path: string, json?: unknown) => t.api.request('POST', path, { token: ANNA, ...(json === undefined ? {} : { json }) }),
  };
  const nextKvk = () => String(++kvkCounter);
  const mails = () => readOutbox(t.server.dataDir);
  const mailsTo = (address: string) => mails().filter((m) => m.headers.to?.includes(address));
  // The outbox sorts by second, then Message-ID: mails of one second are told apart by subject.
  const lastMailTo = (address: string, subject: string): OutboxMail => {
    const found = mailsTo(address).filter((m) => m.headers.subject === subject).at(-1);
    if (!found) throw new Error(`no mail "${subject}" to ${address}`);
    return found;
  };
  const VERIFY = 'Bevestig de aanmelding van uw bedrijf bij Werkpad';
  const VERIFIED = 'Uw bedrijf staat in het werkgeversregister van Werkpad';

  /** Registers a company; returns its id, KvK number, contact address and the verify token from the mail. */
  async function register(overrides: Record<string, unknown> = {}) {
    const kvk = (overrides.kvk as string | undefined) ?? nextKvk();
    const email = `werkgever.${kvk}.${Math.random().toString(36).slice(2, 7)}@example.org`;
    const res = await t.api.post('/api/employers', {
      json: validEmployer({ kvk, contact: { name: 'Mila van der Berg', email, phone: '06 12345678' }, ...overrides }),
    });
    expect(res.status).toBe(201);
    const verifyToken = linkTokenIn(lastMailTo(email, VERIFY).text, '/werkgevers/bevestigen/', 'token');
    if (!verifyToken) throw new Error('no verify link');
    return { id: res.body.id as string, kvk, email, verifyToken };
  }

  /** Registers and verifies; returns also the manage token from the second mail. */
  async function registered(overrides: Record<string, unknown> = {}) {
    const entry = await register(overrides);
    const res = await t.api.post('/api/employers/verify', { json: { token: entry.verifyToken } });
    expect(res.status).toBe(200);
    const manageToken = linkTokenIn(lastMailTo(entry.email, VERIFIED).text, '/werkgevers/beheren/', 'token');
    if (!manageToken) throw new Error('no manage link');
    return { ...entry, manageToken };
  }

  async function publicIds(query = ''): Promise<string[]> {
    const res = await t.api.get(`/api/employers?limit=100${query}`);
    expect(res.status).toBe(200);
    return res.body.items.map((e: { id: string }) => e.id);
  }

  describe('POST /api/employers', () => {
    it('answers 201 unverified, stores the contact for moderators only and mails the verify link', async () => {
      const { id, email, verifyToken, kvk } = await register({ description: 'Wij bouwen woningen in Twente.', website: 'https://vanderberg.example.nl' });
      const mail = lastMailTo(email, VERIFY);
      expect(mail.headers.to).toBe(`Mila van der Berg <${email}>`);
      expect(mail.text).toContain(`${t.server.url}/werkgevers/bevestigen/#token=${verifyToken}`);
      expect(verifyToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(mail.text).toContain(`KvK ${kvk}`);
      const detail = await anna.get(`/api/admin/employers/${id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        id,
        status: 'unverified',
        version: 1,
        employer: { kvk, contact: { email, phone: '06 12345678' } },
        history: [{ version: 1, who: 'werkgever', action: 'register', from: null, to: 'unverified' }],
      });
      expect(await publicIds()).not.toContain(id);
      expect((await anna.get('/api/admin/employers?status=unverified&limit=100')).body.items.map((e: { id: string }) => e.id)).toContain(id);
    });

    it.each([
      ['letters', '1234567a'],
      ['7 digits', '1234567'],
      ['9 digits', '123456789'],
    ])('refuses a KvK number with %s: 400 with a Dutch message at the field, nothing stored, no mail', async (_what, kvk) => {
      const before = mails().length;
      const res = await t.api.post('/api/employers', { json: validEmployer({ kvk }) });
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: 'validation_failed',
        message: 'Niet alle velden zijn goed ingevuld.',
        fields: { kvk: 'het KvK-nummer bestaat uit precies 8 cijfers, zonder letters of spaties, zoals 12345678' },
      });
      expect(mails()).toHaveLength(before);
    });

    it.each([
      ['an unknown region', validEmployer({ regions: ['atlantis'] }), { 'regions.0': 'kies een bestaande regio' }],
      ['no offers', validEmployer({ offers: [] }), { offers: 'kies minstens één soort aanbod' }],
      ['an unknown skill', validEmployer({ skills: ['toveren'] }), { 'skills.0': 'kies een bestaande vaardigheid' }],
      ['a language level outside CEFR', validEmployer({ languageLevel: 'D2' }), { languageLevel: 'kies een taalniveau van A0 tot en met C2' }],
      ['an unknown key', validEmployer({ vacatures: 3 }), { vacatures: 'dit veld kennen we niet' }],
      ['an unknown contact key', validEmployer({ contact: { name: 'Mila', email: 'mila@example.org', fax: '1' } }), { 'contact.fax': 'dit veld kennen we niet' }],
      ['no consent', validEmployer({ consent: false }), { consent: expect.stringContaining('toestemming') }],
      ['HTML in the description', validEmployer({ description: 'Wij zijn <b>groot</b>' }), { description: expect.stringContaining('zonder HTML') }],
      ['a text longer than its bound', validEmployer({ name: 'n'.repeat(161) }), { name: 'de naam van het bedrijf is te lang: gebruik hooguit 160 tekens' }],
    ])('refuses %s with 400 and a message at that field', async (_what, body, fields) => {
      const res = await t.api.post('/api/employers', { json: body });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual(fields);
    });

    it('refuses a body that is not JSON (415) or too large (413)', async () => {
      expect((await t.api.post('/api/employers', { raw: 'kvk=12345678', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
      expect((await t.api.post('/api/employers', { json: validEmployer({ description: 'x'.repeat(40_000) }) })).status).toBe(413);
    });

    it('answers 409 for the KvK number of a verified entry, without storing or mailing anything', async () => {
      const { kvk } = await registered();
      const before = mails().length;
      const unverifiedBefore = (await anna.get('/api/admin/employers?status=unverified&limit=100')).body.items.length;
      const res = await t.api.post('/api/employers', { json: validEmployer({ kvk, name: 'Iemand anders BV' }) });
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'conflict',
        message: expect.stringContaining('Dit KvK-nummer staat al in het werkgeversregister'),
        // The message at the field it is about, as a 400 does, so a form can show it there.
        fields: { kvk: expect.stringContaining('Dit KvK-nummer staat al in het werkgeversregister') },
      });
      expect(mails()).toHaveLength(before);
      expect((await anna.get('/api/admin/employers?status=unverified&limit=100')).body.items).toHaveLength(unverifiedBefore);
    });

    it('accepts a second registration while the first is unverified; whoever confirms first holds the number', async () => {
      const kvk = nextKvk();
      const first = await register({ kvk });
      const second = await register({ kvk, name: 'De echte eigenaar BV' });
      const won = await t.api.post('/api/employers/verify', { json: { token: second.verifyToken } });
      expect(won.status).toBe(200);
      const lost = await t.api.post('/api/employers/verify', { json: { token: first.verifyToken } });
      expect(lost.status).toBe(409);
      expect(lost.body.error.code).toBe('conflict');
      expect(lost.body.error.fields).toBeUndefined(); // a verification has no field to point at
      expect((await anna.get(`/api/admin/employers/${first.id}`)).body.status).toBe('unverified');
      expect(await publicIds()).toContain(second.id);
      expect(await publicIds()).not.toContain(first.id);
    });

    it('replays the first answer for a repeated Idempotency-Key and refuses the key with another body', async () => {
      const body = validEmployer({ kvk: nextKvk() });
      const first = await t.api.post('/api/employers', { json: body, headers: { 'idempotency-key': 'werkgever-1' } });
      const again = await t.api.post('/api/employers', { json: body, headers: { 'idempotency-key': 'werkgever-1' } });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      const other = await t.api.post('/api/employers', { json: { ...body, name: 'Ander BV' }, headers: { 'idempotency-key': 'werkgever-1' } });
      expect(other.status).toBe(422);
      expect(other.body.error.code).toBe('idempotency_key_reused');
    });
  });

  describe('POST /api/employers/verify', () => {
    it('puts the entry in the register, mails the manage link and asks for a rebuild', async () => {
      const { id, email, verifyToken } = await register();
      const changes = registerChanges;
      const res = await t.api.post('/api/employers/verify', { json: { token: verifyToken } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id, status: 'verified', confirmedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      expect(registerChanges).toBe(changes + 1);
      const mail = lastMailTo(email, VERIFIED);
      expect(mail.text).toMatch(new RegExp(`${t.server.url}/werkgevers/beheren/#token=[A-Za-z0-9_-]{43}`));
      expect(await publicIds()).toContain(id);
    });

    it('answers a reused link with 410 and changes nothing', async () => {
      const { id, verifyToken } = await registered();
      const before = (await anna.get(`/api/admin/employers/${id}`)).body;
      const mailCount = mails().length;
      const res = await t.api.post('/api/employers/verify', { json: { token: verifyToken } });
      expect(res.status).toBe(410);
      expect(res.body.error).toEqual({ code: 'gone', message: expect.stringContaining('al gebruikt') });
      expect((await anna.get(`/api/admin/employers/${id}`)).body).toEqual(before);
      expect(mails()).toHaveLength(mailCount);
    });

    it('answers an expired link (after 7 days) with 410 and changes nothing', async () => {
      const { id, verifyToken, kvk } = await register();
      clockOffset = 7 * DAY + 60_000;
      const res = await t.api.post('/api/employers/verify', { json: { token: verifyToken } });
      expect(res.status).toBe(410);
      expect(res.body.error.message).toContain('verlopen');
      clockOffset = 0;
      expect((await anna.get(`/api/admin/employers/${id}`)).body).toMatchObject({ status: 'unverified', version: 1 });
      // The number stays free: a new registration is accepted.
      expect((await t.api.post('/api/employers', { json: validEmployer({ kvk }) })).status).toBe(201);
    });

    it('answers an unknown link with 410 and a token of the wrong shape with 400', async () => {
      expect((await t.api.post('/api/employers/verify', { json: { token: 'A'.repeat(43) } })).status).toBe(410);
      const res = await t.api.post('/api/employers/verify', { json: { token: '' } });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual({ token: 'de beheerlink is onvolledig; open de link uit de e-mail opnieuw' });
    });
  });

  describe('GET /api/employers', () => {
    it('lists company data only: never the contact name, e-mail address or phone', async () => {
      const { id, email } = await registered();
      const res = await t.api.get('/api/employers?limit=100');
      const item = res.body.items.find((e: { id: string }) => e.id === id);
      expect(Object.keys(item).sort()).toEqual(
        ['confirmedAt', 'id', 'kvk', 'languageLevel', 'name', 'offers', 'regions', 'sectors', 'skills', 'verifiedAt'].sort(),
      );
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(email);
      expect(text).not.toContain('Mila van der Berg');
      expect(text).not.toContain('06 12345678');
      expect(text).not.toMatch(/contact|phone|email/i);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('filters by region (nationwide employers too), sector, offer and language level', async () => {
      const twente = await registered({ regions: ['twente'], sectors: ['zorg'], offers: ['stage'], languageLevel: 'B1' });
      const national = await registered({ regions: ['landelijk'], sectors: ['zorg'], offers: ['vacature'], languageLevel: 'A1' });
      const rijnmond = await registered({ regions: ['rijnmond'], sectors: ['ict'], offers: ['stage'], languageLevel: 'A0' });
      const ids = [twente.id, national.id, rijnmond.id];
      const only = async (query: string) => (await publicIds(query)).filter((id) => ids.includes(id)).sort();
      expect(await only('&region=twente')).toEqual([twente.id, national.id].sort());
      expect(await only('&sector=zorg')).toEqual([twente.id, national.id].sort());
      expect(await only('&offer=stage')).toEqual([twente.id, rijnmond.id].sort());
      expect(await only('&languageLevel=A1')).toEqual([national.id, rijnmond.id].sort());
      expect(await only('&region=rijnmond&sector=ict&offer=stage&languageLevel=A0')).toEqual([rijnmond.id]);
      expect(await only('&region=twente&offer=vacature')).toEqual([national.id]);
    });

    it.each([
      ['region=atlantis', { region: 'kies een bestaande regio' }],
      ['sector=ruimtevaart', { sector: 'kies een bestaande sector' }],
      ['offer=baan', { offer: 'kies een bestaande soort aanbod' }],
      ['languageLevel=B3', { languageLevel: 'kies een taalniveau van A0 tot en met C2' }],
      ['limit=101', { limit: 'limit is een getal van 1 tot en met 100' }],
      ['limit=nul', { limit: 'limit is een getal van 1 tot en met 100' }],
      ['stad=enschede', { stad: 'deze parameter kennen we niet' }],
      ['cursor=bestaatniet', { cursor: 'deze cursor is ongeldig; begin opnieuw zonder cursor' }],
    ])('answers an invalid query (%s) with 400 and a message per parameter', async (query, fields) => {
      const res = await t.api.get(`/api/employers?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', fields });
    });

    it('pages with limit and cursor to the end, every entry once', async () => {
      const mine = [await registered({ sectors: ['groen'] }), await registered({ sectors: ['groen'] }), await registered({ sectors: ['groen'] })];
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: ApiResponse = await t.api.get(`/api/employers?sector=groen&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((e: { id: string }) => e.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(cursor).toBeNull();
      expect(seen.filter((id) => mine.some((m) => m.id === id)).sort()).toEqual(mine.map((m) => m.id).sort());
      expect(new Set(seen).size).toBe(seen.length);
    });
  });

  describe('POST|PATCH|DELETE /api/employers/manage', () => {
    it('reads the entry with its version and updates it; the register shows the change at once', async () => {
      const { id, manageToken, email } = await registered();
      const read = await t.api.post('/api/employers/manage', { json: { token: manageToken } });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id, status: 'verified', version: 2, employer: { contact: { email } } });
      const changes = registerChanges;
      const res = await t.api.patch('/api/employers/manage', {
        json: { token: manageToken, version: 2, name: 'Van der Berg Bouw BV', regions: ['rijnmond'], website: 'https://vdberg.example.nl' },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ version: 3, status: 'verified', employer: { name: 'Van der Berg Bouw BV', regions: ['rijnmond'] } });
      expect(registerChanges).toBe(changes + 1);
      const listed = (await t.api.get('/api/employers?region=rijnmond&limit=100')).body.items.find((e: { id: string }) => e.id === id);
      expect(listed).toMatchObject({ name: 'Van der Berg Bouw BV', website: 'https://vdberg.example.nl' });
    });

    it('answers a stale version with 409 and a clear message, and overwrites nothing', async () => {
      const { id, manageToken } = await registered();
      expect((await t.api.patch('/api/employers/manage', { json: { token: manageToken, version: 2, name: 'Eerste wijziging BV' } })).status).toBe(200);
      const res = await t.api.patch('/api/employers/manage', { json: { token: manageToken, version: 2, name: 'Tweede wijziging BV' } });
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({ code: 'conflict', message: expect.stringContaining('Er is niets overschreven') });
      expect((await anna.get(`/api/admin/employers/${id}`)).body).toMatchObject({ version: 3, employer: { name: 'Eerste wijziging BV' } });
    });

    it('refuses a change without fields, a changed KvK number and bad values with 400', async () => {
      const { manageToken } = await registered();
      expect((await t.api.patch('/api/employers/manage', { json: { token: manageToken, version: 2 } })).body.error.fields).toEqual({ _: 'verander minstens één veld' });
      expect((await t.api.patch('/api/employers/manage', { json: { token: manageToken, version: 2, kvk: '99999999', name: 'Ander BV' } })).body.error.fields).toEqual({
        kvk: 'het KvK-nummer kunt u niet wijzigen; meld een ander bedrijf apart aan',
      });
      expect((await t.api.patch('/api/employers/manage', { json: { token: manageToken, version: 2, offers: ['iets'] } })).body.error.fields).toEqual({
        'offers.0': 'kies een bestaande soort aanbod',
      });
    });

    it('answers an unknown manage token with 404', async () => {
      const res = await t.api.post('/api/employers/manage', { json: { token: 'B'.repeat(43) } });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    });

    it('leaves at once: gone from the API, contact erased, audit entry without personal data, the link then 410', async () => {
      const { id, manageToken, email, kvk } = await registered();
      const changes = registerChanges;
      const res = await t.api.delete('/api/employers/manage', { json: { token: manageToken } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id, status: 'withdrawn' });
      expect(await publicIds()).not.toContain(id);
      expect(registerChanges).toBe(changes + 1);
      const detail = (await anna.get(`/api/admin/employers/${id}`)).body;
      expect(detail.status).toBe('withdrawn');
      expect(detail.employer).not.toHaveProperty('contact');
      expect(JSON.stringify(detail)).not.toContain(email);
      expect(detail.history.at(-1)).toEqual({ version: 3, at: expect.any(String), who: 'werkgever', action: 'withdraw', from: 'verified', to: 'withdrawn' });
      expect(lastMailTo(email, 'Uw bedrijf staat niet meer in het werkgeversregister van Werkpad').text).toContain('verwijderen we uw naam, e-mailadres en telefoonnummer');
      expect((await t.api.post('/api/employers/manage', { json: { token: manageToken } })).status).toBe(410);
      expect((await t.api.delete('/api/employers/manage', { json: { token: manageToken } })).status).toBe(410);
      // The number is free again.
      expect((await t.api.post('/api/employers', { json: validEmployer({ kvk }) })).status).toBe(201);
    });
  });

  describe('POST /api/employers/link', () => {
    it('always answers 202; mails a fresh manage link only when number and address match', async () => {
      const { kvk, email } = await registered();
      const before = mails().length;
      for (const body of [
        { kvk, email: 'onbekend@example.org' },
        { kvk: '99999998', email },
        { kvk: '99999997', email: 'niemand@example.org' },
      ]) {
        const res = await t.api.post('/api/employers/link', { json: body });
        expect(res.status).toBe(202);
        expect(res.body).toEqual({ status: 'accepted' });
      }
      expect(mails()).toHaveLength(before);
      const res = await t.api.post('/api/employers/link', { json: { kvk, email: email.toUpperCase() } });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'accepted' });
      expect(mails()).toHaveLength(before + 1);
      const mail = lastMailTo(email, 'Uw nieuwe beheerlink voor het werkgeversregister van Werkpad');
      const token = linkTokenIn(mail.text, '/werkgevers/beheren/', 'token')!;
      expect((await t.api.post('/api/employers/manage', { json: { token } })).body.employer.kvk).toBe(kvk);
    });

    it('refuses a malformed KvK number or address with 400', async () => {
      const res = await t.api.post('/api/employers/link', { json: { kvk: '123', email: 'x' } });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['email', 'kvk']);
    });
  });

  describe('moderation', () => {
    it('needs a moderator: 401 without or with a wrong token', async () => {
      for (const [method, path] of [
        ['GET', '/api/admin/employers'],
        ['GET', '/api/admin/employers/abcdefghijkmnpqr'],
        ['POST', '/api/admin/employers/abcdefghijkmnpqr/hide'],
        ['POST', '/api/admin/employers/abcdefghijkmnpqr/restore'],
      ] as const) {
        const res = await t.api.request(method, path, { token: 'fout-token', ...(method === 'POST' ? { json: { reason: 'Een reden.' } } : {}) });
        expect(res.status).toBe(401);
      }
    });

    it('hides with a reason mailed to the employer, keeps it out of the register, restores it, all in the audit trail', async () => {
      const { id, email } = await registered();
      const changes = registerChanges;
      const hidden = await anna.post(`/api/admin/employers/${id}/hide`, { reason: 'Het KvK-nummer hoort bij een ander bedrijf.' });
      expect(hidden.status).toBe(200);
      expect(hidden.body).toEqual({ id, status: 'hidden' });
      expect(await publicIds()).not.toContain(id);
      expect(lastMailTo(email, 'Uw bedrijf is verborgen in het werkgeversregister van Werkpad').text).toContain('Het KvK-nummer hoort bij een ander bedrijf.');
      expect((await anna.get('/api/admin/employers?status=hidden&limit=100')).body.items.map((e: { id: string }) => e.id)).toContain(id);
      const twice = await anna.post(`/api/admin/employers/${id}/hide`, { reason: 'Nog een keer verbergen.' });
      expect(twice.status).toBe(409);
      const restored = await anna.post(`/api/admin/employers/${id}/restore`);
      expect(restored.status).toBe(200);
      expect(restored.body).toEqual({ id, status: 'verified' });
      expect(await publicIds()).toContain(id);
      expect(registerChanges).toBe(changes + 2);
      const detail = (await anna.get(`/api/admin/employers/${id}`)).body;
      expect(detail.history.map((h: { action: string; who: string }) => `${h.action}:${h.who}`)).toEqual([
        'register:werkgever',
        'verify:werkgever',
        'hide:anna',
        'restore:anna',
      ]);
    });

    it('answers 404 for an unknown id, 400 for a short reason and for an unknown status', async () => {
      expect((await anna.get('/api/admin/employers/abcdefghijkmnpqr')).status).toBe(404);
      expect((await anna.post('/api/admin/employers/abcdefghijkmnpqr/hide', { reason: 'Een goede reden.' })).status).toBe(404);
      const { id } = await registered();
      const short = await anna.post(`/api/admin/employers/${id}/hide`, { reason: 'nee' });
      expect(short.status).toBe(400);
      expect(short.body.error.fields).toEqual({ reason: 'de reden is te kort: gebruik minstens 5 tekens' });
      const status = await anna.get('/api/admin/employers?status=weg');
      expect(status.status).toBe(400);
      expect(status.body.error.fields).toEqual({ status: 'kies unverified, verified, hidden of withdrawn' });
    });
  });

  describe('freshness through the hourly upkeep', () => {
    it("mails the 'still open' link after a year, hides the entry 30 days later, and confirming brings it back", async () => {
      const { id, email } = await registered();
      clockOffset = 366 * DAY;
      await t.server.maintenance();
      const reminder = lastMailTo(email, 'Staat uw bedrijf nog open voor statushouders?');
      const confirmToken = linkTokenIn(reminder.text, '/werkgevers/bevestigen/', 'confirm');
      expect(confirmToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await publicIds()).toContain(id);

      clockOffset = 397 * DAY;
      await t.server.maintenance();
      expect(await publicIds()).not.toContain(id);
      expect((await anna.get(`/api/admin/employers/${id}`)).body).toMatchObject({ status: 'hidden', hidden: { kind: 'stale', by: 'systeem' } });
      expect(lastMailTo(email, 'Uw bedrijf staat niet meer zichtbaar in het werkgeversregister').text).toContain('#confirm=');

      const confirmed = await t.api.post('/api/employers/confirm', { json: { token: confirmToken } });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toEqual({ id, status: 'verified', confirmedAt: expect.any(String) });
      expect(Date.parse(confirmed.body.confirmedAt)).toBeGreaterThan(Date.now() + 396 * DAY);
      expect(await publicIds()).toContain(id);
    });

    it('answers a confirm link of a withdrawn entry with 410 and an unknown one with 404', async () => {
      const { manageToken } = await registered();
      expect((await t.api.post('/api/employers/confirm', { json: { token: manageToken } })).status).toBe(200);
      expect((await t.api.delete('/api/employers/manage', { json: { token: manageToken } })).status).toBe(200);
      expect((await t.api.post('/api/employers/confirm', { json: { token: manageToken } })).status).toBe(410);
      expect((await t.api.post('/api/employers/confirm', { json: { token: 'C'.repeat(43) } })).status).toBe(404);
    });
  });
});
