import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildScheduler } from '../../functions/domain/rebuild-scheduler.ts';

/** A build that takes `ms` and records when it started and whether builds overlapped. */
function fakeBuild(ms: number) {
  const starts: number[] = [];
  let running = 0;
  let overlapped = false;
  let fail = false;
  const build = async () => {
    starts.push(Date.now());
    running++;
    if (running > 1) overlapped = true;
    await new Promise((resolve) => setTimeout(resolve, ms));
    running--;
    if (fail) throw new Error('build faalde');
  };
  return {
    build,
    starts,
    get overlapped() {
      return overlapped;
    },
    failNext(value: boolean) {
      fail = value;
    },
  };
}

describe('RebuildScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('builds once, 2 s after the last request of a burst', async () => {
    const b = fakeBuild(5_000);
    const scheduler = new RebuildScheduler({ build: b.build });
    scheduler.request();
    await vi.advanceTimersByTimeAsync(1_500);
    scheduler.request();
    await vi.advanceTimersByTimeAsync(1_500);
    scheduler.request();
    expect(scheduler.state).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(b.starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(b.starts).toEqual([5_000]);
    expect(scheduler.state).toBe('building');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(scheduler.state).toBe('idle');
    expect(b.starts).toHaveLength(1);
  });

  it('never postpones a build past maxWaitMs, however steady the requests', async () => {
    const b = fakeBuild(100);
    const scheduler = new RebuildScheduler({ build: b.build, quietMs: 2_000, maxWaitMs: 10_000 });
    for (let t = 0; t < 15_000; t += 1_000) {
      scheduler.request();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(b.starts[0]).toBe(10_000);
  });

  it('runs requests that come during a build once after it, never two builds at once', async () => {
    const b = fakeBuild(10_000);
    const scheduler = new RebuildScheduler({ build: b.build });
    scheduler.request();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(b.starts).toEqual([2_000]);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(1_000);
      scheduler.request();
    }
    await vi.advanceTimersByTimeAsync(5_000);
    // The first build ended at 12 s; the follow-up waits its quiet period.
    expect(b.starts).toEqual([2_000]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(b.starts).toEqual([2_000, 14_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(b.starts).toHaveLength(2);
    expect(b.overlapped).toBe(false);
    await expect(scheduler.whenIdle()).resolves.toBeUndefined();
  });

  it('reports a failed build and keeps serving later requests', async () => {
    const b = fakeBuild(1_000);
    const errors: unknown[] = [];
    const scheduler = new RebuildScheduler({ build: b.build, onError: (e) => errors.push(e) });
    b.failNext(true);
    scheduler.request();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(errors).toHaveLength(1);
    b.failNext(false);
    scheduler.request();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(b.starts).toHaveLength(2);
    expect(errors).toHaveLength(1);
  });

  it('resolves whenIdle after the last build, and ignores requests after dispose', async () => {
    const b = fakeBuild(1_000);
    const scheduler = new RebuildScheduler({ build: b.build });
    scheduler.request();
    let idle = false;
    void scheduler.whenIdle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(2_500);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(idle).toBe(true);
    scheduler.dispose();
    scheduler.request();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(b.starts).toHaveLength(1);
  });

  it('lets a build that runs when it is disposed finish, and only then reports idle (what shutdown waits for)', async () => {
    const b = fakeBuild(5_000);
    const scheduler = new RebuildScheduler({ build: b.build });
    scheduler.request();
    await vi.advanceTimersByTimeAsync(2_500);
    expect(scheduler.state).toBe('building');
    scheduler.request(); // would mark the site dirty for one more build
    scheduler.dispose();
    let idle = false;
    void scheduler.whenIdle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(4_000);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(idle).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(b.starts).toHaveLength(1);
  });
});
