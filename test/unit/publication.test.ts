import { describe, expect, it } from 'vitest';
import { practiceSchema } from '../../functions/contracts/content.ts';
import { initiativeSchema } from '../../functions/contracts/initiative.ts';
import { plainTextToMarkdown, publishedPracticeSchema, toPublishedPractice } from '../../functions/domain/publication.ts';
import { approveSubmission, newSubmission } from '../../functions/domain/submission-rules.ts';
import { validInitiative } from '../helpers/api-client.ts';

const input = initiativeSchema.parse(
  validInitiative({
    description: 'Eerste alinea.\n\nTweede alinea\nmet een tweede regel.',
    website: 'https://voorbeeld.nl',
    actionLines: [3],
    approaches: ['mentoring'],
    targetGroups: ['statushouders'],
    results: 'Tien mensen aan het werk.',
    contact: { name: 'Niet Publiek', email: 'niet.publiek@example.org' },
  }),
);
const published = approveSubmission(newSubmission('abcdefghijkmnpqr', input, new Date('2026-03-01T09:00:00Z')), {
  who: 'anna',
  at: new Date('2026-03-04T16:30:00Z'),
});

describe('toPublishedPractice', () => {
  it('maps a published submission onto the praktijkvoorbeelden frontmatter, without contact data', () => {
    const practice = toPublishedPractice(published);
    expect(practice.id).toBe('aanmelding-abcdefghijkmnpqr');
    expect(practice.frontmatter).toEqual({
      title: 'Taalmaatjes in de bouw',
      summary: input.summary,
      organisations: ['Bouwbedrijf Voorbeeld'],
      partners: [],
      regions: ['twente'],
      sectors: ['bouw'],
      actionLines: [3],
      targetGroups: ['statushouders'],
      approaches: ['mentoring'],
      schemes: [],
      lessons: [],
      bottlenecks: [],
      results: 'Tien mensen aan het werk.',
      website: 'https://voorbeeld.nl',
      evidence: 'beschreven',
      origin: 'aanmelding',
      sources: [],
      lastVerified: '2026-03-04',
    });
    expect(JSON.stringify(practice)).not.toMatch(/Niet Publiek|example\.org|consent/);
    expect(practice.body).toBe('Eerste alinea\\.\n\nTweede alinea  \nmet een tweede regel\\.');
  });

  it('is a valid praktijkvoorbeeld without sources, because origin aanmelding replaces them', () => {
    const { frontmatter } = toPublishedPractice(published);
    expect(publishedPracticeSchema.safeParse(frontmatter).success).toBe(true);
    expect(practiceSchema.safeParse(frontmatter).success).toBe(true);
    // A curated entry still needs a source.
    const curated = practiceSchema.safeParse({ ...frontmatter, origin: 'redactie' });
    expect(curated.success ? [] : curated.error.issues.map((i) => i.path.join('.'))).toEqual(['sources']);
  });

  it('refuses a submission that is not published', () => {
    expect(() => toPublishedPractice(newSubmission('abcdefghijkmnpqr', input, new Date()))).toThrow(/past niet/);
  });
});

describe('plainTextToMarkdown', () => {
  it('escapes everything markdown or HTML would act on, so the page shows the text as typed', () => {
    expect(plainTextToMarkdown('# Kop\n- lijst\n1. een\n![img](https://x.nl/a.png) <b> &amp; *nadruk* `code`')).toBe(
      '\\# Kop  \n\\- lijst  \n1\\. een  \n\\!\\[img\\]\\(https\\://x\\.nl/a\\.png\\) \\<b\\> \\&amp; \\*nadruk\\* \\`code\\`',
    );
  });

  it('keeps paragraphs and drops empty ones', () => {
    expect(plainTextToMarkdown('a\n\n\n\nb\n   \n')).toBe('a\n\nb');
    expect(plainTextToMarkdown('')).toBe('');
  });
});
