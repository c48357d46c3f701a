/**
 * The quickscan's real questions and rules (`content/quickscan/`) against the real content:
 * they are valid and link only existing entries; the scan asks what the issue asks; every rule
 * fires on its own answers (and not on others) and puts its entries in the report with its
 * reason; and a full example gemeente gets the report a policy officer would expect.
 */
import { describe, expect, it } from 'vitest';
import { quickscanCollections, type QuickscanAnswers, type QuickscanCondition, type QuickscanRule } from '../../functions/contracts/quickscan.ts';
import { quickscanReport, type QuickscanReport } from '../../site/lib/quickscan.ts';
import { quickscanProblems } from '../../site/lib/quickscan-check.ts';
import { parseQuickscanFile, rulesFile } from '../../site/lib/quickscan-check.ts';
import { catalog, knownIds, quickscanData as data, quickscanTexts } from './support/quickscan-content.ts';

const today = new Date('2026-12-02T00:00:00Z');
const questions = new Map(data.parts.flatMap((p) => p.questions).map((q) => [q.id, q]));
const report = (answers: QuickscanAnswers): QuickscanReport => quickscanReport(data, answers, catalog, today);
const inPart = (r: QuickscanReport, part: string) => r.parts.find((p) => p.part === part)!;

/** Answers that meet a condition: the first listed answer, or for `noneOf` an answer outside the list. */
function meeting(condition: QuickscanCondition): string | string[] {
  const q = questions.get(condition.question)!;
  const answer = condition.anyOf ? condition.anyOf[0]! : q.options.find((o) => !condition.noneOf!.includes(o.id) && !o.exclusive)!.id;
  return q.kind === 'one' ? answer : [answer];
}

/** Answers that break a condition: an answer outside `anyOf`, or one of the `noneOf` answers. */
function breaking(condition: QuickscanCondition): string | string[] {
  const q = questions.get(condition.question)!;
  const answer = condition.anyOf ? q.options.find((o) => !condition.anyOf!.includes(o.id))!.id : condition.noneOf![0]!;
  return q.kind === 'one' ? answer : [answer];
}

/** A region where every scheme the rule names can be used. */
function regionFor(rule: QuickscanRule): string {
  const regional = catalog.regelingen.filter((s) => rule.recommend.regelingen.includes(s.id) && !s.regions.includes('landelijk'));
  return regional[0]?.regions[0] ?? 'twente';
}

const answersFor = (rule: QuickscanRule): QuickscanAnswers => ({
  regio: regionFor(rule),
  ...Object.fromEntries(rule.when.map((c) => [c.question, meeting(c)])),
});

describe('the quickscan’s data', () => {
  it('is valid, and every question, answer, part and entry a rule names exists', () => {
    const rules = parseQuickscanFile(rulesFile, quickscanTexts.rules);
    expect(quickscanProblems(data.parts, rules, knownIds)).toEqual([]);
  });

  it('asks region and sectors first, then 12 to 20 questions in the four parts of the Doorbraakgarage approach', () => {
    const [context, ...parts] = data.parts;
    expect(context!.inReport).toBe(false);
    expect(context!.questions.map((q) => q.optionsFrom)).toEqual(['regions', 'sectors']);
    expect(context!.questions[0]!.options.map((o) => o.id)).not.toContain('landelijk');
    expect(context!.questions[0]!.options).toHaveLength(35);
    expect(parts.map((p) => p.id)).toEqual(['leerwerkaanbod', 'knelpunten', 'doorbraken', 'afspraken']);
    const count = parts.flatMap((p) => p.questions).length;
    expect(count).toBeGreaterThanOrEqual(12);
    expect(count).toBeLessThanOrEqual(20);
  });

  it('lets every scored question of a part reach every standing of it', () => {
    for (const part of data.parts.filter((p) => p.inReport)) {
      const scored = part.questions.filter((q) => q.options.some((o) => o.score !== undefined));
      const withScore = (score: number) => Object.fromEntries(scored.map((q) => [q.id, q.options.find((o) => o.score === score)!.id]));
      expect([0, 1, 2].map((s) => inPart(report(withScore(s)), part.id).standing?.id), part.id).toEqual(['begin', 'onderweg', 'staat']);
    }
  });
});

