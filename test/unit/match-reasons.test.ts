import { describe, expect, it } from 'vitest';
import { educationLevels, offers, sectors } from '../../functions/contracts/taxonomy.ts';
import {
  fundingPurposeIds,
  matchLangOf,
  matchLangs,
  reasonCodes,
  reasonText,
  termIds,
  unreviewedMatchLangs,
  type ReasonKey,
} from '../../functions/domain/match-reasons.ts';

const everyParam: ReasonKey['params'] = {
  region: 'rijnmond',
  province: 'zuid-holland',
  sectors: ['zorg', 'bouw'],
  skills: ['lassen', 'koken'],
  offers: ['taalbuddy'],
  purposes: ['taal'],
  education: 'mbo-2',
  asked: 'B1',
  have: 'A2',
};

describe('reasons in five languages', () => {
  it('exist for every reason code in every language, with every placeholder filled', () => {
    for (const lang of matchLangs) {
      for (const code of reasonCodes) {
        const text = reasonText(lang, { type: 'match', code, params: everyParam });
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(5);
        expect(text, `${lang} ${code}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('differ from the Dutch in every other language', () => {
    for (const lang of matchLangs.filter((l) => l !== 'nl')) {
      for (const code of reasonCodes) expect(reasonText(lang, { type: 'gap', code, params: everyParam }), `${lang} ${code}`).not.toBe(reasonText('nl', { type: 'gap', code, params: everyParam }));
    }
  });

  it('name sectors, offers, funding purposes and education levels in every language, region and skill names in Dutch (English for English)', () => {
    for (const lang of matchLangs) {
      expect(termIds(lang, 'sectors').sort(), lang).toEqual(sectors.map((s) => s.id).sort());
      expect(termIds(lang, 'offers').sort(), lang).toEqual(offers.map((o) => o.id).sort());
      expect(termIds(lang, 'purposes').sort(), lang).toEqual([...fundingPurposeIds].sort());
      expect(termIds(lang, 'education').sort(), lang).toEqual(educationLevels.map((e) => e.id).sort());
    }
    expect(reasonText('nl', { type: 'match', code: 'skills.match', params: { skills: ['lassen', 'koken'] } })).toBe('Uw vaardigheden passen: Lassen, Koken.');
    expect(reasonText('en', { type: 'match', code: 'skills.match', params: { skills: ['lassen'] } })).toBe('Your skills fit: Welding.');
    expect(reasonText('ar', { type: 'match', code: 'sector.match', params: { sectors: ['zorg', 'bouw'] } })).toBe('القطاع: الرعاية الصحية، البناء.');
    expect(reasonText('uk', { type: 'match', code: 'region.same', params: { region: 'zaanstreek-waterland' } })).toBe('У вашому регіоні ринку праці: Zaanstreek/Waterland.');
  });

  it('mark Arabic, Ukrainian and Tigrinya as not yet reviewed', () => {
    expect([...unreviewedMatchLangs].sort()).toEqual(['ar', 'ti', 'uk']);
  });
});

describe('choosing the language from Accept-Language', () => {
  it('takes the most preferred of nl, en, ar, uk, ti, and Dutch otherwise', () => {
    expect(matchLangOf(undefined)).toBe('nl');
    expect(matchLangOf('')).toBe('nl');
    expect(matchLangOf('de-DE, fr;q=0.8')).toBe('nl');
    expect(matchLangOf('ar')).toBe('ar');
    expect(matchLangOf('ar-SY,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(matchLangOf('fr, en;q=0.5')).toBe('en');
    expect(matchLangOf('en;q=0.1, uk')).toBe('uk');
    expect(matchLangOf('ti-ER')).toBe('ti');
    expect(matchLangOf('en;q=0, nl')).toBe('nl');
  });
});
