import type { Clock } from '../../../src/checks/clock';

/**
 * A clock that moves only when a test says so: deadlines and answer budgets become exact, whatever the
 * machine's load. `advance` wakes every sleeper whose time has come and lets the promises that follow run.
 */
export interface ManualClock extends Clock {
  advance(ms: number): Promise<void>;
  /** Sleepers still waiting. */
  readonly sleeping: number;
}

export function manualClock(start = 0): ManualClock {
  let now = start;
  const sleepers = new Set<{ readonly at: number; readonly wake: () => void }>();
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    get sleeping() {
      return sleepers.size;
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const sleeper = {
          at: now + Math.max(0, ms),
          wake: () => {
            sleepers.delete(sleeper);
            resolve();
          },
        };
        sleepers.add(sleeper);
        signal?.addEventListener('abort', sleeper.wake, { once: true });
      });
    },
    async advance(ms) {
      const until = now + ms;
      await settle();
      for (;;) {
        const due = [...sleepers].filter((s) => s.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = Math.max(now, due.at);
        due.wake();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}
