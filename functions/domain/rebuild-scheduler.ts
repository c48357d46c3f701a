/**
 * Debounces site rebuilds (DESIGN.md, "How static pages and live data meet"): approvals come in
 * bursts, a build takes a while, and two builds must never write `dist/` at once.
 *
 * - `request()` starts a quiet period (default 2 s); every request within it restarts it, so a
 *   burst becomes one build. A steady stream cannot postpone the build past `maxWaitMs` after the
 *   first request of the burst, which keeps "live within 60 s" true.
 * - Never two builds at once: a request during a build only marks the site dirty; when the build
 *   ends, one more build follows (after a quiet period of its own), however many requests came.
 * - A failing build is reported to `onError` and does not stop later requests.
 *
 * Timers come from the global `setTimeout`, so tests drive it with fake timers.
 */

/** Options of a `RebuildScheduler`. */
export type RebuildSchedulerOptions = {
  /** Runs one build; the scheduler awaits it. */
  build: () => Promise<void>;
  /** Quiet period after the latest request before a build starts. */
  quietMs?: number;
  /** Longest wait from the first request of a burst to the start of its build. */
  maxWaitMs?: number;
  /** Receives a failed build's error. */
  onError?: (error: unknown) => void;
};

/** What the scheduler is doing: nothing, counting down to a build, or building. */
export type RebuildState = 'idle' | 'waiting' | 'building';

/** A debounced, single-flight trigger for site rebuilds. */
export class RebuildScheduler {
  readonly #build: () => Promise<void>;
  readonly #quietMs: number;
  readonly #maxWaitMs: number;
  readonly #onError: (error: unknown) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #burstStartedAt: number | undefined;
  #building = false;
  #dirty = false;
  #disposed = false;
  #idleWaiters: Array<() => void> = [];

  constructor(options: RebuildSchedulerOptions) {
    this.#build = options.build;
    this.#quietMs = options.quietMs ?? 2_000;
    this.#maxWaitMs = Math.max(options.maxWaitMs ?? 30_000, this.#quietMs);
    this.#onError = options.onError ?? (() => {});
  }

  /** The current state. */
  get state(): RebuildState {
    if (this.#building) return 'building';
    return this.#timer === undefined ? 'idle' : 'waiting';
  }

  /** Asks for a rebuild; cheap and safe to call any number of times. */
  request(): void {
    if (this.#disposed) return;
    const now = Date.now();
    this.#burstStartedAt ??= now;
    if (this.#building) {
      this.#dirty = true;
      return;
    }
    this.#schedule(now);
  }

  #schedule(now: number): void {
    clearTimeout(this.#timer);
    const untilMaxWait = (this.#burstStartedAt ?? now) + this.#maxWaitMs - now;
    this.#timer = setTimeout(() => void this.#run(), Math.max(0, Math.min(this.#quietMs, untilMaxWait)));
  }

  async #run(): Promise<void> {
    this.#timer = undefined;
    this.#burstStartedAt = undefined;
    this.#building = true;
    try {
      await this.#build();
    } catch (error) {
      this.#onError(error);
    } finally {
      this.#building = false;
    }
    if (this.#dirty && !this.#disposed) {
      // Requests that came during the build: one more build, after its own quiet period.
      this.#dirty = false;
      this.#schedule(Date.now());
      return;
    }
    this.#burstStartedAt = undefined;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /** Resolves once nothing is waiting or building. */
  whenIdle(): Promise<void> {
    if (this.state === 'idle') return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Cancels a pending build and ignores later requests; a running build finishes. */
  dispose(): void {
    this.#disposed = true;
    this.#dirty = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#building) for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }
}
