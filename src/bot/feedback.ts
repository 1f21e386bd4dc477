import { appendFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { FeedbackTarget } from '../config';
import { writeRecord, type StateStore } from '../state';
import type { CauseId, FamilyId, Lang } from '../knowledge';
import type { Verdict } from '../diagnosis/types';
import type { Logger } from './log';
import { holdsExpiredText, pruneFeedbackFile, withoutText } from '../state/feedback-retention';

/**
 * What the person said it was. `cause`: Helpful, and the cause that helped; `family`: Not helpful, and the
 * family they picked (with their note); `unknown`: Not helpful, cause not known.
 */
export type FeedbackLabel =
  | { readonly kind: 'cause'; readonly cause: CauseId; readonly family: FamilyId }
  | { readonly kind: 'family'; readonly family: FamilyId; readonly note?: string }
  | { readonly kind: 'unknown'; readonly note?: string };

/**
 * One "Helpful / Not helpful" answer. It names the diagnosis by its causes, with the label the person gave
 * through the form. No user identity is recorded: `voter` is a one-way hash that only tells two votes of the
 * same person on one card apart. Sinks store whatever fields a record carries.
 */
interface Vote {
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
  /** The causes' families and confidences as the card showed them, best first. */
  readonly diagnosis?: ReadonlyArray<{
    readonly cause: CauseId;
    readonly family: FamilyId;
    readonly confidence: number;
  }>;
}

/**
 * What a person wrote or chose to share — the masked paste they ticked "share" for (`text`), the note of
 * their label — comes with the time it must be gone by (`keptUntil`, ISO 8601); a record without it carries
 * neither (see feedback-retention.ts). `acr-doctor corpus export` turns shared pastes into corpus lines.
 */
export type FeedbackRecord = Vote &
  (
    | { readonly keptUntil: string; readonly text?: string }
    | { readonly keptUntil?: undefined; readonly text?: undefined }
  );

export type FeedbackOutcome =
  { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly reason: string };

export interface FeedbackSink {
  record(entry: FeedbackRecord): Promise<FeedbackOutcome>;
  /**
   * Deletes the free text whose time is over (the server calls it at start and then hourly) and says how
   * many records it cut; a sink whose storage expires records by itself has nothing to do.
   */
  forgetExpired(): Promise<number>;
}

function failure(error: unknown): FeedbackOutcome {
  return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

/**
 * Appends one JSON line per answer. The file is opened in append mode each time, so rotation by other tools
 * is safe; expiry rewrites it, so its own appends wait in one queue with the rewrite.
 */
export class JsonlFeedbackSink implements FeedbackSink {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  record(entry: FeedbackRecord): Promise<FeedbackOutcome> {
    return this.inTurn(async () => {
      try {
        await appendFile(this.path, `${JSON.stringify(entry)}\n`, { encoding: 'utf8', flag: 'a' });
        return { kind: 'saved' } as const;
      } catch (error) {
        return failure(error);
      }
    });
  }

  forgetExpired(): Promise<number> {
    return this.inTurn(() => pruneFeedbackFile(this.path, this.now()));
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Keeps the latest answers in memory (local mode, tests); bounded like everything else the bot remembers. */
export class MemoryFeedbackSink implements FeedbackSink {
  private readonly entries: FeedbackRecord[] = [];

  constructor(
    private readonly capacity = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async record(entry: FeedbackRecord): Promise<FeedbackOutcome> {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return { kind: 'saved' };
  }

  async forgetExpired(): Promise<number> {
    const now = this.now();
    let cut = 0;
    this.entries.forEach((entry, i) => {
      if (!holdsExpiredText({ ...entry }, now)) return;
      this.entries[i] = withoutText({ ...entry }) as unknown as FeedbackRecord;
      cut++;
    });
    return cut;
  }

  list(): readonly FeedbackRecord[] {
    return [...this.entries];
  }
}

/**
 * Votes are kept for a year in shared storage (Azure Blob Storage), one blob per answer under `feedback/<day>/`;
 * an answer carrying free text goes under `feedback-text/<day>/` and expires at its `keptUntil`. The storage
 * account's lifecycle rules (infra/main.bicep) delete each prefix's blobs when their time is over.
 */
export const FEEDBACK_RETENTION_MS = 365 * 24 * 60 * 60 * 1000;

export class StateFeedbackSink implements FeedbackSink {
  constructor(
    private readonly state: StateStore,
    private readonly now: () => number = Date.now,
  ) {}

  async record(entry: FeedbackRecord): Promise<FeedbackOutcome> {
    const now = this.now();
    const day = new Date(now).toISOString().slice(0, 10);
    const id = randomBytes(12).toString('base64url');
    const textUntil = entry.keptUntil === undefined ? undefined : Date.parse(entry.keptUntil);
    const [key, expires] =
      textUntil === undefined
        ? [`feedback/${day}/${id}`, now + FEEDBACK_RETENTION_MS]
        : [`feedback-text/${day}/${id}`, Math.min(textUntil, now + FEEDBACK_RETENTION_MS)];
    try {
      await writeRecord(this.state.storage, key, entry, expires);
      return { kind: 'saved' };
    } catch (error) {
      return failure(error);
    }
  }

  /** The records expire in the store, and its lifecycle rules delete them. */
  forgetExpired(): Promise<number> {
    return Promise.resolve(0);
  }
}

/** A file when FEEDBACK_FILE names one; otherwise shared storage when there is one; otherwise memory. */
export function feedbackSinkFor(target: FeedbackTarget, state?: StateStore): FeedbackSink {
  if (target.kind === 'file') return new JsonlFeedbackSink(target.path);
  return state?.kind === 'blob' ? new StateFeedbackSink(state) : new MemoryFeedbackSink();
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Cuts expired free text from the sink now and then every hour, so that a paste is gone on time even when
 * nobody votes for months; returns the function that stops it. Failures are logged and tried again next time.
 */
export function forgetExpiredFeedback(sink: FeedbackSink, log: Logger, everyMs = HOUR_MS): () => void {
  const forget = (): void => {
    sink.forgetExpired().then(
      (cut) => {
        if (cut > 0) log.info('feedback-text-expired', { records: cut });
      },
      (error: unknown) =>
        log.error('feedback-expiry-failed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
  };
  forget();
  const timer = setInterval(forget, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
