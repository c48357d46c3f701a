import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient, tableName } from '../../functions/adapters/dynamodb/client.ts';
import { importVerifiedEmployers } from '../../functions/adapters/dynamodb/employers-repository.ts';
import { seededEmployer } from '../../functions/domain/employer-rules.ts';
import { seedEmployers } from '../../scripts/seed.ts';
import { useApiServer } from '../helpers/api-server.ts';

/**
 * `POST /api/match` over HTTP against the local server on the embedded store, filled with a few
 * thousand synthetic verified employers (`scripts/seed.ts`) plus a few made for these tests.
 */
const ctx = useApiServer();
const SYNTHETIC = 2_500;
const at = new Date('2026-11-01T09:00:00.000Z');
const contact = { name: 'Contactpersoon Test', email: 'test@example.org' };

// The best fit for the Zeeland profile below, and two that differ from it on one rule each.
const bestFit = seededEmployer(
  'bestfit222222222',
  {
    name: 'Best Passend Warmtebedrijf',
    kvk: '80000001',
    regions: ['zeeland'],
    sectors: ['energie'],
    offers: ['leerwerkplek', 'taal-op-de-werkvloer'],
    languageLevel: 'A1',
    skills: ['warmtepompen', 'laadpalen', 'isoleren'],
    contact,
  },
  at,
);
const asksMoreDutch = seededEmployer('moredutch2222222', { ...bestFit.employer, contact, name: 'Aa Warmte die B2 vraagt', kvk: '80000002', languageLevel: 'B2' }, at);
const fewerSkills = seededEmployer('fewerskiqqs22222', { ...bestFit.employer, contact, name: 'Aa Warmte met één vaardigheid', kvk: '80000003', skills: ['warmtepompen', 'lassen', 'koken'] }, at);

const zeeland = {
  region: 'zeeland',
  languageLevel: 'A1',
  sectors: ['energie'],
  skills: ['Warmtepompmonteur', 'laadpalen', 'isolatiemonteurs', 'xylofoonstemmer'],
  offers: ['leerwerkplek'],
};

beforeAll(async () => {
  await seedEmployers(0, SYNTHETIC);
  await importVerifiedEmployers([bestFit, asksMoreDutch, fewerSkills]);
});

const match = (json: unknown, headers: Record<string, string> = {}) => ctx.api.post('/api/match', { json, headers });

describe('POST /api/match with a few thousand employers', () => {
  it('ranks the best fit first, with its reasons, and the near misses below it', async () => {
    const res = await match(zeeland);
    expect(res.status).toBe(200);
    const ids = res.body.employers.map((e: { id: string }) => e.id);
    expect(ids[0]).toBe(bestFit.id);
    expect(ids.indexOf(fewerSkills.id)).toBeGreaterThan(0);
    expect(ids.indexOf(asksMoreDutch.id) === -1 || ids.indexOf(asksMoreDutch.id) > ids.indexOf(fewerSkills.id)).toBe(true);
    expect(res.body.employers[0]).toEqual({
      id: bestFit.id,
      name: 'Best Passend Warmtebedrijf',
      score: 100,
      url: `/werkgevers/${bestFit.id}/`,
      reasons: [
        { type: 'match', text: 'In uw arbeidsmarktregio Zeeland.' },
        { type: 'match', text: 'Sector: Energie.' },
        { type: 'match', text: 'Uw vaardigheden passen: Warmtepompen installeren, Laadpalen installeren, Isoleren.' },
        { type: 'match', text: 'Vraagt Nederlands op niveau A1; u hebt A1.' },
        { type: 'match', text: 'Biedt wat u zoekt: Leerwerkplek.' },
        { type: 'match', text: 'Vraagt geen diploma.' },
      ],
    });
  });

  it('answers at most 20 of each kind, best first, and names the skill words it could not place', async () => {
    const res = await match(zeeland);
    for (const kind of ['employers', 'practices', 'schemes'] as const) {
      const list = res.body[kind] as { score: number }[];
      expect(list.length, kind).toBeLessThanOrEqual(20);
      expect(list.map((i) => i.score), kind).toEqual([...list.map((i) => i.score)].sort((a, b) => b - a));
    }
    expect((await match({ region: 'rijnmond', languageLevel: 'B1', sectors: ['zorg'] })).body.employers).toHaveLength(20);
    expect(res.body.practices.length).toBeGreaterThan(0);
    expect(res.body.schemes.length).toBeGreaterThan(0);
    expect(res.body.unknownSkills).toEqual(['xylofoonstemmer']);
    expect(res.body.reasonsLanguage).toEqual({ lang: 'nl', reviewed: true });
  });

  it('counts employers that work everywhere, and looks in the rest of the province when the region has too few', async () => {
    // Gorinchem is the smallest region: with one sector it cannot fill a list of 20 on its own.
    const res = await match({ region: 'gorinchem', languageLevel: 'B1', sectors: ['ict'] });
    const texts = res.body.employers.flatMap((e: { reasons: { text: string }[] }) => e.reasons.map((r) => r.text));
    expect(texts).toContain('Actief in heel Nederland.');
    expect(texts).toContain('In dezelfde provincie (Zuid-Holland), niet in uw eigen regio.');
  });

  it('gives the same answer to the same profile', async () => {
    const first = await match(zeeland);
    const second = await match(zeeland);
    expect(second.body).toEqual(first.body);
  });

  it('writes the reasons in the language of Accept-Language, Dutch by default, and marks unreviewed translations', async () => {
    const ar = await match(zeeland, { 'accept-language': 'ar-SY, en;q=0.5' });
    expect(ar.headers.get('content-language')).toBe('ar');
    expect(ar.body.reasonsLanguage).toEqual({ lang: 'ar', reviewed: false });
    expect(ar.body.employers[0].reasons[0].text).toBe('في منطقة سوق العمل الخاصة بك: Zeeland.');
    const en = await match(zeeland, { 'accept-language': 'en-GB' });
    expect(en.body.employers[0].reasons[2].text).toBe('Your skills fit: Heat pump installation, EV charger installation, Insulation.');
    expect(en.body.employers[0].url).toBe(`/en/werkgevers/${bestFit.id}/`);
    const fallback = await match(zeeland, { 'accept-language': 'fr' });
    expect(fallback.headers.get('content-language')).toBe('nl');
    for (const lang of ['uk', 'ti']) {
      const res = await match(zeeland, { 'accept-language': lang });
      expect(res.body.reasonsLanguage).toEqual({ lang, reviewed: false });
      expect(res.body.employers[0].reasons[0].text).not.toBe('In uw arbeidsmarktregio Zeeland.');
    }
  });
});

