import { appendFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { FeedbackTarget } from '../config';
import { writeRecord, type StateStore } from '../state';
import type { CauseId, FamilyId, Lang } from '../knowledge';
import type { Verdict } from '../diagnosis/types';

/**
 * What the person said it was. `cause`: Helpful, and the cause that helped; `family`: Not helpful, and the
 * family they picked (with their note); `unknown`: Not helpful, cause not known.
 */
export type FeedbackLabel =
  | { readonly kind: 'cause'; readonly cause: CauseId; readonly family: FamilyId }
  | { readonly kind: 'family'; readonly family: FamilyId; readonly note?: string }
  | { readonly kind: 'unknown'; readonly note?: string };

/**
 * One "Helpful / Not helpful" answer. It names the diagnosis by its causes; answers given through the
 * label form also keep the masked paste (secrets the engine recognised are masked) and the label, so that
 * `acr-doctor corpus export` can turn them into corpus lines. No user identity is recorded: `voter` is a
 * one-way hash that only tells two votes of the same person on one card apart. Sinks store whatever fields
 * a record carries.
 */
export interface FeedbackRecord {
  readonly at: string;
  readonly cardId: string;
  readonly helpful: boolean;
  readonly verdict: Verdict;
  /** The causes as the card ranked them, best first (at most five). */
  readonly causes: readonly CauseId[];
  readonly lang: Lang;
  readonly conversation: 'personal' | 'channel' | 'groupChat' | 'unknown';
  readonly voter?: string;
  readonly label?: FeedbackLabel;
  /** The masked paste the card was about. */
  readonly text?: string;
  /** The causes' families and confidences as the card showed them, best first. */
  readonly diagnosis?: ReadonlyArray<{
    readonly cause: CauseId;
    readonly family: FamilyId;
    readonly confidence: number;
  }>;
}

export type FeedbackOutcome =
  { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly reason: string };

export interface FeedbackSink {
  record(entry: FeedbackRecord): Promise<FeedbackOutcome>;
}

/** Appends one JSON line per answer; the file is opened in append mode each time, so rotation by other tools is safe. */
export class JsonlFeedbackSink implements FeedbackSink {
  constructor(private readonly path: string) {}

  async record(entry: FeedbackRecord): Promise<FeedbackOutcome> {
    try {
      await appendFile(this.path, `${JSON.stringify(entry)}\n`, { encoding: 'utf8', flag: 'a' });
      return { kind: 'saved' };
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** Keeps the latest answers in memory (local mode, tests); bounded like everything else the bot remembers. */
export class MemoryFeedbackSink implements FeedbackSink {
  private readonly entries: FeedbackRecord[] = [];

  constructor(private readonly capacity = 1000) {}

  async record(entry: FeedbackRecord): Promise<FeedbackOutcome> {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return { kind: 'saved' };
  }

  list(): readonly FeedbackRecord[] {
    return [...this.entries];
  }
}

/** Feedback kept for a year in shared storage (Azure Blob Storage), one blob per answer under `feedback/<day>/`. */
export const FEEDBACK_RETENTION_MS = 365 * 24 * 60 * 60 * 1000;

export class StateFeedbackSink implements FeedbackSink {
  constructor(
    private readonly state: StateStore,
    private readonly now: () => number = Date.now,
  ) {}

  async record(entry: FeedbackRecord): Promise<FeedbackOutcome> {
    const day = new Date(this.now()).toISOString().slice(0, 10);
    const key = `feedback/${day}/${randomBytes(12).toString('base64url')}`;
    try {
      await writeRecord(this.state.storage, key, entry, this.now() + FEEDBACK_RETENTION_MS);
      return { kind: 'saved' };
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** A file when FEEDBACK_FILE names one; otherwise shared storage when there is one; otherwise memory. */
export function feedbackSinkFor(target: FeedbackTarget, state?: StateStore): FeedbackSink {
  if (target.kind === 'file') return new JsonlFeedbackSink(target.path);
  return state?.kind === 'blob' ? new StateFeedbackSink(state) : new MemoryFeedbackSink();
}
