import { describe, expect, it } from 'vitest';
import { bottleneckSchema, lessonSchema, practiceSchema, schemeSchema, termSchema } from '../../functions/contracts/content.ts';
import {
  bottleneckJsonLd,
  entryUrl,
  lessonJsonLd,
  practiceJsonLd,
  schemeJsonLd,
  termJsonLd,
  termSetJsonLd,
} from '../../site/lib/json-ld.ts';

const origin = 'https://werkpad.example';
const source = { id: 'plan-van-aanpak', title: 'Plan van aanpak', publisher: 'Ministerie van SZW', date: '2023-07-10', url: 'https://example.org/plan', seed: '004_e6fd3a2a5221d3ae.txt' };
const base = { sources: [source], lastVerified: '2026-11-22' };

const practice = {
  id: 'alliander',
  data: practiceSchema.parse({
    ...base,
    title: 'Statushoudersprogramma',
    summary: 'Alliander leidt statushouders op tot monteur met leren en werken.',
    organisations: ['Alliander'],
    partners: ['UAF'],
    regions: ['landelijk', 'midden-utrecht'],
    sectors: ['energie'],
    approaches: ['leerwerktraject'],
    schemes: ['duaal'],
    website: 'https://example.org/alliander',
  }),
};
const scheme = {
  id: 'duaal',
  data: schemeSchema.parse({
    ...base,
    name: 'Duale trajecten',
    summary: 'Gemeenten kunnen duale trajecten aanbieden: taal leren en werken.',
    financer: 'Gemeente',
    kind: 'instrument',
    applicants: ['gemeente'],
    paysFor: ['taal', 'leerwerktraject'],
    targetGroups: ['statushouders'],
    conditions: ['Voor inburgeraars onder de Wi2021.'],
    ongoing: true,
  }),
};
const lesson = {
  id: 'startbanen',
  data: lessonSchema.parse({
    ...base,
    title: 'Startbanen',
    summary: 'Wat voorlopers leren over betaald werk direct na vestiging.',
    network: 'Ministerie van SZW met VNG',
    date: '2023-03-01',
    themes: ['startbanen'],
    sectors: ['zorg'],
  }),
};
const bottleneck = {
  id: 'taal',
  data: bottleneckSchema.parse({
    ...base,
    title: 'Taalbarrière',
    summary: 'Veel statushouders spreken nog weinig Nederlands als zij gaan werken.',
    feltBy: ['werkgever'],
    solutions: [{ title: 'Taal op de werkvloer', description: 'Leren op het werk gaat sneller dan alleen in de klas.' }],
  }),
};
const term = {
  id: 'startbaan',
  data: termSchema.parse({ ...base, term: 'Startbaan', synonyms: ['startbanen'], definition: 'Een betaalde baan direct na vestiging.', related: ['duaal-traject'] }),
};

// Every URL in the output, wherever it sits.
function urls(node: unknown): string[] {
  if (typeof node === 'string') return /^https?:/.test(node) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap(urls);
  if (node && typeof node === 'object') return Object.values(node).flatMap(urls);
  return [];
}

