/**
 * schema.org JSON-LD for the detail pages, passed to DetailLayout's `jsonLd` prop.
 *
 * Every builder returns one node with `@context`, an `@id` of `<page URL>#<kind>` and a
 * `mainEntityOfPage` WebPage that carries what belongs to our page rather than to the thing it
 * describes: the sources it is written from (`isBasedOn`), the day it was last checked against
 * them (`lastReviewed`), its language and the site it is part of. All URLs are absolute from the
 * given origin. Only names of organisations appear; the content holds no personal data and these
 * builders add none (published submissions never carry contact data).
 * @see https://schema.org/docs/full.html
 */
import type { Bottleneck, Lesson, Practice, Scheme, Term } from '../../functions/contracts/content.ts';
import { approaches, labelOf, regions, sectors, targetGroups } from '../../functions/contracts/taxonomy.ts';
import { applicantLabels, purposeLabels } from '../../functions/domain/funding-finder.ts';
import { collectionPath, type CollectionName } from './collections.ts';

/** A JSON-LD node: plain JSON, so `JSON.stringify` is all a page needs. */
export type JsonLd = Record<string, unknown>;

/** An entry as the content layer gives it: id plus validated frontmatter. */
export interface LdEntry<D> {
  id: string;
  data: D;
}

const context = 'https://schema.org';
const siteName = 'Werkpad';
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The absolute URL of a detail page. */
export function entryUrl(origin: string | URL, collection: CollectionName, id: string): string {
  return new URL(`${collectionPath(collection)}${id}/`, origin).href;
}

function website(origin: string | URL): JsonLd {
  const url = new URL('/', origin).href;
  return { '@type': 'WebSite', '@id': `${url}#website`, name: siteName, url, inLanguage: 'nl' };
}

function sourcesLd(sources: Practice['sources']): JsonLd[] {
  // The editors' `seed` file name is internal and left out.
  return sources.map((s) =>
    compact({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: s.publisher ? { '@type': 'Organization', name: s.publisher } : undefined,
      datePublished: s.date ? day(s.date) : undefined,
      url: s.url,
    }),
  );
}

function webPage(origin: string | URL, url: string, name: string, description: string, sources: Practice['sources'], lastVerified: Date): JsonLd {
  return {
    '@type': 'WebPage',
    '@id': url,
    url,
    name,
    description,
    inLanguage: 'nl',
    isPartOf: website(origin),
    lastReviewed: day(lastVerified),
    isBasedOn: sourcesLd(sources),
  };
}