describe.each(data.rules.map((rule) => [rule.id, rule] as const))('rule %s', (_, rule) => {
  it('fires on its answers and puts each of its entries in its part with its reason and step', () => {
    const r = report(answersFor(rule));
    expect(r.fired).toContain(rule.id);
    const part = inPart(r, rule.part);
    for (const collection of quickscanCollections) {
      for (const id of rule.recommend[collection]) {
        const item = part.recommendations[collection].find((x) => x.id === id);
        expect(item?.reasons, `${collection}/${id}`).toContainEqual({ rule: rule.id, text: rule.reason });
      }
    }
    if (rule.step) expect(part.steps).toContainEqual({ rule: rule.id, text: rule.step });
  });

  it('stays silent when one of its conditions is not met', () => {
    for (const [i, condition] of rule.when.entries()) {
      const answers = { ...answersFor(rule), [condition.question]: breaking(condition) };
      const r = report(answers);
      expect(r.fired, `voorwaarde ${i}`).not.toContain(rule.id);
      const reasons = r.parts.flatMap((p) => Object.values(p.recommendations).flat().flatMap((x) => x.reasons));
      expect(reasons.map((x) => x.rule)).not.toContain(rule.id);
    }
  });
});

describe('match rules', () => {
  it('recommend practices from the gemeente’s own region with the region’s name', () => {
    const r = report({ regio: 'midden-utrecht' });
    const practices = inPart(r, 'leerwerkaanbod').recommendations.praktijkvoorbeelden;
    const expected = catalog.praktijkvoorbeelden.filter((p) => p.regions.includes('midden-utrecht')).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(practices.map((p) => p.id).sort()).toEqual(expected.sort().slice(0, data.maxPerCollection));
    for (const p of practices) expect(p.reasons).toEqual([{ rule: 'praktijk-in-uw-regio', text: 'Loopt in uw arbeidsmarktregio (Midden-Utrecht): u kunt er gaan kijken.' }]);
  });

  it('offer a regional scheme only in its own region', () => {
    const limburg = inPart(report({ regio: 'zuid-limburg' }), 'afspraken').recommendations.regelingen;
    expect(limburg).toEqual([
      { collection: 'regelingen', id: 'interreg-euregio-maas-rijn', status: expect.any(String), reasons: [{ rule: 'regeling-in-uw-regio', text: 'Geldt speciaal in uw regio (Zuid-Limburg).' }] },
    ]);
    expect(inPart(report({ regio: 'twente', financiering: 'geen' }), 'afspraken').recommendations.regelingen.map((r) => r.id)).not.toContain('interreg-euregio-maas-rijn');
  });
});

