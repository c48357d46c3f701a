/**
 * Per-address rate limiting on creating requests: a fixed one-minute window per hashed address.
 * Fixed windows may let up to twice the limit through around a window's edge; for keeping form
 * spam down that is good enough, and it needs a single conditional-free counter write.
 */

/** Length of a window in seconds. */
export const RATE_WINDOW_SECONDS = 60;

/** The window `now` falls in (start, epoch seconds) and the seconds until the next one. */
export function rateWindow(now: Date, windowSeconds = RATE_WINDOW_SECONDS): { start: number; retryAfterSeconds: number } {
  const epoch = Math.floor(now.getTime() / 1000);
  const start = epoch - (epoch % windowSeconds);
  return { start, retryAfterSeconds: start + windowSeconds - epoch };
}

/** True when the `count`th request of a window is over `limit`; a limit of 0 means "no limit". */
export function isOverLimit(count: number, limit: number): boolean {
  return limit > 0 && count > limit;
}
