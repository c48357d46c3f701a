/**
 * The status of a funding scheme on a given day, derived from its application windows — never
 * typed by hand, so it cannot go stale. Computed at build and again in the browser.
 */
export const schemeStatuses = ['open', 'gesloten', 'doorlopend', 'verwacht', 'onbekend'] as const;
export type SchemeStatus = (typeof schemeStatuses)[number];

/** An application window; open and close days are inclusive. */
export interface Window {
  opens?: Date | undefined;
  closes?: Date | undefined;
}

function day(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * - `doorlopend`: the scheme can be used at any time (`ongoing`), or a window has opened and
 *   has no closing date;
 * - `open`: today lies inside a window with a closing date;
 * - `verwacht`: no window is open, but one opens later;
 * - `gesloten`: every window has closed;
 * - `onbekend`: the sources give no windows.
 */
export function schemeStatus(windows: readonly Window[], ongoing: boolean, today: Date): SchemeStatus {
  if (ongoing) return 'doorlopend';
  if (windows.length === 0) return 'onbekend';
  const now = day(today);
  let upcoming = false;
  let unknownBounds = false;
  for (const w of windows) {
    const opens = w.opens ? day(w.opens) : undefined;
    const closes = w.closes ? day(w.closes) : undefined;
    if (opens !== undefined && opens > now) {
      upcoming = true;
      continue;
    }
    if (closes === undefined) {
      if (opens !== undefined) return 'doorlopend';
      unknownBounds = true;
      continue;
    }
    if (closes >= now) return 'open';
  }
  if (upcoming) return 'verwacht';
  return unknownBounds ? 'onbekend' : 'gesloten';
}

/** Dutch labels for the statuses, for pages and badges. */
export const schemeStatusLabels: Record<SchemeStatus, string> = {
  open: 'Open',
  gesloten: 'Gesloten',
  doorlopend: 'Doorlopend',
  verwacht: 'Verwacht',
  onbekend: 'Onbekend',
};
