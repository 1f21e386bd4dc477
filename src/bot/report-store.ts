import type { CheckReport } from '../checks/types';
import { mergeReports } from '../live-checks';
import { BoundedMap } from './bounded-map';

/**
 * The live-check report a card shows, kept under the card's id so that its other buttons (show all causes,
 * feedback) keep showing it, and the run in progress for a card, so a second press or a retried delivery
 * shows that run's progress instead of starting another. Reports hold what Azure said, never a token.
 */
export interface StoredReport {
  readonly report: CheckReport;
  /** Display name of the person whose Teams sign-in the checks used; absent for the local developer. */
  readonly by?: string;
  /** Who ran it (tenant and user), so a narrower later run is merged only into the same person's report. */
  readonly userKey: string;
}

export interface RunInProgress {
  latest(): CheckReport;
  readonly by?: string;
}

export class ReportStore {
  private readonly reports: BoundedMap<string, StoredReport>;
  private readonly runs = new Map<string, RunInProgress>();

  constructor(
    options: { readonly capacity?: number; readonly ttlMs?: number; readonly now?: () => number } = {},
  ) {
    // Reports are a few kilobytes each, and rate limits keep them rare: a few hundred per day is plenty.
    this.reports = new BoundedMap(options.capacity ?? 300, options.ttlMs ?? 24 * 60 * 60 * 1000, options.now);
  }

  latest(cardId: string): StoredReport | undefined {
    const entry = this.reports.find(cardId);
    return entry.found ? entry.value : undefined;
  }

  /** Stores a finished run's report, merged into the same person's earlier report for the card. */
  save(cardId: string, entry: StoredReport): StoredReport {
    const earlier = this.latest(cardId);
    const merged: StoredReport =
      earlier && earlier.userKey === entry.userKey
        ? { ...entry, report: mergeReports(earlier.report, entry.report) }
        : entry;
    this.reports.set(cardId, merged);
    return merged;
  }

  running(cardId: string): RunInProgress | undefined {
    return this.runs.get(cardId);
  }

  /** Marks a run as in progress until `done` settles (it always does: the run has a deadline). */
  track(cardId: string, run: RunInProgress, done: Promise<unknown>): void {
    this.runs.set(cardId, run);
    const clear = (): void => {
      if (this.runs.get(cardId) === run) this.runs.delete(cardId);
    };
    done.then(clear, clear);
  }
}
