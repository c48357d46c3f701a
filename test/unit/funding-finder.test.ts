import { describe, expect, it } from 'vitest';
import { applicantKinds, fundingPurposes } from '../../functions/contracts/content.ts';
import {
  combinesWithOf,
  finderApplicants,
  finderPath,
  finderPurposes,
  finderSteps,
  findSchemes,
  parseFinderApplicant,
  parseFinderPurpose,
  type FinderScheme,
} from '../../functions/domain/funding-finder.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d('2026-11-22');

function scheme(id: string, over: Partial<FinderScheme> = {}): FinderScheme {
  return { id, name: id, applicants: [], paysFor: [], targetGroups: [], windows: [], ongoing: true, combinesWith: [], ...over };
}

const schemes: FinderScheme[] = [
  scheme('lks', { name: 'Loonkostensubsidie', applicants: ['gemeente'], paysFor: ['loonkosten'], targetGroups: ['statushouders'] }),
  scheme('duaal', {
    name: 'Duale trajecten',
    applicants: ['gemeente'],
    paysFor: ['taal', 'leerwerktraject'],
    targetGroups: ['statushouders', 'nieuwkomers'],
    combinesWith: ['amif', 'praktijkleren'],
  }),
  scheme('amif', {
    name: 'AMIF',
    applicants: ['initiatief'],
    paysFor: ['taal', 'leerwerktraject'],
    targetGroups: ['statushouders'],
    ongoing: false,
    windows: [{ opens: d('2022-09-01'), closes: d('2022-09-30') }],
  }),
  scheme('praktijkleren', {
    name: 'Praktijkleren in het mbo',
    applicants: ['werkgever', 'onderwijsinstelling', 'gemeente'],
    paysFor: ['leerwerktraject'],
    targetGroups: ['statushouders'],
  }),
  scheme('esf', {
    name: 'ESF+',
    applicants: ['gemeente'],
    paysFor: ['begeleiding'],
    targetGroups: ['statushouders'],
    ongoing: false,
    windows: [{ opens: d('2026-12-01'), closes: d('2026-12-31') }],
  }),
  scheme('geen-doel', { name: 'Proefplaatsing', applicants: ['gemeente'] }),
];

