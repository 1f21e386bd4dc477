import type { Storage } from 'botbuilder';
import type { CheckReport } from '../checks/types';
import { mergeReports } from '../live-checks';
import { readRecord, writeRecord } from '../state';
import { BoundedMap } from './bounded-map';
import { CARD_ID } from './card-store';

/**
 * The live-check report a card shows, kept under the card's id so that its other buttons (show all causes,
 * feedback) keep showing it, and the run in progress for a card, so a second press or a retried delivery
 * shows that run's progress instead of starting another. Reports hold what Azure said, never a token.
 *
 * With shared storage (Azure Blob Storage) every finished report is written through under `reports/<card>`,
 * and a press is preceded by `prefetch`, so a report made on one instance is shown when the card's button
 * is pressed on another. Two instances finishing runs for one card at the same moment: the later write wins
 * (each run merges into what it read first), which loses at most the other run's narrower results.
 * The run objects in progress stay per instance (their progress is shown where they run); that a card has a
 * run under way anywhere is a claim in the state store (run-claims.ts), so a press elsewhere starts none.
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

export interface ReportStoreOptions {
  readonly capacity?: number;
  readonly ttlMs?: number;
  readonly now?: () => number;
  /** Shared storage: reports written there are shown by every instance. */
  readonly shared?: Storage;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const keyOf = (cardId: string): string => `reports/${cardId}`;

function isStoredReport(value: unknown): value is StoredReport {
  const v = value as Partial<StoredReport> | undefined;
  return (
    typeof v?.userKey === 'string' &&
    typeof v.report === 'object' &&
    v.report !== null &&
    Array.isArray(v.report.results) &&
    (v.by === undefined || typeof v.by === 'string')
  );
}

export class ReportStore {
  private readonly reports: BoundedMap<string, StoredReport>;
  private readonly runs = new Map<string, RunInProgress>();
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly shared: Storage | undefined;

  constructor(options: ReportStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? DAY_MS;
    this.now = options.now ?? Date.now;
    this.shared = options.shared;
    // Reports are a few kilobytes each, and rate limits keep them rare: a few hundred per day is plenty
    // (in front of shared storage this is only a cache of the reports pressed here).
    this.reports = new BoundedMap(options.capacity ?? 300, this.ttlMs, this.now);
  }

  latest(cardId: string): StoredReport | undefined {
    const entry = this.reports.find(cardId);
    return entry.found ? entry.value : undefined;
  }

  /**
   * Reads the reports of the pressed cards from shared storage, so that `latest` shows a report another
   * instance made. A storage failure leaves this instance's own copy (if any): the card then shows less.
   */
  async prefetch(cardIds: readonly string[]): Promise<void> {
    const shared = this.shared;
    if (!shared) return;
    await Promise.all(
      cardIds
        .filter((id) => CARD_ID.test(id))
        .map(async (id) => {
          try {
            const read = await readRecord<unknown>(shared, keyOf(id), this.now());
            if (read.found && isStoredReport(read.value)) this.reports.set(id, read.value);
          } catch {
            // Shown from this instance's copy; the next press reads again.
          }
        }),
    );
  }

  /**
   * Stores a finished run's report, merged into the same person's earlier report for the card (read from
   * shared storage first when there is one), and resolves with what the card should show.
   */
  async save(cardId: string, entry: StoredReport): Promise<StoredReport> {
    await this.prefetch([cardId]);
    const earlier = this.latest(cardId);
    const merged: StoredReport =
      earlier && earlier.userKey === entry.userKey
        ? { ...entry, report: mergeReports(earlier.report, entry.report) }
        : entry;
    this.reports.set(cardId, merged);
    if (this.shared && CARD_ID.test(cardId)) {
      try {
        await writeRecord(this.shared, keyOf(cardId), merged, this.now() + this.ttlMs);
      } catch {
        // The card still shows the report here; other instances show the card without it.
      }
    }
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
