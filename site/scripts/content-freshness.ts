/**
 * Shows or hides the 'controle nodig' marks for the reader's day: each `[data-check-due]`
 * element carries the first day its entry needs a check; its `[data-check-mark]` children show
 * from that day on. The build computed the same for its own day (`site/lib/content-freshness.ts`);
 * pages load this only when that day is near, so the mark is right between two builds.
 */
import { readerToday } from './scheme-status.ts';

/** Updates the marks under `root` for `today`; returns how many changed. */
export function refreshCheckMarks(root: ParentNode = document, today: Date = readerToday()): number {
  let changed = 0;
  for (const holder of root.querySelectorAll<HTMLElement>('[data-check-due]')) {
    const due = new Date(`${holder.dataset.checkDue}T00:00:00Z`);
    if (Number.isNaN(due.getTime())) continue;
    const show = today.getTime() >= due.getTime();
    for (const mark of holder.querySelectorAll<HTMLElement>('[data-check-mark]')) {
      if (mark.hidden === show) {
        mark.hidden = !show;
        changed += 1;
      }
    }
  }
  return changed;
}
