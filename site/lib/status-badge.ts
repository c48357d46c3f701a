/**
 * What a scheme's status badge carries so the browser can compute the status again from the
 * application windows (DESIGN: computed at build and again in the browser): the build's status,
 * the windows as days, whether it is ongoing, and the words to show in the page's language.
 */
import type { Scheme } from '../../functions/contracts/content.ts';
import { schemeStatuses, type SchemeStatus } from '../../functions/domain/scheme-status.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';

/** The words of a badge: "Status", each status label and the "computed on {date}" note. */
export type StatusBadgeLabels = Record<SchemeStatus | 'prefix' | 'computedOn', string>;

/** The badge words in `lang`. */
export function statusBadgeLabels(lang: Lang): StatusBadgeLabels {
  const labels = Object.fromEntries(schemeStatuses.map((s) => [s, t(lang, `schemeStatus.${s}` as UiKey)]));
  return { ...labels, prefix: t(lang, 'scheme.status'), computedOn: t(lang, 'scheme.computedOn') } as StatusBadgeLabels;
}

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

/** The `data-*` attributes of a badge, read by `site/scripts/scheme-status.ts`. */
export function statusBadgeData(scheme: Pick<Scheme, 'windows' | 'ongoing'>, status: SchemeStatus, labels: StatusBadgeLabels): Record<string, string> {
  return {
    'data-scheme-status': status,
    'data-windows': JSON.stringify(scheme.windows.map((w) => ({ opens: day(w.opens), closes: day(w.closes) }))),
    'data-ongoing': String(scheme.ongoing),
    'data-labels': JSON.stringify(labels),
  };
}
