/**
 * The funding finder's words in the reader's language: the reasons a scheme fits (or what to
 * check), the fit labels and the count sentence. The finder itself (`functions/domain/
 * funding-finder.ts`) gives structure and Dutch sentences; here the same sentences are built from
 * the dictionary, so the English site reads English. A unit test keeps the Dutch dictionary
 * sentences equal to the finder's own.
 *
 * Browser-safe: no reference data, no Astro; the island gets the strings as a prop.
 */
import type { FinderFit, FinderQuery, FinderReason, FinderResult, FinderScheme } from '../../functions/domain/funding-finder.ts';
import type { SchemeStatus } from '../../functions/domain/scheme-status.ts';
import type { UiKey } from '../i18n/index.ts';

/** Every dictionary key the finder's results and form use. */
export const finderTextKeys = [
  'finder.reason.paysFor',
  'finder.reason.otherApplicant',
  'finder.reason.noApplicants',
  'finder.reason.canApply',
  'finder.reason.targetGroup',
  'finder.reason.targetGroupMissing',
  'finder.reason.status.open',
  'finder.reason.status.doorlopend',
  'finder.reason.status.verwacht',
  'finder.reason.status.onbekend',
  'finder.reason.status.gesloten',
  'finder.reason.match',
  'finder.reason.gap',
  'finder.applicantPlural.gemeente',
  'finder.applicantPlural.werkgever',
  'finder.applicantPlural.onderwijsinstelling',
  'finder.applicantPlural.initiatief',
  'finder.applicantPlural.statushouder',
  'finder.purposePhrase.loonkosten',
  'finder.purposePhrase.begeleiding',
  'finder.purposePhrase.scholing',
  'finder.purposePhrase.taal',
  'finder.purposePhrase.leerwerktraject',
  'finder.fit.exact',
  'finder.fit.doelgroep-niet-genoemd',
  'finder.fit.andere-aanvrager',
  'finder.combinesWith',
  'finder.combinations.title',
  'finder.combinations.none',
  'finder.count.none',
  'finder.count.one',
  'finder.count.other',
  'finder.prompt',
  'finder.step1.legend',
  'finder.step2.legend',
  'finder.targetGroup.label',
  'finder.targetGroup.any',
  'finder.results.title',
  'finder.statusOn',
  'scheme.status',
  'schemeStatus.open',
  'schemeStatus.gesloten',
  'schemeStatus.doorlopend',
  'schemeStatus.verwacht',
  'schemeStatus.onbekend',
] as const satisfies readonly UiKey[];

/** The finder's strings in one language. */
export type FinderText = Record<(typeof finderTextKeys)[number], string>;

/** Fills `{name}` placeholders. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the sentences need besides the result: how a target group reads, and the page's language. */
export interface ReasonContext {
  lang: string;
  targetGroupLabel: (id: string) => string;
}

const statusKey: Record<SchemeStatus, keyof FinderText> = {
  open: 'finder.reason.status.open',
  doorlopend: 'finder.reason.status.doorlopend',
  verwacht: 'finder.reason.status.verwacht',
  onbekend: 'finder.reason.status.onbekend',
  gesloten: 'finder.reason.status.gesloten',
};

/**
 * Why a result fits and what to check, in the dictionary's language: the same sentences, in the
 * same order, as the finder's Dutch `reasons`.
 */
export function reasonsIn(
  text: FinderText,
  result: Pick<FinderResult, 'fit' | 'status'>,
  scheme: Pick<FinderScheme, 'applicants' | 'targetGroups'>,
  query: FinderQuery,
  ctx: ReasonContext,
): FinderReason[] {
  const plural = (who: FinderScheme['applicants'][number]) => text[`finder.applicantPlural.${who}`];
  const who = plural(query.applicant);
  const what = text[`finder.purposePhrase.${query.purpose}`];
  const say = (key: keyof FinderText, vars?: Record<string, string>) => capitalise(fill(text[key], vars));
  const reasons: FinderReason[] = [];
  if (result.fit === 'andere-aanvrager') {
    reasons.push({ type: 'match', text: say('finder.reason.paysFor', { what }) });
    const via = scheme.applicants.map(plural);
    reasons.push({
      type: 'gap',
      text:
        via.length > 0
          ? say('finder.reason.otherApplicant', { who, via: new Intl.ListFormat(ctx.lang, { type: 'conjunction' }).format(via) })
          : say('finder.reason.noApplicants'),
    });
  } else {
    reasons.push({ type: 'match', text: say('finder.reason.canApply', { who, what }) });
  }
  if (query.targetGroup) {
    const group = ctx.targetGroupLabel(query.targetGroup).toLowerCase();
    reasons.push(
      scheme.targetGroups.includes(query.targetGroup)
        ? { type: 'match', text: say('finder.reason.targetGroup', { group }) }
        : { type: 'gap', text: say('finder.reason.targetGroupMissing', { group }) },
    );
  }
  reasons.push({ type: result.status === 'open' || result.status === 'doorlopend' ? 'match' : 'gap', text: say(statusKey[result.status]) });
  return reasons;
}

/** The label of a fit, e.g. "Past bij uw keuze". */
export function fitLabel(text: FinderText, fit: FinderFit): string {
  return text[`finder.fit.${fit}`];
}

/** The label of a status, e.g. "Doorlopend". */
export function statusLabel(text: FinderText, status: SchemeStatus): string {
  return text[`schemeStatus.${status}`];
}

/** "3 regelingen passen." in the dictionary's language. */
export function countSentence(text: FinderText, n: number): string {
  return fill(text[n === 0 ? 'finder.count.none' : n === 1 ? 'finder.count.one' : 'finder.count.other'], { n });
}
