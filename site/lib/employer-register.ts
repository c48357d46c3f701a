/**
 * The public register of employers on the site: labels of an employer's reference ids, the facets
 * of its list page, and what a card and a page say about one employer. Only company data comes in
 * (`PublicEmployer`): the pages cannot show a contact person because they never get one.
 */
import type { PublicEmployer } from '../../functions/contracts/employer.ts';
import { employerMatchesFilter, type EmployerFilter } from '../../functions/domain/employer-rules.ts';
import { languageLevels, offers, regions, sectors } from '../../functions/contracts/taxonomy.ts';
import { t } from '../i18n/index.ts';
import { localizePath, type Lang } from '../i18n/locales.ts';
import type { FacetDef } from './facets.ts';
import { formatDate } from './format.ts';
import { regionLabels, sectorLabels } from './labels.ts';
import { languageLevelLabels, offerLabels } from './employer-labels.ts';

export { educationLevelLabels, languageLevelLabels, offerLabels, skillLabels } from './employer-labels.ts';

/** The CEFR levels from low to high. */
export const levelOrder: readonly string[] = languageLevels.map((l) => l.id);

/**
 * The values of one filter under which an employer is listed, by the register's one rule
 * (`employerMatchesFilter`, which the API uses too): a nationwide employer is listed under every
 * region, and under a language level when it asks at most that level, so the page of B1 lists the
 * employers someone with B1 can start at. Pre-built facet pages and the browser's combined
 * filters then agree with `GET /api/employers`.
 */
const listedUnder = (filter: keyof EmployerFilter, ids: readonly string[]) => (e: PublicEmployer) =>
  ids.filter((id) => employerMatchesFilter(e, { [filter]: id } as EmployerFilter));

/** Facets of the register; the keys are the query parameters and path segments of its pages. */
export const employerFacets: readonly FacetDef<PublicEmployer>[] = [
  { key: 'regio', legend: 'facets.regio', values: listedUnder('region', regions.map((r) => r.id)), label: (v, lang) => regionLabels([v], lang)[0] ?? v },
  { key: 'sector', legend: 'facets.sector', values: listedUnder('sector', sectors.map((r) => r.id)), label: (v, lang) => sectorLabels([v], lang)[0] ?? v },
  { key: 'aanbod', legend: 'facets.aanbod', values: listedUnder('offer', offers.map((o) => o.id)), label: (v, lang) => offerLabels([v], lang)[0] ?? v, order: offers.map((o) => o.id) },
  {
    key: 'taalniveau',
    legend: 'facets.taalniveau',
    values: listedUnder('languageLevel', levelOrder),
    // The page of B1 lists who asks B1 or less: "tot en met B1".
    label: (v, lang) => t(lang, 'employers.levelUpTo', { level: languageLevelLabels([v], lang)[0] ?? v }),
    order: levelOrder,
  },
];

/** An employer as the facet helpers take entries. */
export type EmployerEntry = { id: string; data: PublicEmployer };

/** Entries for the facet helpers, sorted by name. */
export function employerEntries(employers: readonly PublicEmployer[]): EmployerEntry[] {
  return [...employers].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((e) => ({ id: e.id, data: e }));
}

/** The path of an employer's page. */
export function employerPath(id: string, lang: Lang = 'nl'): string {
  return localizePath(lang, `/werkgevers/${id}/`);
}

/** 'Bevestigd op 2 december 2026': when the employer last said it is open to statushouders. */
export function confirmedOn(employer: PublicEmployer, lang: Lang): string {
  return t(lang, 'employers.confirmedOn', { date: formatDate(new Date(employer.confirmedAt), lang) });
}

/** The summary of an employer: its own description, or a sentence made from its sectors. */
export function employerSummary(employer: PublicEmployer, lang: Lang): string {
  if (employer.description) {
    const first = employer.description.split(/\n/)[0]!.trim();
    return first.length > 300 ? `${first.slice(0, 297).trimEnd()}…` : first;
  }
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(sectorLabels(employer.sectors, lang).map((s) => s.toLowerCase()));
  return t(lang, 'employers.summary', { name: employer.name, sectors: list });
}

/** One card of the list page. */
export function employerCard(employer: PublicEmployer, lang: Lang) {
  return {
    href: employerPath(employer.id, lang),
    title: employer.name,
    summary: employerSummary(employer, lang),
    meta: [
      offerLabels(employer.offers, lang).join(', '),
      regionLabels(employer.regions, lang).join(', '),
      t(lang, 'employers.asks', { level: employer.languageLevel }),
      confirmedOn(employer, lang),
    ].join(' · '),
  };
}

/**
 * schema.org JSON-LD of an employer's page: the organisation with its KvK number, what it is
 * open to, and the page's own dates. Company data only, like the page.
 * @see https://schema.org/Organization
 */
export function employerJsonLd(employer: PublicEmployer, origin: string | URL): Record<string, unknown> {
  const url = new URL(`/werkgevers/${employer.id}/`, origin).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${url}#organisatie`,
    name: employer.name,
    ...(employer.website ? { sameAs: employer.website } : {}),
    ...(employer.description ? { description: employer.description } : {}),
    identifier: { '@type': 'PropertyValue', propertyID: 'KvK-nummer', value: employer.kvk },
    areaServed: regionLabels(employer.regions, 'nl'),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url, url, inLanguage: 'nl', dateModified: employer.confirmedAt.slice(0, 10), isPartOf: { '@id': `${new URL('/', origin).href}#website` } },
  };
}
