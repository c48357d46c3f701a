/**
 * Work a request starts but does not wait for (the site rebuild trigger), kept track of so the
 * request's answer waits for it after all. On Lambda the instance may freeze as soon as the handler
 * returns, and work still running then would be lost or run at the next, unrelated request.
 * `defineHandler` and the upkeep handler call `settleBackgroundWork()` before they return.
 */
const pending = new Set<Promise<unknown>>();

/** Keeps `work` until it settles; its failure is the work's own business (it logs and swallows). */
export function trackBackgroundWork(work: Promise<unknown>): void {
  const kept = work.catch(() => {}).finally(() => pending.delete(kept));
  pending.add(kept);
}

/** Resolves once all work tracked so far has settled. */
export async function settleBackgroundWork(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