/** Drops keys whose value is undefined or an empty list, so the output holds only what is known. */
function compact(node: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

// `landelijk` is the whole country; every other region is an arbeidsmarktregio.
function areaServed(ids: readonly string[]): JsonLd[] {
  return ids.map((id) =>
    id === 'landelijk'
      ? { '@type': 'Country', name: 'Nederland' }
      : { '@type': 'AdministrativeArea', name: `Arbeidsmarktregio ${labelOf(regions, id)}` },
  );
}

const organisation = (name: string): JsonLd => ({ '@type': 'Organization', name });
const audience = (audienceType: string): JsonLd => ({ '@type': 'Audience', audienceType });

function ref(origin: string | URL, collection: CollectionName, id: string, type: string, name: string): JsonLd {
  const url = entryUrl(origin, collection, id);
  return { '@type': type, '@id': `${url}#${typeSuffix[collection]}`, name, url };
}

const typeSuffix: Record<CollectionName, string> = {
  praktijkvoorbeelden: 'project',
  regelingen: 'regeling',
  lessen: 'les',
  knelpunten: 'knelpunt',
  begrippen: 'begrip',
};

/**
 * A praktijkvoorbeeld as a schema.org `Project`: who carries it (`member`), where
 * (`areaServed`), the regelingen it used (`funding`, as Grants with their financer), its sectors
 * and approaches (`knowsAbout`) and its website (`sameAs`).
 */
export function practiceJsonLd(
  entry: LdEntry<Practice>,
  options: { origin: string | URL; schemes?: readonly LdEntry<Pick<Scheme, 'name' | 'financer'>>[] },
): JsonLd {
  const d = entry.data;
  const url = entryUrl(options.origin, 'praktijkvoorbeelden', entry.id);
  return compact({
    '@context': context,
    '@type': 'Project',
    '@id': `${url}#project`,
    name: d.title,
    description: d.summary,
    url,
    sameAs: d.website,
    member: [...d.organisations, ...d.partners].map(organisation),
    areaServed: areaServed(d.regions),
    knowsAbout: [...d.sectors.map((id) => labelOf(sectors, id)), ...d.approaches.map((id) => labelOf(approaches, id))],
    // schema.org's `funding` takes a Grant: the regeling as the route the money came by.
    funding: (options.schemes ?? []).map((s) =>
      compact({
        '@type': 'Grant',
        name: s.data.name,
        url: entryUrl(options.origin, 'regelingen', s.id),
        funder: s.data.financer ? organisation(s.data.financer) : undefined,
      }),
    ),
    mainEntityOfPage: webPage(options.origin, url, d.title, d.summary, d.sources, d.lastVerified),
  });
}

/**
 * A regeling as a schema.org `GovernmentService` (every regeling is public money or a public
 * service): the financer (`provider`), where it applies (`areaServed`), who may apply
 * (`audience`), what it pays for (`category`), its conditions (`termsOfService`) and the
 * regelingen it combines with (`isRelatedTo`).
 */
export function schemeJsonLd(
  entry: LdEntry<Scheme>,
  options: { origin: string | URL; combinesWith?: readonly LdEntry<Pick<Scheme, 'name'>>[] },
): JsonLd {
  const d = entry.data;
  const url = entryUrl(options.origin, 'regelingen', entry.id);
  const kind = { subsidie: 'Subsidie', instrument: 'Instrument', dienstverlening: 'Dienstverlening' }[d.kind];
  return compact({
    '@context': context,
    '@type': 'GovernmentService',
    '@id': `${url}#regeling`,
    name: d.name,
    description: d.summary,
    url,
    sameAs: d.website,
    serviceType: kind,
    provider: d.financer ? organisation(d.financer) : undefined,
    areaServed: areaServed(d.regions),
    audience: [
      ...d.applicants.map((a) => audience(`Aanvrager: ${applicantLabels[a].label.toLowerCase()}`)),
      ...d.targetGroups.map((t) => audience(`Doelgroep: ${labelOf(targetGroups, t).toLowerCase()}`)),
    ],
    category: d.paysFor.map((p) => purposeLabels[p]),
    termsOfService: d.conditions.length > 0 ? d.conditions.join(' ') : undefined,
    isRelatedTo: (options.combinesWith ?? []).map((s) => ref(options.origin, 'regelingen', s.id, 'GovernmentService', s.data.name)),
    mainEntityOfPage: webPage(options.origin, url, d.name, d.summary, d.sources, d.lastVerified),
  });
}

/**
 * A les as a schema.org `Report`: the learning network (`author`), its date, themes
 * (`keywords`) and the praktijkvoorbeelden it draws on (`mentions`).
 */
export function lessonJsonLd(
  entry: LdEntry<Lesson>,
  options: { origin: string | URL; practices?: readonly LdEntry<Pick<Practice, 'title'>>[] },
): JsonLd {
  const d = entry.data;
  const url = entryUrl(options.origin, 'lessen', entry.id);
  return compact({
    '@context': context,
    '@type': 'Report',
    '@id': `${url}#les`,
    name: d.title,
    headline: d.title,
    description: d.summary,
    url,
    inLanguage: 'nl',
    author: organisation(d.network),
    datePublished: d.date ? day(d.date) : undefined,
    keywords: d.themes,
    about: d.sectors.map((id) => ({ '@type': 'Thing', name: labelOf(sectors, id) })),
    mentions: (options.practices ?? []).map((p) => ref(options.origin, 'praktijkvoorbeelden', p.id, 'Project', p.data.title)),
    mainEntityOfPage: webPage(options.origin, url, d.title, d.summary, d.sources, d.lastVerified),
  });
}

/**
 * A knelpunt as a schema.org `CreativeWork`: who feels it (`audience`), the solutions that work
 * (`hasPart`) and the practices, regelingen and lessen that carry them (`mentions`).
 */
export function bottleneckJsonLd(
  entry: LdEntry<Bottleneck>,
  options: {
    origin: string | URL;
    practices?: readonly LdEntry<Pick<Practice, 'title'>>[];
    schemes?: readonly LdEntry<Pick<Scheme, 'name'>>[];
    lessons?: readonly LdEntry<Pick<Lesson, 'title'>>[];
  },
): JsonLd {
  const d = entry.data;
  const url = entryUrl(options.origin, 'knelpunten', entry.id);
  return compact({
    '@context': context,
    '@type': 'CreativeWork',
    '@id': `${url}#knelpunt`,
    name: d.title,
    headline: d.title,
    description: d.summary,
    url,
    inLanguage: 'nl',
    audience: d.feltBy.map((who) => audience(who)),
    hasPart: d.solutions.map((s) => ({ '@type': 'CreativeWork', name: s.title, text: s.description })),
    mentions: [
      ...(options.practices ?? []).map((p) => ref(options.origin, 'praktijkvoorbeelden', p.id, 'Project', p.data.title)),
      ...(options.schemes ?? []).map((s) => ref(options.origin, 'regelingen', s.id, 'GovernmentService', s.data.name)),
      ...(options.lessons ?? []).map((l) => ref(options.origin, 'lessen', l.id, 'Report', l.data.title)),
    ],
    mainEntityOfPage: webPage(options.origin, url, d.title, d.summary, d.sources, d.lastVerified),
  });
}

/** The glossary as a schema.org `DefinedTermSet`, the set every term page points into. */
export function termSetJsonLd(origin: string | URL, terms?: readonly LdEntry<Pick<Term, 'term'>>[]): JsonLd {
  const url = new URL(collectionPath('begrippen'), origin).href;
  return compact({
    '@context': terms ? context : undefined,
    '@type': 'DefinedTermSet',
    '@id': `${url}#begrippen`,
    name: `Begrippen | ${siteName}`,
    url,
    inLanguage: 'nl',
    hasDefinedTerm: (terms ?? []).map((t) => ref(origin, 'begrippen', t.id, 'DefinedTerm', t.data.term)),
  });
}

/**
 * A begrip as a schema.org `DefinedTerm` in the Werkpad `DefinedTermSet`: its other spellings
 * (`alternateName`), the short definition (`description`), and related begrippen as `mentions` of
 * its page (DefinedTerm has no property for related terms).
 */
export function termJsonLd(
  entry: LdEntry<Term>,
  options: { origin: string | URL; related?: readonly LdEntry<Pick<Term, 'term'>>[] },
): JsonLd {
  const d = entry.data;
  const url = entryUrl(options.origin, 'begrippen', entry.id);
  const page = webPage(options.origin, url, d.term, d.definition, d.sources, d.lastVerified);
  const related = (options.related ?? []).map((t) => ref(options.origin, 'begrippen', t.id, 'DefinedTerm', t.data.term));
  return compact({
    '@context': context,
    '@type': 'DefinedTerm',
    '@id': `${url}#begrip`,
    name: d.term,
    alternateName: d.synonyms,
    description: d.definition,
    termCode: entry.id,
    url,
    inDefinedTermSet: termSetJsonLd(options.origin),
    mainEntityOfPage: related.length > 0 ? { ...page, mentions: related } : page,
  });
}
