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
  });
});
