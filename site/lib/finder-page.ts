/**
 * What the funding finder's pages need at build: the strings in the page's language, the
 * results of one step as the page shows them, and the island's props. Server-only (it reads the
 * dictionaries and the content); the island gets plain data from here.
 */
import { findSchemes, finderApplicants, finderPath, finderPurposes, type FinderApplicant, type FinderPurpose } from '../../functions/domain/funding-finder.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { localizePath, type Lang } from '../i18n/locales.ts';
import { buildDate, finderSchemes, linkTo, schemes } from './content.ts';
import { finderTextKeys, reasonsIn, type FinderText } from './finder-text.ts';
import { targetGroupLabels } from './labels.ts';
import { statusBadgeData, statusBadgeLabels } from './status-badge.ts';
import type { FinderResultView } from '../islands/finder-results.tsx';
import type { IslandScheme } from '../islands/funding-finder.tsx';

/** The finder's strings in `lang`. */
export function finderText(lang: Lang): FinderText {
  return Object.fromEntries(finderTextKeys.map((key) => [key, t(lang, key)])) as FinderText;
}

/** The label of an answer to step 1, e.g. "Gemeente". */
export const applicantLabel = (lang: Lang, id: string) => t(lang, `applicant.${id}` as UiKey);
/** The label of an answer to step 2, e.g. "Loonkosten". */
export const purposeLabel = (lang: Lang, id: string) => t(lang, `purpose.${id}` as UiKey);

/** The answers to step 1 with their step pages. */
export function applicantChoices(lang: Lang) {
  return finderApplicants.map((id) => ({ id, label: applicantLabel(lang, id), href: localizePath(lang, finderPath(id)) }));
}

/** The answers to step 2 for an applicant, with their result pages and how many schemes fit. */
export function purposeChoices(lang: Lang, applicant: FinderApplicant) {
  return finderPurposes.map((id) => ({
    id,
    label: purposeLabel(lang, id),
    href: localizePath(lang, finderPath(applicant, id)),
    count: findSchemes(finderSchemes, { applicant, purpose: id }, { today: buildDate }).results.length,
  }));
}

/** Target groups that at least one scheme names, by label: the island's optional third question. */
export function finderTargetGroups(lang: Lang) {
  const ids = [...new Set(schemes.flatMap((s) => s.data.targetGroups))];
  return ids.map((id) => ({ id, label: targetGroupLabels([id], lang)[0] ?? id })).sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** One result page: the finder's answer for the build day, as the page shows it. */
export function resultPage(lang: Lang, applicant: FinderApplicant, purpose: FinderPurpose) {
  const text = finderText(lang);
  const answer = findSchemes(finderSchemes, { applicant, purpose }, { today: buildDate });
  const labels = statusBadgeLabels(lang);
  const groupLabel = (id: string) => targetGroupLabels([id], lang)[0] ?? id;
  const results: FinderResultView[] = answer.results.map((r) => {
    const entry = schemes.find((s) => s.id === r.id)!;
    const link = linkTo('regelingen', lang)(entry);
    return {
      id: r.id,
      name: link.label,
      href: link.href,
      nameLang: link.lang,
      status: r.status,
      fit: r.fit,
      reasons: reasonsIn(text, r, entry.data, answer.query, { lang, targetGroupLabel: groupLabel }),
      combinesWith: r.combinesWith,
      badgeData: statusBadgeData(entry.data, r.status, labels),
    };
  });
  return { text, answer, results };
}

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

/** The island's schemes: plain JSON with localized links. */
export function islandSchemes(lang: Lang): IslandScheme[] {
  return finderSchemes.map((s) => {
    const link = linkTo('regelingen', lang)(schemes.find((e) => e.id === s.id)!);
    return {
      ...s,
      name: link.label,
      href: link.href,
      nameLang: link.lang,
      windows: s.windows.map((w) => ({ opens: day(w.opens), closes: day(w.closes) })),
    };
  });
}