describe('findSchemes', () => {
  it('returns only schemes that pay for the purpose, exact fits before other applicants', () => {
    const answer = findSchemes(schemes, { applicant: 'gemeente', purpose: 'leerwerktraject' }, { today });
    expect(answer.results.map((r) => [r.id, r.fit])).toEqual([
      ['duaal', 'exact'],
      ['praktijkleren', 'exact'],
      ['amif', 'andere-aanvrager'],
    ]);
  });

  it('ranks a named target group above schemes whose sources do not name it', () => {
    const answer = findSchemes(schemes, { applicant: 'gemeente', purpose: 'taal', targetGroup: 'nieuwkomers' }, { today });
    expect(answer.results.map((r) => [r.id, r.fit])).toEqual([
      ['duaal', 'exact'],
      ['amif', 'andere-aanvrager'],
    ]);
    const leer = findSchemes(schemes, { applicant: 'gemeente', purpose: 'leerwerktraject', targetGroup: 'nieuwkomers' }, { today });
    expect(leer.results.find((r) => r.id === 'praktijkleren')?.fit).toBe('doelgroep-niet-genoemd');
    expect(leer.results[0]?.id).toBe('duaal');
  });

  it('ranks within a fit what can be used now above what opens later or has closed', () => {
    const mixed = [
      scheme('gesloten', { name: 'A gesloten', applicants: ['gemeente'], paysFor: ['begeleiding'], ongoing: false, windows: [{ closes: d('2020-01-01') }] }),
      scheme('verwacht', { name: 'B verwacht', applicants: ['gemeente'], paysFor: ['begeleiding'], ongoing: false, windows: [{ opens: d('2027-01-01') }] }),
      scheme('doorlopend', { name: 'C doorlopend', applicants: ['gemeente'], paysFor: ['begeleiding'] }),
    ];
    const answer = findSchemes(mixed, { applicant: 'gemeente', purpose: 'begeleiding' }, { today });
    expect(answer.results.map((r) => [r.id, r.status])).toEqual([
      ['doorlopend', 'doorlopend'],
      ['verwacht', 'verwacht'],
      ['gesloten', 'gesloten'],
    ]);
  });

  it('computes the status for the day asked', () => {
    const q = { applicant: 'gemeente', purpose: 'begeleiding' } as const;
    expect(findSchemes(schemes, q, { today }).results[0]?.status).toBe('verwacht');
    expect(findSchemes(schemes, q, { today: d('2026-12-15') }).results[0]?.status).toBe('open');
    expect(findSchemes(schemes, q, { today: d('2027-01-01') }).results[0]?.status).toBe('gesloten');
  });

  it('explains each result in short Dutch sentences, with the gaps to check', () => {
    const answer = findSchemes(
      schemes,
      { applicant: 'werkgever', purpose: 'loonkosten', targetGroup: 'statushouders' },
      { today, targetGroupLabel: (id) => (id === 'statushouders' ? 'Statushouders' : id) },
    );
    expect(answer.results).toHaveLength(1);
    expect(answer.results[0]?.reasons).toEqual([
      { type: 'match', text: 'Betaalt voor loonkosten.' },
      { type: 'gap', text: 'Werkgevers vragen dit niet zelf aan; dat doen gemeenten.' },
      { type: 'match', text: 'Bedoeld voor statushouders.' },
      { type: 'match', text: 'U kunt het op elk moment inzetten of aanvragen.' },
    ]);
    const exact = findSchemes(schemes, { applicant: 'gemeente', purpose: 'leerwerktraject', targetGroup: 'nieuwkomers' }, { today });
    expect(exact.results.find((r) => r.id === 'praktijkleren')?.reasons.map((r) => r.text)).toEqual([
      'Gemeenten kunnen dit aanvragen en het betaalt voor leerwerktrajecten.',
      'De bronnen noemen nieuwkomers niet als doelgroep: controleer de voorwaarden.',
      'U kunt het op elk moment inzetten of aanvragen.',
    ]);
    expect(exact.results.find((r) => r.id === 'amif')?.reasons.at(-1)).toEqual({
      type: 'gap',
      text: 'Alle bekende aanvraagperioden zijn voorbij.',
    });
  });

  it('finds the results that combine, also when only one of the two lists the other', () => {
    const answer = findSchemes(schemes, { applicant: 'gemeente', purpose: 'leerwerktraject' }, { today });
    expect(answer.combinations).toEqual([
      ['duaal', 'praktijkleren'],
      ['duaal', 'amif'],
    ]);
    expect(answer.results.find((r) => r.id === 'praktijkleren')?.combinesWith).toEqual(['duaal']);
    expect(answer.results.find((r) => r.id === 'amif')?.combinesWith).toEqual(['duaal']);
    // A partner outside the results is not offered as a combination.
    const taal = findSchemes(schemes, { applicant: 'initiatief', purpose: 'taal' }, { today });
    expect(taal.results.map((r) => r.id)).toEqual(['amif', 'duaal']);
    expect(taal.combinations).toEqual([['amif', 'duaal']]);
  });

  it('returns nothing when no scheme pays for the purpose', () => {
    expect(findSchemes(schemes, { applicant: 'gemeente', purpose: 'scholing' }, { today }).results).toEqual([]);
  });
});

describe('combinesWithOf', () => {
  it('is symmetric and ignores unknown ids and self-references', () => {
    const list = [scheme('a', { combinesWith: ['b', 'a', 'onbekend'] }), scheme('b'), scheme('c', { combinesWith: ['a'] })];
    expect(combinesWithOf(list, 'a')).toEqual(['b', 'c']);
    expect(combinesWithOf(list, 'b')).toEqual(['a']);
    expect(combinesWithOf(list, 'onbekend')).toEqual([]);
  });
});

describe('finder steps', () => {
  it('asks about every organisation that can apply and every purpose of the content schema', () => {
    expect([...finderApplicants]).toEqual(applicantKinds.filter((k) => k !== 'statushouder'));
    expect([...finderPurposes]).toEqual([...fundingPurposes]);
  });

  it('has one result page per applicant and purpose, with unique stable slugs', () => {
    expect(finderSteps).toHaveLength(finderApplicants.length * finderPurposes.length);
    expect(new Set(finderSteps.map((s) => s.slug)).size).toBe(finderSteps.length);
    expect(finderSteps[0]).toEqual({ applicant: 'gemeente', purpose: 'loonkosten', slug: 'gemeente/loonkosten' });
  });

  it('builds the paths of the three steps', () => {
    expect(finderPath()).toBe('/financieringswijzer/');
    expect(finderPath('werkgever')).toBe('/financieringswijzer/werkgever/');
    expect(finderPath('werkgever', 'taal')).toBe('/financieringswijzer/werkgever/taal/');
  });

  it('accepts only known applicants and purposes from a URL or form', () => {
    expect(parseFinderApplicant('gemeente')).toBe('gemeente');
    expect(parseFinderApplicant('statushouder')).toBeUndefined();
    expect(parseFinderApplicant(null)).toBeUndefined();
    expect(parseFinderPurpose('taal')).toBe('taal');
    expect(parseFinderPurpose('toString')).toBeUndefined();
  });
});
