import { appendFile } from 'node:fs/promises';
import type { FeedbackTarget } from '../config';
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
 * one-way hash that only tells two votes of the same person on one card apart.
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

export function feedbackSinkFor(target: FeedbackTarget): FeedbackSink {
  return target.kind === 'file' ? new JsonlFeedbackSink(target.path) : new MemoryFeedbackSink();
}
