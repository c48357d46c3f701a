/**
 * The quickscan's engine on small hand-made data: conditions, standings, match rules, the
 * regional filter for schemes, ranking and the cap, the saved-file round trip and its messages,
 * and the checks that stop the build on a broken rule. The real rules are tested in
 * `quickscan-rules.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../site/lib/content-errors.ts';
import type { QuickscanRules, ResolvedPart } from '../../functions/contracts/quickscan.ts';
import {
  availableIn,
  chosen,
  conditionHolds,
  describeCondition,
  partScore,
  quickscanReport,
  rulesOfQuestion,
  standingOf,
  type CatalogEntry,
  type QuickscanCatalog,
  type QuickscanData,
} from '../../site/lib/quickscan.ts';
import { loadQuickscanData, parseQuickscanFile, quickscanProblems, rulesFile } from '../../site/lib/quickscan-check.ts';
import { readSavedScan, savedScan, scanFileName } from '../../site/lib/quickscan-file.ts';

const today = new Date('2026-12-02T00:00:00Z');

const standings = [
  { id: 'begin', label: 'Aan het begin', upTo: 0.34, summary: 'Nog niets geregeld.', next: 'Begin klein.' },
  { id: 'onderweg', label: 'Onderweg', upTo: 0.75, summary: 'Een deel staat.', next: 'Maak het af.' },
  { id: 'staat', label: 'Staat', upTo: 1, summary: 'Alles staat.', next: 'Deel het.' },
];
const yesPartlyNo = [
  { id: 'ja', label: 'Ja', score: 2 },
  { id: 'deels', label: 'Deels', score: 1 },
  { id: 'nee', label: 'Nee', score: 0 },
  { id: 'weet-niet', label: 'Weet ik niet' },
];

const parts: ResolvedPart[] = [
  {
    id: 'context',
    title: 'Uw gemeente',
    intro: 'Waar u werkt.',
    inReport: false,
    standings: [],
    questions: [
      { id: 'regio', text: 'Welke regio?', kind: 'one', required: true, optionsFrom: 'regions', options: [{ id: 'twente', label: 'Twente' }, { id: 'zuid-limburg', label: 'Zuid-Limburg' }] },
      { id: 'sectoren', text: 'Welke sectoren?', kind: 'many', required: true, max: 2, optionsFrom: 'sectors', options: [{ id: 'zorg', label: 'Zorg' }, { id: 'bouw', label: 'Bouw' }, { id: 'ict', label: 'ICT' }] },
    ],
  },
  {
    id: 'aanbod',
    title: 'Aanbod',
    intro: 'Het aanbod.',
    inReport: true,
    standings,
    questions: [
      { id: 'traject', text: 'Is er een traject?', kind: 'one', required: false, options: yesPartlyNo },
      { id: 'opleider', text: 'Doet een opleider mee?', kind: 'one', required: false, options: yesPartlyNo },
      {
        id: 'middelen',
        text: 'Welke middelen?',
        kind: 'many',
        required: false,
        options: [{ id: 'lks', label: 'Loonkostensubsidie' }, { id: 'coach', label: 'Jobcoach' }, { id: 'geen', label: 'Geen', exclusive: true }],
      },
    ],
  },
];

const entry = (id: string, over: Partial<CatalogEntry> = {}): CatalogEntry => ({ id, title: id, href: `/x/${id}/`, regions: [], sectors: [], ...over });
const catalog: QuickscanCatalog = {
  praktijkvoorbeelden: [
    entry('p-zorg-twente', { title: 'B zorg in Twente', regions: ['twente'], sectors: ['zorg'] }),
    entry('p-bouw', { title: 'A bouw', sectors: ['bouw'] }),
    entry('p-landelijk', { title: 'C landelijk', regions: ['landelijk'], sectors: ['ict'] }),
    entry('p-1', { title: 'D' }),
    entry('p-2', { title: 'E' }),
    entry('p-3', { title: 'F' }),
  ],
  regelingen: [
    entry('r-landelijk', { title: 'Landelijke regeling', regions: ['landelijk'], ongoing: true, windows: [] }),
    entry('r-limburg', { title: 'Limburgse regeling', regions: ['zuid-limburg'], windows: [{ opens: '2026-01-01', closes: '2026-12-31' }] }),
    entry('r-gesloten', { title: 'Gesloten regeling', regions: ['landelijk'], windows: [{ opens: '2020-01-01', closes: '2020-12-31' }] }),
  ],
  knelpunten: [entry('k-taal', { title: 'Taal', solutions: ['Taal op de werkvloer'] })],
  lessen: [entry('l-zorg', { title: 'Les zorg', sectors: ['zorg'] })],
};

const rules: QuickscanRules = {
  maxPerCollection: 4,
  rules: [
    { id: 'geen-traject', part: 'aanbod', when: [{ question: 'traject', anyOf: ['nee', 'weet-niet'] }], reason: 'Er is nog geen traject.', step: 'Zet er een op.', recommend: { praktijkvoorbeelden: ['p-bouw', 'p-1'], regelingen: ['r-landelijk', 'r-limburg'], knelpunten: [], lessen: [] } },
    { id: 'geen-opleider', part: 'aanbod', when: [{ question: 'opleider', anyOf: ['nee'] }], reason: 'Er doet geen opleider mee.', recommend: { praktijkvoorbeelden: ['p-bouw', 'p-2', 'p-3'], regelingen: ['r-gesloten'], knelpunten: ['k-taal'], lessen: [] } },
    { id: 'geen-lks', part: 'aanbod', when: [{ question: 'middelen', noneOf: ['lks'] }], reason: 'U zet geen loonkostensubsidie in.', recommend: { praktijkvoorbeelden: [], regelingen: ['r-landelijk'], knelpunten: [], lessen: [] } },
    {
      id: 'beide',
      part: 'aanbod',
      when: [{ question: 'traject', anyOf: ['deels'] }, { question: 'opleider', anyOf: ['ja'] }],
      reason: 'Een deels traject met een opleider.',
      recommend: { praktijkvoorbeelden: [], regelingen: [], knelpunten: [], lessen: ['l-zorg'] },
    },
  ],
  matchRules: [
    { id: 'regio', part: 'aanbod', question: 'regio', collection: 'praktijkvoorbeelden', field: 'regions', reason: 'Loopt in uw regio ({labels}).', weight: 2 },
    { id: 'sector', part: 'aanbod', question: 'sectoren', collection: 'praktijkvoorbeelden', field: 'sectors', reason: 'In uw sector ({labels}).', weight: 1 },
    { id: 'sector-les', part: 'aanbod', question: 'sectoren', collection: 'lessen', field: 'sectors', reason: 'Over uw sector ({labels}).', weight: 1 },
  ],
};
const data: QuickscanData = { parts, rules: rules.rules, matchRules: rules.matchRules, maxPerCollection: rules.maxPerCollection };
const aanbod = (answers: Record<string, string | string[]>) => quickscanReport(data, answers, catalog, today).parts[0]!;
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('conditions', () => {
  it('reads a single answer and a list alike, and an unanswered question as empty', () => {
    expect(chosen({ a: 'x' }, 'a')).toEqual(['x']);
    expect(chosen({ a: ['x', 'y'] }, 'a')).toEqual(['x', 'y']);
    expect(chosen({}, 'a')).toEqual([]);
  });
  it('anyOf holds when one of the answers was chosen', () => {
    expect(conditionHolds({ question: 'traject', anyOf: ['nee', 'weet-niet'] }, { traject: 'weet-niet' })).toBe(true);
    expect(conditionHolds({ question: 'traject', anyOf: ['nee'] }, { traject: 'ja' })).toBe(false);
  });
  it('noneOf holds for an answered question without those answers, never for an unanswered one', () => {
    expect(conditionHolds({ question: 'middelen', noneOf: ['lks'] }, { middelen: ['coach'] })).toBe(true);
    expect(conditionHolds({ question: 'middelen', noneOf: ['lks'] }, { middelen: ['coach', 'lks'] })).toBe(false);
    expect(conditionHolds({ question: 'middelen', noneOf: ['lks'] }, {})).toBe(false);
  });
  it('fires a rule with two conditions only when both hold', () => {
    expect(quickscanReport(data, { traject: 'deels', opleider: 'ja' }, catalog, today).fired).toContain('beide');
    expect(quickscanReport(data, { traject: 'deels', opleider: 'nee' }, catalog, today).fired).not.toContain('beide');
    expect(quickscanReport(data, { traject: 'deels' }, catalog, today).fired).not.toContain('beide');
  });
});

describe('standing', () => {
  const part = parts[1]!;
  it('averages the scored answers, leaves unscored ones out and counts every answered question', () => {
    expect(partScore(part, {})).toEqual({ answered: 0, questions: 3, score: null });
    expect(partScore(part, { traject: 'ja', opleider: 'nee', middelen: ['lks'] })).toEqual({ answered: 3, questions: 3, score: 0.5 });
    expect(partScore(part, { traject: 'weet-niet', opleider: 'deels' })).toEqual({ answered: 2, questions: 3, score: 0.5 });
  });
  it('takes the first standing the score does not exceed', () => {
    expect(standingOf(standings, null)).toBeNull();
    expect(standingOf(standings, 0)?.id).toBe('begin');
    expect(standingOf(standings, 0.34)?.id).toBe('begin');
    expect(standingOf(standings, 0.5)?.id).toBe('onderweg');
    expect(standingOf(standings, 0.75)?.id).toBe('onderweg');
    expect(standingOf(standings, 1)?.id).toBe('staat');
  });
  it('puts the standing’s next step before the steps of the rules that fired', () => {
    const report = aanbod({ traject: 'nee', opleider: 'nee' });
    expect(report.standing?.id).toBe('begin');
    expect(report.steps).toEqual([
      { rule: 'stand:begin', text: 'Begin klein.' },
      { rule: 'geen-traject', text: 'Zet er een op.' },
    ]);
  });
  it('leaves the context part out of the report', () => {
    expect(quickscanReport(data, {}, catalog, today).parts.map((p) => p.part)).toEqual(['aanbod']);
  });
});

describe('recommendations', () => {
  it('gives each entry every reason that led to it, and ranks by the weight of the reasons, then by title', () => {
    const report = aanbod({ regio: 'twente', sectoren: ['bouw'], traject: 'nee', opleider: 'nee' });
    const bouw = report.recommendations.praktijkvoorbeelden.find((r) => r.id === 'p-bouw')!;
    expect(bouw.reasons).toEqual([
      { rule: 'geen-traject', text: 'Er is nog geen traject.' },
      { rule: 'geen-opleider', text: 'Er doet geen opleider mee.' },
      { rule: 'sector', text: 'In uw sector (Bouw).' },
    ]);
    expect(ids(report.recommendations.praktijkvoorbeelden)).toEqual(['p-bouw', 'p-zorg-twente', 'p-1', 'p-2']);
  });
  it('weighs an answer and the own region 2 and a shared sector 1', () => {
    const report = aanbod({ regio: 'twente', sectoren: ['zorg', 'bouw'], traject: 'nee' });
    expect(report.recommendations.praktijkvoorbeelden.map((r) => [r.id, r.reasons.map((x) => x.rule)])).toEqual([
      ['p-bouw', ['geen-traject', 'sector']],
      ['p-zorg-twente', ['regio', 'sector']],
      ['p-1', ['geen-traject']],
    ]);
  });
  it('cuts each collection at maxPerCollection', () => {
    const report = aanbod({ regio: 'twente', sectoren: ['bouw'], traject: 'nee', opleider: 'nee' });
    expect(report.recommendations.praktijkvoorbeelden).toHaveLength(4);
    expect(ids(report.recommendations.praktijkvoorbeelden)).not.toContain('p-3');
  });
  it('matches region and sectors with the labels of the answers, never on landelijk', () => {
    const report = aanbod({ regio: 'twente', sectoren: ['zorg', 'ict'] });
    expect(report.recommendations.praktijkvoorbeelden).toEqual([
      { collection: 'praktijkvoorbeelden', id: 'p-zorg-twente', status: undefined, reasons: [{ rule: 'regio', text: 'Loopt in uw regio (Twente).' }, { rule: 'sector', text: 'In uw sector (Zorg).' }] },
      { collection: 'praktijkvoorbeelden', id: 'p-landelijk', status: undefined, reasons: [{ rule: 'sector', text: 'In uw sector (ICT).' }] },
    ]);
    expect(report.recommendations.lessen.map((r) => r.reasons[0]!.text)).toEqual(['Over uw sector (Zorg).']);
  });
  it('reports a match rule that found nothing, with the labels it looked for', () => {
    const report = aanbod({ regio: 'zuid-limburg', sectoren: ['ict'] });
    expect(report.misses).toEqual([
      { rule: 'regio', collection: 'praktijkvoorbeelden', field: 'regions', labels: 'Zuid-Limburg' },
      { rule: 'sector-les', collection: 'lessen', field: 'sectors', labels: 'ICT' },
    ]);
  });
  it('leaves out a scheme that exists only in other regions, and keeps it in its own region', () => {
    expect(ids(aanbod({ regio: 'twente', traject: 'nee' }).recommendations.regelingen)).toEqual(['r-landelijk']);
    expect(ids(aanbod({ regio: 'zuid-limburg', traject: 'nee' }).recommendations.regelingen)).toEqual(['r-landelijk', 'r-limburg']);
    expect(availableIn({ regions: [] }, undefined)).toBe(true);
    expect(availableIn({ regions: ['zuid-limburg'] }, undefined)).toBe(false);
  });
  it('gives schemes their status on the report’s day and ranks usable ones before closed ones', () => {
    const report = aanbod({ regio: 'zuid-limburg', traject: 'nee', opleider: 'nee' });
    expect(report.recommendations.regelingen.map((r) => [r.id, r.status])).toEqual([
      ['r-landelijk', 'doorlopend'],
      ['r-limburg', 'open'],
      ['r-gesloten', 'gesloten'],
    ]);
    const later = quickscanReport(data, { regio: 'zuid-limburg', traject: 'nee' }, catalog, new Date('2027-01-05T00:00:00Z')).parts[0]!;
    expect(later.recommendations.regelingen.find((r) => r.id === 'r-limburg')?.status).toBe('gesloten');
  });
  it('recommends nothing for no answers', () => {
    const report = aanbod({});
    expect(report.standing).toBeNull();
    expect(report.steps).toEqual([]);
    expect(Object.values(report.recommendations).flat()).toEqual([]);
  });
});

describe('static steps', () => {
  it('groups the rules a question leads by the answer that sets them off', () => {
    const led = rulesOfQuestion(data, parts[1]!.questions[0]!);
    expect(led.byAnswer.map((a) => [a.answer, a.rules.map((r) => r.id)])).toEqual([
      ['ja', []],
      ['deels', ['beide']],
      ['nee', ['geen-traject']],
      ['weet-niet', ['geen-traject']],
    ]);
    expect(rulesOfQuestion(data, parts[1]!.questions[2]!).whenNotChosen.map((r) => r.id)).toEqual(['geen-lks']);
    expect(rulesOfQuestion(data, parts[0]!.questions[1]!).matches.map((m) => m.id)).toEqual(['sector', 'sector-les']);
  });
  it('puts a condition in words', () => {
    expect(describeCondition(data, { question: 'opleider', anyOf: ['ja'] })).toBe('u bij ‘Doet een opleider mee?’ ‘Ja’ kiest');
    expect(describeCondition(data, { question: 'middelen', noneOf: ['lks', 'coach'] })).toBe('u bij ‘Welke middelen?’ ‘Loonkostensubsidie’ of ‘Jobcoach’ niet kiest');
  });
});

describe('checks that stop the build', () => {
  const known = {
    praktijkvoorbeelden: new Set(catalog.praktijkvoorbeelden.map((e) => e.id)),
    regelingen: new Set(catalog.regelingen.map((e) => e.id)),
    knelpunten: new Set(['k-taal']),
    lessen: new Set(['l-zorg']),
  };
  const broken = (change: (r: QuickscanRules) => void) => {
    const copy = structuredClone(rules);
    change(copy);
    return quickscanProblems(parts, copy, known);
  };

  it('finds nothing wrong in consistent data', () => {
    expect(quickscanProblems(parts, rules, known)).toEqual([]);
  });
  it('names a link to an entry that does not exist, with the rule and the missing file', () => {
    expect(broken((r) => r.rules[0]!.recommend.regelingen.push('bestaat-niet'))).toEqual([
      'content/quickscan/rules.json: regel "geen-traject" verwijst naar "bestaat-niet", maar content/regelingen/bestaat-niet.md bestaat niet',
    ]);
  });
  it('names unknown questions, answers and parts, duplicates and rules that do nothing', () => {
    expect(
      broken((r) => {
        r.rules[0]!.when = [{ question: 'bestaat-niet', anyOf: ['ja'] }];
        r.rules[1]!.when = [{ question: 'traject', anyOf: ['misschien'] }];
        r.rules[2]!.part = 'context';
        r.rules[3]!.id = 'geen-traject';
        r.rules.push({ id: 'leeg', part: 'aanbod', when: [{ question: 'traject', anyOf: ['ja'] }], reason: 'Niets.', recommend: { praktijkvoorbeelden: [], regelingen: [], knelpunten: [], lessen: [] } });
        r.matchRules[0]!.question = 'traject';
      }),
    ).toEqual([
      'content/quickscan/rules.json: regel "geen-traject" komt dubbel voor',
      'content/quickscan/rules.json: regel "geen-traject" vraagt naar "bestaat-niet", maar die vraag bestaat niet in content/quickscan/questions.json',
      'content/quickscan/rules.json: regel "geen-opleider" noemt antwoord "misschien", maar vraag "traject" heeft dat antwoord niet',
      'content/quickscan/rules.json: regel "geen-lks" hoort bij onderdeel "context", maar dat onderdeel staat niet in het rapport (kies uit aanbod)',
      'content/quickscan/rules.json: regel "leeg" raadt niets aan en geeft geen stap',
      'content/quickscan/rules.json: regel "regio" vergelijkt "regions" met vraag "traject", maar die vraag neemt haar antwoorden niet uit "regions"',
    ]);
  });
  it('throws one error listing every problem, for the build to show', () => {
    const texts = { questions: JSON.stringify({ parts: parts.map(({ questions, ...p }) => ({ ...p, questions: questions.map((q) => (q.optionsFrom ? { ...q, options: undefined } : q)) })) }), rules: JSON.stringify({ ...rules, rules: [{ ...rules.rules[0], recommend: { lessen: ['weg'] } }] }) };
    const lists = { regions: [{ id: 'twente', label: { nl: 'Twente' } }], sectors: [{ id: 'zorg', label: { nl: 'Zorg' } }] };
    expect(() => loadQuickscanData(texts, lists, known)).toThrowError(ContentValidationError);
    expect(() => loadQuickscanData(texts, lists, known)).toThrowError(
      'content/quickscan klopt niet:\n  - content/quickscan/rules.json: regel "geen-traject" verwijst naar "weg", maar content/lessen/weg.md bestaat niet',
    );
  });
  it('rejects a malformed file with the field and what was expected', () => {
    expect(() => parseQuickscanFile(rulesFile, '{ "rules": [ { "id": "x" } ] }')).toThrowError(/content\/quickscan\/rules\.json klopt niet:\n {2}- veld "rules\.0\.part"/);
    expect(() => parseQuickscanFile(rulesFile, '{ "rules": [')).toThrowError(/content\/quickscan\/rules\.json klopt niet:\n {2}- geen geldige JSON/);
  });
});

describe('saved file', () => {
  const answers = { regio: 'twente', sectoren: ['zorg'], traject: 'nee', middelen: ['coach'] };
  const report = quickscanReport(data, answers, catalog, today);

  it('round-trips the answers and the gemeente, with a readable copy of the report', () => {
    const file = savedScan(answers, 'Enschede', report, catalog, 'https://werkpad.nl');
    expect(file).toMatchObject({ format: 'werkpad-quickscan', version: 1, savedAt: '2026-12-02', gemeente: 'Enschede', answers });
    expect(JSON.stringify(file.report)).toContain('https://werkpad.nl/x/p-1/');
    const loaded = readSavedScan(JSON.stringify(file), parts);
    expect(loaded).toEqual({ ok: true, file: JSON.parse(JSON.stringify(file)) });
  });
  it('explains in Dutch what is wrong with a bad file, naming the question', () => {
    expect(readSavedScan('niet json', parts)).toEqual({ ok: false, problems: ['Dit is geen JSON-bestand. Kies het bestand dat u eerder met ‘Opslaan als bestand’ heeft bewaard.'] });
    expect(readSavedScan('{"hallo": 1}', parts)).toMatchObject({ ok: false, problems: expect.arrayContaining(['Dit is geen opgeslagen quickscan van Werkpad.']) });
    const wrong = { format: 'werkpad-quickscan', version: 1, answers: { traject: 'misschien', middelen: 'coach', onbekend: 'ja' } };
    expect(readSavedScan(JSON.stringify(wrong), parts)).toEqual({
      ok: false,
      problems: [
        'Bij de vraag ‘Is er een traject?’: dit antwoord bestaat niet bij deze vraag: misschien.',
        'Bij de vraag ‘Welke middelen?’: bij deze vraag hoort een lijst met antwoorden.',
        'Bij ‘onbekend’: deze vraag bestaat niet (meer) in de quickscan.',
      ],
    });
    expect(readSavedScan(JSON.stringify({ ...wrong, answers: { sectoren: ['zorg', 'bouw', 'ict'] } }), parts)).toEqual({
      ok: false,
      problems: ['Bij de vraag ‘Welke sectoren?’: kies hooguit 2 antwoorden.'],
    });
    expect(readSavedScan(JSON.stringify({ ...wrong, answers: {}, gemeente: '<b>x</b>' }), parts)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^Bij de naam van de gemeente: gebruik in de naam van de gemeente gewone tekst/)] });
    expect(readSavedScan('x'.repeat(200_001), parts)).toEqual({ ok: false, problems: ['Dit bestand is te groot voor een opgeslagen quickscan.'] });
  });
  it('names the download after the gemeente and the day', () => {
    expect(scanFileName('Súdwest-Fryslân', '2026-12-02')).toBe('quickscan-sudwest-fryslan-2026-12-02.json');
    expect(scanFileName('', '2026-12-02')).toBe('quickscan-2026-12-02.json');
  });
});
