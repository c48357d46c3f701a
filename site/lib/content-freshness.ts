/**
 * Freshness of curated content: `lastVerified` is the day an editor last checked an entry against
 * its sources; an entry not checked for 12 months needs a check ('controle nodig'). Pure, so the
 * build, the browser script (`site/scripts/content-freshness.ts`) and `npm run content:stale`
 * compute the same thing.
 */

/** After how many months without a check an entry is marked. */
export const checkAfterMonths = 12;

/**
 * How many days ahead of its check date a page loads the small script that flips the mark for the
 * reader's day. Further ahead, the daily rebuild on AWS (and `npm run content:stale` for editors)
 * catches it; pages far from their date stay free of JavaScript.
 */
export const freshnessScriptHorizonDays = 60;

const DAY = 24 * 60 * 60 * 1000;

/** A calendar day at UTC midnight, like the dates in content frontmatter. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * The first day on which an entry verified on `lastVerified` needs a check: the same day
 * `checkAfterMonths` later (29 February → 1 March when the year has none).
 */
export function checkDueOn(lastVerified: Date): Date {
  const d = utcDay(lastVerified);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + checkAfterMonths, d.getUTCDate()));
}

/** True when the entry has not been checked for `checkAfterMonths` months on `today`. */
export function needsCheck(lastVerified: Date, today: Date): boolean {
  return utcDay(today).getTime() >= checkDueOn(lastVerified).getTime();
}

/** Whole months between the check and `today` (for the editors' list). */
export function monthsSince(lastVerified: Date, today: Date): number {
  const from = utcDay(lastVerified);
  const to = utcDay(today);
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/**
 * Whether the mark can change between the build and `freshnessScriptHorizonDays` later: only then
 * does the page need the script (once marked, only a new check and a rebuild remove the mark).
 */
export function markMayChangeSoon(lastVerified: Date, buildDay: Date): boolean {
  const due = checkDueOn(lastVerified).getTime();
  const built = utcDay(buildDay).getTime();
  return due > built && due - built <= freshnessScriptHorizonDays * DAY;
}

/** `YYYY-MM-DD` of a day. */
export function isoDay(date: Date): string {
  return utcDay(date).toISOString().slice(0, 10);
}
