import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../functions/adapters/http/json-body.ts';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { formToProfile, matchResponseSchema, MAX_PROFILE_SKILLS, profileMessages, profileSchema, profileToPairs } from '../../functions/contracts/match.ts';
import { messageIn } from '../../functions/contracts/messages.ts';

function fieldsOf(body: unknown): Record<string, string> {
  const parsed = profileSchema.safeParse(body, { error: dutchErrorMap });
  if (parsed.success) throw new Error('expected the profile to be refused');
  return fieldErrors(parsed.error.issues);
}

describe('the match profile', () => {
  it('needs only a region and a language level', () => {
    expect(profileSchema.parse({ region: 'twente', languageLevel: 'A0' })).toEqual({ region: 'twente', languageLevel: 'A0' });
    const full = { region: 'twente', languageLevel: 'B1', sectors: ['zorg'], skills: ['lasser', 'koken'], educationLevel: 'mbo-2', offers: ['stage'] };
    expect(profileSchema.parse(full)).toEqual(full);
  });

  it('refuses a wrong profile with a Dutch message per field, each with its English', () => {
    const fields = fieldsOf({ region: 'atlantis', languageLevel: 'Z9', sectors: ['zorg', 'ruimtevaart'], skills: 'lassen', offers: 'stage', extra: 1 });
    expect(fields).toEqual({
      region: 'kies de arbeidsmarktregio waar u werk zoekt',
      languageLevel: 'kies een taalniveau van A0 tot en met C2',
      'sectors.1': 'kies een bestaande sector',
      skills: 'geef de vaardigheden als lijst',
      offers: 'geef de soorten aanbod als lijst',
      extra: 'dit veld kennen we niet',
    });
    for (const message of Object.values(fields)) expect(messageIn('en', message), message).not.toBe(message);
    expect(fieldsOf({ region: 'twente', languageLevel: 'A1', sectors: ['zorg', 'zorg'] })).toEqual({ 'sectors.1': 'deze sector staat er al in' });
  });

  it('refuses landelijk as the region a candidate looks in, and a missing region or level', () => {
    expect(fieldsOf({ region: 'landelijk', languageLevel: 'A1' })).toEqual({ region: 'kies de arbeidsmarktregio waar u werk zoekt' });
    expect(Object.keys(fieldsOf({}))).toEqual(['region', 'languageLevel']);
  });

  it('bounds the skills: at most 50, each a short line of plain text', () => {
    const skills = Array.from({ length: MAX_PROFILE_SKILLS + 1 }, (_, i) => `vaardigheid ${i}`);
    expect(fieldsOf({ region: 'twente', languageLevel: 'A1', skills })).toEqual({ skills: 'noem hooguit 50 vaardigheden' });
    expect(Object.keys(fieldsOf({ region: 'twente', languageLevel: 'A1', skills: ['x'.repeat(61), '<b>lassen</b>', '', 3] }))).toEqual([
      'skills.0',
      'skills.1',
      'skills.2',
      'skills.3',
    ]);
  });

  it('reads the form: checkboxes repeat, the skills box splits on commas and lines, an empty education is left out', () => {
    const body = formToProfile([
      ['region', 'twente'],
      ['languageLevel', 'A2'],
      ['sectors', 'zorg'],
      ['sectors', 'horeca'],
      ['skills', 'koken, schoonmaken;\nlassen ,'],
      ['educationLevel', ''],
      ['offers', 'stage'],
    ]);
    expect(body).toEqual({ region: 'twente', languageLevel: 'A2', sectors: ['zorg', 'horeca'], skills: ['koken', 'schoonmaken', 'lassen'], offers: ['stage'] });
    expect(profileToPairs(body)).toContainEqual(['skills', 'koken, schoonmaken, lassen']);
    expect(profileMessages(profileSchema.safeParse({ ...body, region: 'x' }).error!.issues, 'en')).toEqual({
      region: 'choose the labour market region where you are looking for work',
    });
  });
});

describe('the match answer', () => {
  it('holds at most 20 items of each kind with a score from 0 to 100 and typed reasons', () => {
    const item = { id: 'a', name: 'A', score: 80, reasons: [{ type: 'match', text: 'In uw regio.' }], url: '/werkgevers/a/' };
    const ok = { employers: [item], practices: [], schemes: [], reasonsLanguage: { lang: 'nl', reviewed: true } };
    expect(matchResponseSchema.safeParse(ok).success).toBe(true);
    expect(matchResponseSchema.safeParse({ ...ok, employers: Array(21).fill(item) }).success).toBe(false);
    expect(matchResponseSchema.safeParse({ ...ok, employers: [{ ...item, score: 101 }] }).success).toBe(false);
    expect(matchResponseSchema.safeParse({ ...ok, employers: [{ ...item, reasons: [{ type: 'maybe', text: '' }] }] }).success).toBe(false);
  });
});