describe('POST /api/match with a wrong profile', () => {
  it('refuses an unknown region and level Z9 with a Dutch message per field', async () => {
    const res = await match({ region: 'atlantis', languageLevel: 'Z9' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'validation_failed',
      fields: { region: 'kies de arbeidsmarktregio waar u werk zoekt', languageLevel: 'kies een taalniveau van A0 tot en met C2' },
    });
  });

  it('refuses a string where a list belongs', async () => {
    const res = await match({ region: 'twente', languageLevel: 'A2', skills: 'lassen', sectors: 'bouw' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ skills: 'geef de vaardigheden als lijst', sectors: 'geef de sectoren als lijst' });
  });

  it('refuses more than 50 skills with a message at the field, and 10,000 skills as too large', async () => {
    const some = await match({ region: 'twente', languageLevel: 'A2', skills: Array.from({ length: 51 }, (_, i) => `vaardigheid ${i}`) });
    expect(some.status).toBe(400);
    expect(some.body.error.fields).toEqual({ skills: 'noem hooguit 50 vaardigheden' });
    const huge = await match({ region: 'twente', languageLevel: 'A2', skills: Array.from({ length: 10_000 }, (_, i) => `vaardigheid ${i}`) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('refuses unknown fields, a body that is not JSON and a profile that is not an object', async () => {
    expect((await match({ region: 'twente', languageLevel: 'A2', name: 'Anna' })).body.error.fields).toEqual({ name: 'dit veld kennen we niet' });
    expect((await ctx.api.post('/api/match', { raw: 'region=twente', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect((await match(['twente'])).status).toBe(400);
  });
});

describe('privacy of the profile', () => {
  it('neither stores nor logs it', async () => {
    const marker = 'privacymarker-vaardigheid-8231';
    const res = await match({ region: 'twente', languageLevel: 'A2', skills: [marker] });
    expect(res.status).toBe(200);
    expect(res.body.unknownSkills).toEqual([marker]);
    expect(ctx.logLines.some((line) => line.includes(marker))).toBe(false);
    expect(ctx.logLines.filter((line) => line.startsWith('POST /api/match')).every((line) => /^POST \/api\/match \d{3} \d+ms$/.test(line))).toBe(true);
    // A test may scan; the request path never does.
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documentClient().send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: startKey }));
      for (const item of page.Items ?? []) expect(JSON.stringify(item)).not.toContain(marker);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  });
});
