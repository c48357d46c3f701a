/**
 * schema.org JSON-LD for the detail pages, passed to DetailLayout's `jsonLd` prop.
 *
 * Every builder returns one node with `@context`, an `@id` of `<page URL>#<kind>` and a
 * `mainEntityOfPage` WebPage that carries what belongs to our page rather than to the thing it
 * describes: the sources it is written from (`isBasedOn`), the day it was last checked against
 * them (`lastReviewed`), its language and the site it is part of. All URLs are absolute from the
 * given origin. Only names of organisations appear; the content holds no personal data and these
 * builders add none (published submissions never carry contact data).
 *
 * Per language: the node describes the page it sits on, in that page's language (`lang`). URLs
 * and `@id`s are that page's; names and summaries are the ones the page shows (`textOf`: the
 * translation, or the Dutch text when there is none); reference labels, audiences and kinds are in
 * the page's language; the WebPage's `inLanguage` is the page's, the text's own `inLanguage` that
 * of the text, and a translated page names the Dutch page it translates (`translationOfWork`).
 * Free Dutch text that has no translation (conditions, solutions, themes) is left out of a page
 * whose text is not Dutch.
 * @see https://schema.org/docs/full.html
 */
import type { Bottleneck, Lesson, Practice, Scheme, Term } from '../../functions/contracts/content.ts';
import { approaches, labelOf, regions, sectors, targetGroups } from '../../functions/contracts/taxonomy.ts';
import { dictionaries, type UiKey } from '../i18n/index.ts';
import { defaultLang, localizePath, type Lang } from '../i18n/locales.ts';
import { collectionKeys, collectionPath, type CollectionName } from './collections.ts';

/** A JSON-LD node: plain JSON, so `JSON.stringify` is all a page needs. */
export type JsonLd = Record<string, unknown>;

/** An entry as the content layer gives it: id plus validated frontmatter. */
export interface LdEntry<D> {
  id: string;
  data: D;
}

/** The title and summary of an entry as a page in some language shows them. */
export interface LdText {
  title: string;
  summary: string;
  /** False when the text is the Dutch one on a page in another language. */
  translated: boolean;
}

/** Reads an entry's text for the page's language (on the site: `localizedText`). */
export type TextOf = (collection: CollectionName, entry: LdEntry<object>) => LdText;

/** What every builder takes: the origin, and the page's language with the texts it shows. */
export interface LdPage {
  origin: string | URL;
  /** The language of the page the node sits on; Dutch when left out. */
  lang?: Lang;
  /** The entry texts in `lang`; the Dutch frontmatter when left out. */
  textOf?: TextOf;
}

const context = 'https://schema.org';
const siteName = 'Werkpad';
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The Dutch text of an entry, straight from its frontmatter: a translation only on a Dutch page. */
const dutchText = (lang: Lang): TextOf => (_collection, entry) => {
  const d = entry.data as { title?: string; name?: string; term?: string; summary?: string; definition?: string };
  return { title: d.title ?? d.name ?? d.term ?? entry.id, summary: d.summary ?? d.definition ?? '', translated: lang === defaultLang };
};

/** Words only the structured data uses. Reference data exists in Dutch and English; others read Dutch. */
const words = {
  nl: { applicant: 'Aanvrager', targetGroup: 'Doelgroep', country: 'Nederland', region: 'Arbeidsmarktregio' },
  en: { applicant: 'Applicant', targetGroup: 'Target group', country: 'Netherlands', region: 'Labour market region' },
} as const;
const refLang = (lang: Lang): 'nl' | 'en' => (lang === 'en' ? 'en' : 'nl');

/** The page-language view every builder works through. */
function page(options: LdPage) {
  const lang = options.lang ?? defaultLang;
  const textOf = options.textOf ?? dutchText(lang);
  return {
    lang,
    origin: options.origin,
    ref: refLang(lang),
    w: words[refLang(lang)],
    /** A UI string in the page's language (Dutch when that language lacks it). */
    ui: (key: UiKey) => dictionaries[lang][key] ?? dictionaries[defaultLang][key]!,
    text: (collection: CollectionName, entry: LdEntry<object>) => textOf(collection, entry),
    url: (collection: CollectionName, id: string) => entryUrl(options.origin, collection, id, lang),
  };
}
type Page = ReturnType<typeof page>;

/** The absolute URL of a detail page in `lang` (Dutch by default). */
export function entryUrl(origin: string | URL, collection: CollectionName, id: string, lang: Lang = defaultLang): string {
  return new URL(localizePath(lang, `${collectionPath(collection)}${id}/`), origin).href;
}

