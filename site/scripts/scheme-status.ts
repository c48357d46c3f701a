/**
 * Recomputes every scheme status badge on the page for today, from the application windows the
 * build wrote into its data attributes (`site/lib/status-badge.ts`), and updates the badge when
 * today's status differs from the build's. Between two builds a window may open or close; the
 * reader then still sees the right status.
 */
import { schemeStatus, schemeStatuses, type SchemeStatus } from '../../functions/domain/scheme-status.ts';

type Labels = Record<SchemeStatus | 'prefix' | 'computedOn', string>;
type WindowDays = { opens: string | null; closes: string | null };

/** Today as the reader's calendar day, at UTC midnight like the content's dates. */
export function readerToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

const isStatus = (value: string | undefined): value is SchemeStatus => (schemeStatuses as readonly string[]).includes(value ?? '');

/** Updates the badges under `root` for `today`; returns how many changed. */
export function refreshSchemeStatuses(root: ParentNode = document, today: Date = readerToday()): number {
  let changed = 0;
  for (const badge of root.querySelectorAll<HTMLElement>('[data-scheme-status]')) {
    const built = badge.dataset.schemeStatus;
    let windows: WindowDays[];
    let labels: Labels;
    try {
      windows = JSON.parse(badge.dataset.windows ?? '[]') as WindowDays[];
      labels = JSON.parse(badge.dataset.labels ?? '{}') as Labels;
    } catch {
      continue;
    }
    const status = schemeStatus(
      windows.map((w) => ({ opens: w.opens ? new Date(w.opens) : undefined, closes: w.closes ? new Date(w.closes) : undefined })),
      badge.dataset.ongoing === 'true',
      today,
    );
    if (!isStatus(built) || status === built || !labels[status]) continue;
    badge.classList.replace(`status--${built}`, `status--${status}`);
    badge.dataset.schemeStatus = status;
    badge.textContent = `${labels.prefix}: ${labels[status]}`;
    const note = badge.parentElement?.querySelector<HTMLElement>('[data-status-date]');
    if (note) {
      const date = new Intl.DateTimeFormat(document.documentElement.lang || 'nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(today);
      note.textContent = ` (${labels.computedOn.replace('{date}', date)})`;
    }
    // A card in a filterable list carries its status as a facet value too.
    const item = badge.closest<HTMLElement>('[data-facets]');
    if (item) {
      const facets = JSON.parse(item.dataset.facets ?? '{}') as Record<string, string[]>;
      if (facets.status) item.dataset.facets = JSON.stringify({ ...facets, status: [status] });
    }
    changed += 1;
  }
  return changed;
}