describe('a full example: Enschede (Twente), techniek and installatietechniek', () => {
  // A gemeente with a pilot, a few employers, a school in talks, language before work; knelpunten
  // taal, werkgeversrisico and versnippering; stuck without knowing quite where; temporary money.
  const answers: QuickscanAnswers = {
    regio: 'twente',
    sectoren: ['techniek', 'installatietechniek'],
    leerwerktraject: 'proef',
    werkgevers: 'een-paar',
    opleider: 'in-gesprek',
    'taal-en-werk': 'nee',
    'zicht-op-talent': 'deels',
    knelpunten: ['taal', 'werkgeversrisico', 'versnippering'],
    oplossingen: 'deels',
    'instrumenten-bekend': 'nee',
    vastgelopen: 'ja-bekend',
    'een-plan': 'nee',
    'aan-tafel': 'eenmalig',
    wethouder: 'positief',
    'vroeg-beginnen': 'soms',
    rollen: 'mondeling',
    financiering: 'tijdelijk',
    instrumenten: ['loonkostensubsidie', 'jobcoaching'],
    regionaal: 'deels',
  };
  const r = report(answers);
  const ruleReasons = (part: string, collection: (typeof quickscanCollections)[number]) =>
    inPart(r, part)
      .recommendations[collection].filter((x) => x.reasons.some((reason) => data.rules.some((rule) => rule.id === reason.rule)))
      .map((x) => x.id);

  it('says where the gemeente stands in each part', () => {
    expect(r.parts.map((p) => [p.part, p.standing?.label, p.answered, p.questions])).toEqual([
      ['leerwerkaanbod', 'Onderweg', 5, 5],
      ['knelpunten', 'Aan het begin', 3, 3],
      ['doorbraken', 'Onderweg', 5, 5],
      ['afspraken', 'Onderweg', 4, 4],
    ]);
  });

  it('fires exactly the rules its answers call for, and the matches on its sectors', () => {
    expect(r.fired.filter((id) => !data.matchRules.some((m) => m.id === id))).toEqual([
      'leerwerktraject-als-proef',
      'weinig-werkgevers',
      'geen-opleider',
      'eerst-taal-dan-werk',
      'weinig-zicht-op-talent',
      'knelpunt-taal',
      'knelpunt-werkgeversrisico',
      'knelpunt-versnippering',
      'oplossingen-niet-afgesproken',
      'instrumenten-onbekend',
      'doorbraak-nodig',
      'geen-integraal-plan',
      'niet-samen-aan-tafel',
      'bestuur-geen-eigenaar',
      'laat-beginnen',
      'rollen-niet-vastgelegd',
      'tijdelijk-geld',
      'geen-proefplaatsing',
      'geen-duale-trajecten',
      'geen-praktijkleren',
      'geen-esf',
      'weinig-regionaal',
    ]);
    expect(r.fired).toEqual(expect.arrayContaining(['praktijk-in-uw-sector', 'les-in-uw-sector']));
  });

  it('lists the practices from Twente that Werkpad knows first among those it only matched, or says there are none', () => {
    const twente = catalog.praktijkvoorbeelden.filter((p) => p.regions.includes('twente')).map((p) => p.id);
    const practices = inPart(r, 'leerwerkaanbod').recommendations.praktijkvoorbeelden;
    if (twente.length === 0) {
      expect(inPart(r, 'leerwerkaanbod').misses).toEqual([{ rule: 'praktijk-in-uw-regio', collection: 'praktijkvoorbeelden', field: 'regions', labels: 'Twente' }]);
    } else {
      expect(practices.map((p) => p.id)).toEqual(expect.arrayContaining(twente.slice(0, 2)));
      const firstSectorOnly = practices.findIndex((p) => p.reasons.every((x) => x.rule === 'praktijk-in-uw-sector'));
      for (const id of twente.slice(0, 2)) expect(practices.findIndex((p) => p.id === id)).toBeLessThan(firstSectorOnly === -1 ? Infinity : firstSectorOnly);
    }
  });

  it('puts the Doorbraakgarage first under Doorbraken, for three of its answers', () => {
    const first = inPart(r, 'doorbraken').recommendations.praktijkvoorbeelden[0]!;
    expect(first.id).toBe('doorbraakgarage-energieke-wijken');
    expect(first.reasons.map((x) => x.rule)).toEqual(['doorbraak-nodig', 'geen-integraal-plan', 'bestuur-geen-eigenaar']);
  });

  it('recommends the schemes that fill its gaps, with their status, and skips the ones it uses', () => {
    const schemes = inPart(r, 'afspraken').recommendations.regelingen;
    expect(schemes.map((s) => s.id).sort()).toEqual([
      'esf-plus',
      'praktijkleren-in-het-mbo',
      'proefplaatsing',
      'rmt-dienstverlening',
      'werkervaringsplaats',
      'werkgeversservicepunt',
      'wi2021-duale-trajecten',
    ]);
    // Each carried by one answer, so those usable now come first.
    const rank = { open: 0, doorlopend: 0, verwacht: 1, onbekend: 2, gesloten: 3 } as const;
    const ranks = schemes.map((s) => rank[s.status!]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(schemes.find((s) => s.id === 'esf-plus')?.reasons.map((x) => x.text)).toEqual([
      'U zoekt geld en gebruikt het ESF+ nog niet: gemeenten kunnen daaruit begeleiding naar werk betalen.',
    ]);
    expect(schemes.every((s) => s.status !== undefined)).toBe(true);
    expect(schemes.map((s) => s.id)).not.toContain('loonkostensubsidie');
    expect(schemes.map((s) => s.id)).not.toContain('jobcoaching');
  });

  it('names the knelpunten it ticked, with the instruments that lower the employers’ risk', () => {
    expect(ruleReasons('knelpunten', 'knelpunten').sort()).toEqual([
      'financiele-drempels-voor-werkgevers',
      'onbekendheid-met-mogelijkheden',
      'taalbarriere',
      'versnippering-van-initiatieven',
    ]);
    // Named by two answers (the risk and the unknown instruments), they come before the rest.
    const schemes = ruleReasons('knelpunten', 'regelingen');
    expect(schemes.slice(0, 3).sort()).toEqual(['jobcoaching', 'loonkostensubsidie', 'proefplaatsing']);
    expect(schemes.slice(3).sort()).toEqual(['werkervaringsplaats', 'werkgeversservicepunt', 'wi2021-duale-trajecten']);
  });

  it('gives concrete next steps per part, the standing’s first', () => {
    expect(inPart(r, 'afspraken').steps.map((s) => s.rule)).toEqual(['stand:onderweg', 'rollen-niet-vastgelegd', 'tijdelijk-geld', 'weinig-regionaal']);
    expect(inPart(r, 'doorbraken').steps.map((s) => s.rule)).toEqual([
      'stand:onderweg',
      'doorbraak-nodig',
      'geen-integraal-plan',
      'niet-samen-aan-tafel',
      'bestuur-geen-eigenaar',
      'laat-beginnen',
    ]);
  });

  it('adds lessons about its sectors, with the reason from its answers first', () => {
    const lessons = inPart(r, 'doorbraken').recommendations.lessen;
    expect(lessons.find((l) => l.id === 'lessen-leerwerkplekken-energietransitie')?.reasons.map((x) => x.text)).toEqual([
      'De bekende oplossingen werken bij u niet voor elk knelpunt: in een Doorbraakgarage werken alle betrokkenen samen tot er een plan ligt.',
      'Gaat over een sector die u koos (Techniek en Installatietechniek).',
    ]);
  });
});
