import { describe, expect, it } from 'vitest';
import { practiceSchema, schemeSchema } from '../../functions/contracts/content.ts';
import { describeIssues } from '../../site/lib/content-errors.ts';

const validPractice = {
  title: 'Een praktijkvoorbeeld',
  summary: 'Een korte samenvatting van minstens twintig tekens.',
  organisations: ['COA'],
  regions: ['landelijk'],
  sectors: ['zorg'],
  actionLines: [1],
  sources: [{ title: 'Plan van aanpak', seed: '004_e6fd3a2a5221d3ae.txt' }],
  lastVerified: '2026-11-22',
};

describe('practice frontmatter', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = practiceSchema.parse(validPractice);
    expect(parsed.evidence).toBe('beschreven');
    expect(parsed.origin).toBe('redactie');
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
    const result = practiceSchema.safeParse({ ...validPractice, sources: [{ title: 'Bron', url: 'http://example.org' }] });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "sources.0.url": een bron-URL begint met https://']);
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
      sources: [{ title: 'Bron' }],
      lastVerified: '2026-11-22',
    });
    expect(describeIssues(result.error!.issues)).toEqual(['veld "kind": verwacht een van: subsidie, instrument, dienstverlening']);
  });
});
