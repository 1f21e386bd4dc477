import type { LiveChecksSetting } from '../config';
import type { Clock } from '../live-checks';
import type { ExpiringRecords, Held } from '../state';

/**
 * Which cards have a live-check run under way, across every instance sharing the state store: a claim of
 * `live-check-runs/<card id>` taken before a run starts and given back when its report is saved, so a press
 * on any instance during a run answers "already running" instead of starting a second run. A claim whose
 * instance died is never given back: it lasts as long as a run can (its sign-in probe, its deadline, and a
 * margin for saving the report), then the next press takes it over and runs again.
 *
 * Without shared state the claims are this process's (memory), which also closes the moment between a press
 * and its run being tracked in the report store (a second press in that moment used to start a second run).
 */
export interface RunClaims {
  /** The card's run claim if no run of it is under way anywhere; undefined while one is. */
  claim(cardId: string): Promise<Held | undefined>;
}

/** Beyond the longest run: the report is saved (one Blob write, with its retries) after the run's deadline. */
const SAVE_MARGIN_MS = 10_000;

/** How long a run may hold its claim: the sign-in probe (at most the answer budget) and the run's deadline. */
export function runClaimTtlMs(setting: LiveChecksSetting): number {
  if (setting.kind !== 'configured') return SAVE_MARGIN_MS;
  return setting.answerWithinMs + setting.settings.deadlineMs + SAVE_MARGIN_MS;
}

export function createRunClaims(records: ExpiringRecords, ttlMs: number, clock: Clock): RunClaims {
  return {
    claim(cardId) {
      const now = clock.now();
      return records.hold(`live-check-runs/${cardId}`, { now, expiresAt: now + ttlMs });
    },
  };
}
