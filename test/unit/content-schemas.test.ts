import { describe, expect, it } from 'vitest';
import { lessonSchema, practiceSchema, schemeSchema, termSchema } from '../../functions/contracts/content.ts';
import { describeIssues } from '../../site/lib/content-errors.ts';

const planSource = { id: 'plan-van-aanpak', title: 'Plan van aanpak', publisher: 'Ministerie van SZW', seed: '004_e6fd3a2a5221d3ae.txt' };

const validPractice = {
  title: 'Een praktijkvoorbeeld',
  summary: 'Een korte samenvatting van minstens twintig tekens.',
  organisations: ['COA'],
  regions: ['landelijk'],
  sectors: ['zorg'],
  actionLines: [1],
  sources: [planSource],
  lastVerified: '2026-11-22',
};

const fact = { value: '80', measures: 'aantal statushouders met een mentor (doel)', source: 'plan-van-aanpak', where: 'actielijn 4, actie 2' };

describe('practice frontmatter', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = practiceSchema.parse(validPractice);
    expect(parsed.evidence).toBe('beschreven');
    expect(parsed.origin).toBe('redactie');
    expect(parsed.facts).toEqual([]);
    expect(parsed.lastVerified).toBeInstanceOf(Date);
  });

  it('names the field and what is expected for each mistake', () => {
    const result = practiceSchema.safeParse({ ...validPractice, organisations: undefined, sectors: ['ruimtevaart'], actionLines: [5] });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!.issues)).toEqual([
      'veld "organisations": ontbreekt (verwacht een lijst)',
      'veld "sectors.0": kies een bestaande sector',
      'veld "actionLines.0": een actielijn is een getal van 1 tot en met 4',
    ]);
  });

  it('requires at least one source', () => {
    const result = practiceSchema.safeParse({ ...validPractice, sources: [] });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "sources": noem minstens één bron']);
  });

  it('accepts only https source addresses', () => {
    const result = practiceSchema.safeParse({ ...validPractice, sources: [{ ...planSource, seed: undefined, url: 'http://example.org' }] });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "sources.0.url": een bron-URL begint met https://']);
  });

  it('asks every source for an id, a publisher and an address', () => {
    const result = practiceSchema.safeParse({ ...validPractice, sources: [{ title: 'Een bron zonder adres' }] });
    expect(describeIssues(result.error!.issues)).toEqual([
      'veld "sources.0.id": ontbreekt (verwacht tekst)',
      'veld "sources.0.publisher": ontbreekt (verwacht tekst)',
      'veld "sources.0": geef het adres van de bron: url (https://…) of seed (bestandsnaam in shared/seeds/)',
    ]);
  });

  it('accepts facts that name one of the entry’s sources', () => {
    const parsed = practiceSchema.parse({ ...validPractice, facts: [fact] });
    expect(parsed.facts).toEqual([fact]);
  });

  it('rejects a fact whose source is not one of the entry’s sources, naming the ids to choose from', () => {
    const result = practiceSchema.safeParse({ ...validPractice, facts: [{ ...fact, source: 'kis-monitor-2024' }] });
    expect(describeIssues(result.error!.issues)).toEqual([
      'veld "facts.0.source": verwijst naar bron "kis-monitor-2024", maar die staat niet onder sources (kies uit: plan-van-aanpak)',
    ]);
  });

  it('rejects two sources with the same id', () => {
    const result = practiceSchema.safeParse({ ...validPractice, sources: [planSource, { ...planSource, title: 'Andere titel' }] });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "sources.1.id": bron-id "plan-van-aanpak" komt twee keer voor; geef elke bron een eigen id']);
  });

  it('rejects a source id that is not kebab case', () => {
    const result = practiceSchema.safeParse({ ...validPractice, sources: [{ ...planSource, id: 'Plan van Aanpak' }] });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "sources.0.id": een bron-id bestaat uit kleine letters, cijfers en streepjes, zoals kis-monitor-2024']);
  });

  it('lets a published submission (origin: aanmelding) stand without sources or facts', () => {
    const parsed = practiceSchema.parse({ ...validPractice, sources: [], origin: 'aanmelding' });
    expect(parsed.sources).toEqual([]);
    expect(parsed.facts).toEqual([]);
  });

  it('does not let a published submission carry facts, since it has no sources to point to', () => {
    const result = practiceSchema.safeParse({ ...validPractice, sources: [], origin: 'aanmelding', facts: [fact] });
    expect(describeIssues(result.error!.issues)).toEqual([
      'veld "facts.0.source": verwijst naar bron "plan-van-aanpak", maar die staat niet onder sources (deze entry heeft nog geen bronnen met een id)',
    ]);
  });
});

describe('scheme frontmatter', () => {
  it('rejects an unknown kind with the allowed values', () => {
    const result = schemeSchema.safeParse({
      name: 'Regeling',
      summary: 'Een korte samenvatting van minstens twintig tekens.',
      financer: 'Rijk',
      kind: 'lening',
      applicants: ['gemeente'],
      sources: [planSource],
      lastVerified: '2026-11-22',
    });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "kind": verwacht een van: subsidie, instrument, dienstverlening']);
  });

  it('checks the facts of a scheme against its sources', () => {
    const result = schemeSchema.safeParse({
      name: 'Regeling',
      summary: 'Een korte samenvatting van minstens twintig tekens.',
      kind: 'subsidie',
      sources: [planSource],
      facts: [{ ...fact, source: 'plan' }],
      lastVerified: '2026-11-22',
    });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "facts.0.source": verwijst naar bron "plan", maar die staat niet onder sources (kies uit: plan-van-aanpak)']);
  });
});

describe('lesson frontmatter', () => {
  const lesson = {
    title: 'Een les',
    summary: 'Een korte samenvatting van minstens twintig tekens.',
    network: 'SER',
    sources: [planSource],
    lastVerified: '2026-11-22',
  };

  it('lists initiatives a source only names under alsoMentioned, each pointing to a source', () => {
    const parsed = lessonSchema.parse({ ...lesson, alsoMentioned: [{ name: 'Project VIP', note: 'Vertelde op de bijeenkomst over zijn resultaten.', source: 'plan-van-aanpak' }] });
    expect(parsed.alsoMentioned).toHaveLength(1);
    const result = lessonSchema.safeParse({ ...lesson, alsoMentioned: [{ name: 'Project VIP', note: 'Vertelde op de bijeenkomst over zijn resultaten.', source: 'ser' }] });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "alsoMentioned.0.source": verwijst naar bron "ser", maar die staat niet onder sources (kies uit: plan-van-aanpak)']);
  });

  it('keeps an alsoMentioned note to one line', () => {
    const result = lessonSchema.safeParse({ ...lesson, alsoMentioned: [{ name: 'Project VIP', note: 'Eerste regel\ntweede regel van de notitie.', source: 'plan-van-aanpak' }] });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "alsoMentioned.0.note": een notitie is één regel']);
  });
});

describe('term frontmatter', () => {
  it('links the regelingen and praktijkvoorbeelden a term describes', () => {
    const parsed = termSchema.parse({
      term: 'Jobcoaching',
      definition: 'Begeleiding door een jobcoach op het werk.',
      schemes: ['jobcoaching'],
      sources: [planSource],
      lastVerified: '2026-11-22',
    });
    expect(parsed.schemes).toEqual(['jobcoaching']);
    expect(parsed.practices).toEqual([]);
  });
});