function website(p: Page): JsonLd {
  const url = new URL(localizePath(p.lang, '/'), p.origin).href;
  return { '@type': 'WebSite', '@id': `${url}#website`, name: siteName, url, inLanguage: p.lang };
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

function webPage(
  p: Page,
  collection: CollectionName,
  id: string,
  text: LdText,
  sources: Practice['sources'],
  lastVerified: Date,
): JsonLd {
  const url = p.url(collection, id);
  const dutch = entryUrl(p.origin, collection, id);
  return compact({
    '@type': 'WebPage',
    '@id': url,
    url,
    name: text.title,
    description: text.summary,
    inLanguage: p.lang,
    isPartOf: website(p),
    // A translated page is a translation of the Dutch one.
    translationOfWork: p.lang !== defaultLang && text.translated ? { '@type': 'WebPage', '@id': dutch, url: dutch, inLanguage: defaultLang } : undefined,
    lastReviewed: day(lastVerified),
    isBasedOn: sourcesLd(sources),
  });
}

/** The language the entry's text on this page is written in. */
const textLang = (p: Page, text: LdText): Lang => (text.translated ? p.lang : defaultLang);
/** Dutch-only free text (conditions, solutions, themes) belongs on a page whose text is Dutch. */
const dutchOnly = <T>(p: Page, text: LdText, value: T): T | undefined => (textLang(p, text) === defaultLang ? value : undefined);

/** Drops keys whose value is undefined or an empty list, so the output holds only what is known. */
function compact(node: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

// `landelijk` is the whole country; every other region is an arbeidsmarktregio.
function areaServed(p: Page, ids: readonly string[]): JsonLd[] {
  return ids.map((id) =>
    id === 'landelijk'
      ? { '@type': 'Country', name: p.w.country }
      : { '@type': 'AdministrativeArea', name: `${p.w.region} ${labelOf(regions, id, p.ref)}` },
  );
}

const organisation = (name: string): JsonLd => ({ '@type': 'Organization', name });
const audience = (audienceType: string): JsonLd => ({ '@type': 'Audience', audienceType });

function ref(p: Page, collection: CollectionName, entry: LdEntry<object>, type: string): JsonLd {
  const url = p.url(collection, entry.id);
  return { '@type': type, '@id': `${url}#${typeSuffix[collection]}`, name: p.text(collection, entry).title, url };
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
  options: LdPage & { schemes?: readonly LdEntry<Pick<Scheme, 'name' | 'financer'>>[] },
): JsonLd {
  const p = page(options);
  const d = entry.data;
  const text = p.text('praktijkvoorbeelden', entry);
  const url = p.url('praktijkvoorbeelden', entry.id);
  return compact({
    '@context': context,
    '@type': 'Project',
    '@id': `${url}#project`,
    name: text.title,
    description: text.summary,
    url,
    sameAs: d.website,
    member: [...d.organisations, ...d.partners].map(organisation),
    areaServed: areaServed(p, d.regions),
    knowsAbout: [...d.sectors.map((id) => labelOf(sectors, id, p.ref)), ...d.approaches.map((id) => labelOf(approaches, id, p.ref))],
    // schema.org's `funding` takes a Grant: the regeling as the route the money came by.
    funding: (options.schemes ?? []).map((s) =>
      compact({
        '@type': 'Grant',
        name: p.text('regelingen', s).title,
        url: p.url('regelingen', s.id),
        funder: s.data.financer ? organisation(s.data.financer) : undefined,
      }),
    ),
    mainEntityOfPage: webPage(p, 'praktijkvoorbeelden', entry.id, text, d.sources, d.lastVerified),
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
  options: LdPage & { combinesWith?: readonly LdEntry<Pick<Scheme, 'name'>>[] },
): JsonLd {
  const p = page(options);
  const d = entry.data;
  const text = p.text('regelingen', entry);
  const url = p.url('regelingen', entry.id);
  const lower = (key: string) => p.ui(key as UiKey).toLowerCase();
  return compact({
    '@context': context,
    '@type': 'GovernmentService',
    '@id': `${url}#regeling`,
    name: text.title,
    description: text.summary,
    url,
    sameAs: d.website,
    serviceType: p.ui(`schemeKind.${d.kind}` as UiKey),
    provider: d.financer ? organisation(d.financer) : undefined,
    areaServed: areaServed(p, d.regions),
    audience: [
      ...d.applicants.map((a) => audience(`${p.w.applicant}: ${lower(`applicant.${a}`)}`)),
      ...d.targetGroups.map((g) => audience(`${p.w.targetGroup}: ${labelOf(targetGroups, g, p.ref).toLowerCase()}`)),
    ],
    category: d.paysFor.map((purpose) => p.ui(`purpose.${purpose}` as UiKey)),
    termsOfService: d.conditions.length > 0 ? dutchOnly(p, text, d.conditions.join(' ')) : undefined,
    isRelatedTo: (options.combinesWith ?? []).map((s) => ref(p, 'regelingen', s, 'GovernmentService')),
    mainEntityOfPage: webPage(p, 'regelingen', entry.id, text, d.sources, d.lastVerified),
  });
}

/**
 * A les as a schema.org `Report`: the learning network (`author`), its date, themes
 * (`keywords`) and the praktijkvoorbeelden it draws on (`mentions`).
 */
export function lessonJsonLd(
  entry: LdEntry<Lesson>,
  options: LdPage & { practices?: readonly LdEntry<Pick<Practice, 'title'>>[] },
): JsonLd {
  const p = page(options);
  const d = entry.data;
  const text = p.text('lessen', entry);
  const url = p.url('lessen', entry.id);
  return compact({
    '@context': context,
    '@type': 'Report',
    '@id': `${url}#les`,
    name: text.title,
    headline: text.title,
    description: text.summary,
    url,
    inLanguage: textLang(p, text),
    author: organisation(d.network),
    datePublished: d.date ? day(d.date) : undefined,
    keywords: dutchOnly(p, text, d.themes),
    about: d.sectors.map((id) => ({ '@type': 'Thing', name: labelOf(sectors, id, p.ref) })),
    mentions: (options.practices ?? []).map((e) => ref(p, 'praktijkvoorbeelden', e, 'Project')),
    mainEntityOfPage: webPage(p, 'lessen', entry.id, text, d.sources, d.lastVerified),
  });
}

/**
 * A knelpunt as a schema.org `CreativeWork`: who feels it (`audience`), the solutions that work
 * (`hasPart`) and the practices, regelingen and lessen that carry them (`mentions`).
 */
export function bottleneckJsonLd(
  entry: LdEntry<Bottleneck>,
  options: LdPage & {
    practices?: readonly LdEntry<Pick<Practice, 'title'>>[];
    schemes?: readonly LdEntry<Pick<Scheme, 'name'>>[];
    lessons?: readonly LdEntry<Pick<Lesson, 'title'>>[];
  },
): JsonLd {
  const p = page(options);
  const d = entry.data;
  const text = p.text('knelpunten', entry);
  const url = p.url('knelpunten', entry.id);
  return compact({
    '@context': context,
    '@type': 'CreativeWork',
    '@id': `${url}#knelpunt`,
    name: text.title,
    headline: text.title,
    description: text.summary,
    url,
    inLanguage: textLang(p, text),
    audience: d.feltBy.map((who) => audience(p.ui(`audience.${who}` as UiKey).toLowerCase())),
    hasPart: dutchOnly(p, text, d.solutions.map((s) => ({ '@type': 'CreativeWork', name: s.title, text: s.description }))),
    mentions: [
      ...(options.practices ?? []).map((e) => ref(p, 'praktijkvoorbeelden', e, 'Project')),
      ...(options.schemes ?? []).map((e) => ref(p, 'regelingen', e, 'GovernmentService')),
      ...(options.lessons ?? []).map((e) => ref(p, 'lessen', e, 'Report')),
    ],
    mainEntityOfPage: webPage(p, 'knelpunten', entry.id, text, d.sources, d.lastVerified),
  });
}

/** The glossary as a schema.org `DefinedTermSet`, the set every term page points into. */
export function termSetJsonLd(options: LdPage | string | URL, terms?: readonly LdEntry<Pick<Term, 'term'>>[]): JsonLd {
  const p = page(typeof options === 'string' || options instanceof URL ? { origin: options } : options);
  const url = new URL(localizePath(p.lang, collectionPath('begrippen')), p.origin).href;
  return compact({
    '@context': terms ? context : undefined,
    '@type': 'DefinedTermSet',
    '@id': `${url}#begrippen`,
    name: `${p.ui(collectionKeys('begrippen').plural)} | ${siteName}`,
    url,
    inLanguage: p.lang,
    hasDefinedTerm: (terms ?? []).map((e) => ref(p, 'begrippen', e, 'DefinedTerm')),
  });
}

/**
 * A begrip as a schema.org `DefinedTerm` in the Werkpad `DefinedTermSet`: its other spellings
 * (`alternateName`; on a translated page the Dutch term comes first), the short definition
 * (`description`), and related begrippen as `mentions` of its page (DefinedTerm has no property
 * for related terms).
 */
export function termJsonLd(entry: LdEntry<Term>, options: LdPage & { related?: readonly LdEntry<Pick<Term, 'term'>>[] }): JsonLd {
  const p = page(options);
  const d = entry.data;
  const text = p.text('begrippen', entry);
  const url = p.url('begrippen', entry.id);
  const webpage = webPage(p, 'begrippen', entry.id, text, d.sources, d.lastVerified);
  const related = (options.related ?? []).map((e) => ref(p, 'begrippen', e, 'DefinedTerm'));
  const alternateNames = [...new Set([...(text.title === d.term ? [] : [d.term]), ...d.synonyms])];
  return compact({
    '@context': context,
    '@type': 'DefinedTerm',
    '@id': `${url}#begrip`,
    name: text.title,
    alternateName: alternateNames,
    description: text.summary,
    termCode: entry.id,
    url,
    inDefinedTermSet: termSetJsonLd(options),
    mainEntityOfPage: related.length > 0 ? { ...webpage, mentions: related } : webpage,
  });
}