describe('JSON-LD', () => {
  it('describes a practice as a Project with its area, organisations, funding and sources', () => {
    const ld = practiceJsonLd(practice, { origin, schemes: [scheme] });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Project',
      '@id': 'https://werkpad.example/praktijkvoorbeelden/alliander/#project',
      name: 'Statushoudersprogramma',
      url: 'https://werkpad.example/praktijkvoorbeelden/alliander/',
      sameAs: 'https://example.org/alliander',
      member: [{ '@type': 'Organization', name: 'Alliander' }, { '@type': 'Organization', name: 'UAF' }],
      areaServed: [{ '@type': 'Country', name: 'Nederland' }, { '@type': 'AdministrativeArea', name: 'Arbeidsmarktregio Midden-Utrecht' }],
      knowsAbout: ['Energie', 'Leerwerktraject'],
      funding: [{ '@type': 'Grant', name: 'Duale trajecten', url: 'https://werkpad.example/regelingen/duaal/', funder: { '@type': 'Organization', name: 'Gemeente' } }],
      mainEntityOfPage: {
        '@type': 'WebPage',
        lastReviewed: '2026-11-22',
        inLanguage: 'nl',
        isBasedOn: [{ '@type': 'CreativeWork', name: 'Plan van aanpak', datePublished: '2023-07-10', url: 'https://example.org/plan', publisher: { '@type': 'Organization', name: 'Ministerie van SZW' } }],
      },
    });
  });

  it('describes a scheme as a GovernmentService with provider, audience and conditions', () => {
    const ld = schemeJsonLd(scheme, { origin });
    expect(ld).toMatchObject({
      '@type': 'GovernmentService',
      serviceType: 'Instrument',
      provider: { '@type': 'Organization', name: 'Gemeente' },
      audience: [
        { '@type': 'Audience', audienceType: 'Aanvrager: gemeente' },
        { '@type': 'Audience', audienceType: 'Doelgroep: statushouders' },
      ],
      category: ['Taal', 'Leerwerktraject'],
      termsOfService: 'Voor inburgeraars onder de Wi2021.',
    });
    expect(ld).not.toHaveProperty('isRelatedTo');
  });

  it('describes a lesson as a Report by its network and a bottleneck as a CreativeWork with its solutions', () => {
    expect(lessonJsonLd(lesson, { origin })).toMatchObject({
      '@type': 'Report',
      author: { '@type': 'Organization', name: 'Ministerie van SZW met VNG' },
      datePublished: '2023-03-01',
      keywords: ['startbanen'],
    });
    expect(bottleneckJsonLd(bottleneck, { origin, practices: [practice] })).toMatchObject({
      '@type': 'CreativeWork',
      audience: [{ '@type': 'Audience', audienceType: 'werkgever' }],
      hasPart: [{ '@type': 'CreativeWork', name: 'Taal op de werkvloer' }],
      mentions: [{ '@type': 'Project', url: 'https://werkpad.example/praktijkvoorbeelden/alliander/' }],
    });
  });

  it('describes a term as a DefinedTerm in the Werkpad DefinedTermSet', () => {
    const ld = termJsonLd(term, { origin });
    expect(ld).toMatchObject({
      '@type': 'DefinedTerm',
      name: 'Startbaan',
      alternateName: ['startbanen'],
      description: 'Een betaalde baan direct na vestiging.',
      termCode: 'startbaan',
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'https://werkpad.example/begrippen/#begrippen' },
    });
    const set = termSetJsonLd(origin, [term]);
    expect(set).toMatchObject({ '@context': 'https://schema.org', hasDefinedTerm: [{ '@type': 'DefinedTerm', name: 'Startbaan' }] });
  });

  it('describes an English page in English: its own URLs, English labels, and the Dutch text marked as Dutch when untranslated', () => {
    const ld = practiceJsonLd(practice, { origin, lang: 'en', schemes: [scheme] });
    expect(ld).toMatchObject({
      '@id': 'https://werkpad.example/en/praktijkvoorbeelden/alliander/#project',
      url: 'https://werkpad.example/en/praktijkvoorbeelden/alliander/',
      name: 'Statushoudersprogramma',
      areaServed: [{ '@type': 'Country', name: 'Netherlands' }, { '@type': 'AdministrativeArea', name: 'Labour market region Midden-Utrecht' }],
      knowsAbout: ['Energy', 'Work-based learning programme'],
      funding: [{ '@type': 'Grant', name: 'Duale trajecten', url: 'https://werkpad.example/en/regelingen/duaal/' }],
      mainEntityOfPage: {
        '@id': 'https://werkpad.example/en/praktijkvoorbeelden/alliander/',
        inLanguage: 'en',
        isPartOf: { '@type': 'WebSite', url: 'https://werkpad.example/en/', inLanguage: 'en' },
      },
    });
    // Untranslated: the Dutch text is not presented as a translation.
    expect(ld.mainEntityOfPage).not.toHaveProperty('translationOfWork');

    const sch = schemeJsonLd(scheme, { origin, lang: 'en' });
    expect(sch).toMatchObject({
      serviceType: 'Instrument',
      audience: [
        { '@type': 'Audience', audienceType: 'Applicant: municipality' },
        { '@type': 'Audience', audienceType: 'Target group: status holders (refugees with a residence permit)' },
      ],
      category: ['Language', 'Work-based learning'],
      termsOfService: 'Voor inburgeraars onder de Wi2021.',
    });
    expect(bottleneckJsonLd(bottleneck, { origin, lang: 'en' })).toMatchObject({
      inLanguage: 'nl',
      audience: [{ '@type': 'Audience', audienceType: 'employer' }],
      mainEntityOfPage: { inLanguage: 'en' },
    });
    expect(termSetJsonLd({ origin, lang: 'en' }, [term])).toMatchObject({
      '@id': 'https://werkpad.example/en/begrippen/#begrippen',
      name: 'Glossary | Werkpad',
      inLanguage: 'en',
      hasDefinedTerm: [{ url: 'https://werkpad.example/en/begrippen/startbaan/' }],
    });
  });

  it('gives a translated page its translated names, its language and the Dutch page it translates', () => {
    // What the site's localizedText gives for a page in English: here every entry has a translation.
    const english: Record<string, { title: string; summary: string }> = {
      'begrippen/startbaan': { title: 'Starter job', summary: 'A paid job straight after settling.' },
      'begrippen/duaal-traject': { title: 'Dual programme', summary: 'Learning the language while working.' },
      'lessen/startbanen': { title: 'Starter jobs', summary: 'What pioneers learn about paid work right after settling.' },
      'regelingen/duaal': { title: 'Dual programmes', summary: 'Municipalities can offer dual programmes.' },
    };
    const textOf = (collection: string, entry: { id: string }) => ({ ...english[`${collection}/${entry.id}`]!, translated: true });
    const related = { id: 'duaal-traject', data: { ...term.data, term: 'Duaal traject' } };

    const ld = termJsonLd(term, { origin, lang: 'en', textOf, related: [related] });
    expect(ld).toMatchObject({
      '@id': 'https://werkpad.example/en/begrippen/startbaan/#begrip',
      name: 'Starter job',
      description: 'A paid job straight after settling.',
      // The Dutch term stays findable as another name.
      alternateName: ['Startbaan', 'startbanen'],
      inDefinedTermSet: { '@id': 'https://werkpad.example/en/begrippen/#begrippen', name: 'Glossary | Werkpad' },
      mainEntityOfPage: {
        name: 'Starter job',
        inLanguage: 'en',
        translationOfWork: { '@id': 'https://werkpad.example/begrippen/startbaan/', inLanguage: 'nl' },
        mentions: [{ '@type': 'DefinedTerm', name: 'Dual programme', url: 'https://werkpad.example/en/begrippen/duaal-traject/' }],
      },
    });

    const les = lessonJsonLd(lesson, { origin, lang: 'en', textOf });
    expect(les).toMatchObject({ name: 'Starter jobs', headline: 'Starter jobs', inLanguage: 'en', about: [{ '@type': 'Thing', name: 'Healthcare' }] });
    // Free Dutch text that has no translation stays off a page whose text is English.
    expect(les).not.toHaveProperty('keywords');
    const sch = schemeJsonLd(scheme, { origin, lang: 'en', textOf, combinesWith: [scheme] });
    expect(sch).toMatchObject({ name: 'Dual programmes', isRelatedTo: [{ name: 'Dual programmes', url: 'https://werkpad.example/en/regelingen/duaal/' }] });
    expect(sch).not.toHaveProperty('termsOfService');

    // Nothing on an English page points at a Dutch page except the one it translates, and its sources.
    for (const node of [ld, les, sch]) {
      const own = urls(node).filter((u) => u.startsWith(origin));
      const dutch = new Set(own.filter((u) => !u.startsWith(`${origin}/en/`)));
      expect([...dutch]).toEqual(urls((node.mainEntityOfPage as { translationOfWork: unknown }).translationOfWork).slice(0, 1));
    }
  });

  it('is plain JSON with absolute URLs only, and leaves out unknown values and internal seed names', () => {
    const all = [
      practiceJsonLd(practice, { origin, schemes: [scheme] }),
      schemeJsonLd({ ...scheme, data: { ...scheme.data, financer: undefined } }, { origin, combinesWith: [scheme] }),
      lessonJsonLd({ ...lesson, data: { ...lesson.data, date: undefined } }, { origin }),
      bottleneckJsonLd(bottleneck, { origin }),
      termJsonLd(term, { origin, related: [term] }),
    ];
    for (const ld of all) {
      const text = JSON.stringify(ld);
      expect(JSON.parse(text)).toEqual(ld);
      expect(text).not.toContain('004_e6fd3a2a5221d3ae');
      expect(text).not.toContain('null');
      for (const url of urls(ld)) expect(() => new URL(url)).not.toThrow();
    }
    expect(all[1]).not.toHaveProperty('provider');
    expect(all[2]).not.toHaveProperty('datePublished');
    expect(entryUrl('https://werkpad.example/sub/', 'lessen', 'x')).toBe('https://werkpad.example/lessen/x/');
    expect(entryUrl('https://werkpad.example/', 'lessen', 'x', 'en')).toBe('https://werkpad.example/en/lessen/x/');
  });
});
