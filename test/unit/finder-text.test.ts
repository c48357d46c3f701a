import { describe, expect, it } from 'vitest';
import { findSchemes, finderSteps, type FinderScheme } from '../../functions/domain/funding-finder.ts';
import { dictionaries } from '../../site/i18n/index.ts';
import { countSentence, finderTextKeys, reasonsIn, type FinderText } from '../../site/lib/finder-text.ts';

const textOf = (lang: 'nl' | 'en') => Object.fromEntries(finderTextKeys.map((k) => [k, dictionaries[lang][k]])) as FinderText;
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const scheme = (id: string, over: Partial<FinderScheme>): FinderScheme => ({
  id, name: id, applicants: [], paysFor: [], targetGroups: [], windows: [], ongoing: false, combinesWith: [], ...over,
});
// Every fit and every status occurs among these.
const schemes = [
  scheme('lks', { applicants: ['gemeente'], paysFor: ['loonkosten'], targetGroups: ['statushouders'], ongoing: true }),
  scheme('duaal', { applicants: ['gemeente', 'werkgever', 'onderwijsinstelling'], paysFor: ['taal', 'leerwerktraject', 'scholing'], targetGroups: ['nieuwkomers'], ongoing: true }),
  scheme('amif', { applicants: ['initiatief'], paysFor: ['taal', 'leerwerktraject'], windows: [{ opens: d('2022-09-01'), closes: d('2022-09-30') }] }),
  scheme('esf', { applicants: ['gemeente'], paysFor: ['begeleiding'], windows: [{ opens: d('2026-12-01'), closes: d('2026-12-31') }] }),
  scheme('open', { applicants: ['werkgever'], paysFor: ['begeleiding', 'scholing'], windows: [{ opens: d('2026-11-01'), closes: d('2026-11-30') }] }),
  scheme('niemand', { paysFor: ['loonkosten', 'begeleiding'] }),
];
const labels: Record<string, string> = { statushouders: 'Statushouders', nieuwkomers: 'Nieuwkomers' };
const today = d('2026-11-22');

describe('finder sentences', () => {
  it('has every key in Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(finderTextKeys.filter((k) => typeof dictionaries[lang][k] !== 'string'), lang).toEqual([]);
    }
  });

  it('says in Dutch exactly what the finder itself says, for every step and target group', () => {
    const text = textOf('nl');
    let compared = 0;
    for (const step of finderSteps) {
      for (const targetGroup of [undefined, 'statushouders', 'nieuwkomers']) {
        const query = { applicant: step.applicant, purpose: step.purpose, targetGroup };
        const answer = findSchemes(schemes, query, { today, targetGroupLabel: (id) => labels[id] ?? id });
        for (const r of answer.results) {
          const own = schemes.find((s) => s.id === r.id)!;
          expect(reasonsIn(text, r, own, query, { lang: 'nl', targetGroupLabel: (id) => labels[id] ?? id }), `${step.slug} ${targetGroup} ${r.id}`).toEqual(r.reasons);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('speaks English on the English site', () => {
    const query = { applicant: 'werkgever', purpose: 'loonkosten', targetGroup: 'statushouders' } as const;
    const answer = findSchemes(schemes, query, { today });
    const lks = answer.results.find((r) => r.id === 'lks')!;
    expect(reasonsIn(textOf('en'), lks, schemes[0]!, query, { lang: 'en', targetGroupLabel: () => 'Status holders' }).map((r) => r.text)).toEqual([
      'Pays for wage costs.',
      'Employers do not apply for this themselves; municipalities do.',
      'Meant for status holders.',
      'You can use or apply for it at any time.',
    ]);
  });

  it('counts results in a sentence', () => {
    expect([0, 1, 3].map((n) => countSentence(textOf('nl'), n))).toEqual([
      'Er is geen regeling gevonden die hierbij past.',
      '1 regeling past.',
      '3 regelingen passen.',
    ]);
  });
});
