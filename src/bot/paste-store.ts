import type { Storage } from 'botbuilder';
import { readRecord, writeRecord } from '../state';
import { BoundedMap } from './bounded-map';
import type { Logger } from './log';

/**
 * The masked paste behind a card, kept for a day (as long as the card's buttons work) so that the person who
 * answers "Helpful / Not helpful" can choose to share it. The engine masked every secret it recognised before
 * the text got here; the card store itself keeps no paste. Nothing is kept when the operator set
 * FEEDBACK_PASTES=never.
 */
export interface PasteStore {
  keep(cardId: string, maskedText: string): Promise<void>;
  find(cardId: string): Promise<string | undefined>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_CHARS = 16_000;

/** One instance: in process memory, bounded (at most ~300 × 16 KB ≈ 5 MB of UTF-16 text). */
export class MemoryPasteStore implements PasteStore {
  private readonly pastes: BoundedMap<string, string>;

  constructor(options: { readonly capacity?: number; readonly ttlMs?: number } = {}) {
    this.pastes = new BoundedMap(options.capacity ?? 300, options.ttlMs ?? DAY_MS);
  }

  keep(cardId: string, maskedText: string): Promise<void> {
    // A copy, so the diagnosis's larger strings are not held through a substring.
    this.pastes.set(cardId, (' ' + maskedText.slice(0, MAX_CHARS)).slice(1));
    return Promise.resolve();
  }

  find(cardId: string): Promise<string | undefined> {
    const entry = this.pastes.find(cardId);
    return Promise.resolve(entry.found ? entry.value : undefined);
  }
}

/**
 * Several instances: in the shared state store under `pastes/`, so that whichever instance Teams sends the
 * feedback form to finds the paste. The deployment's lifecycle rule deletes the records after two days.
 */
export class StoredPasteStore implements PasteStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  keep(cardId: string, maskedText: string): Promise<void> {
    return writeRecord(this.storage, `pastes/${cardId}`, maskedText.slice(0, MAX_CHARS), this.now() + DAY_MS);
  }

  async find(cardId: string): Promise<string | undefined> {
    const read = await readRecord<unknown>(this.storage, `pastes/${cardId}`, this.now());
    return read.found && typeof read.value === 'string' ? read.value : undefined;
  }
}

/** FEEDBACK_PASTES=never: no paste is kept at all, not even for the day a card's buttons work. */
export const NO_PASTES: PasteStore = {
  keep: () => Promise.resolve(),
  find: () => Promise.resolve(undefined),
};

/**
 * Keeps the paste behind a card that is about to be sent. Awaited before the reply, so that a press on the card
 * (possibly on another instance) finds it; a store that fails only costs the offer to share, never the answer.
 */
export async function keepPaste(
  store: PasteStore,
  kept: { readonly cardId: string; readonly text: string } | undefined,
  log: Logger,
): Promise<void> {
  if (!kept) return;
  await store.keep(kept.cardId, kept.text).catch((error: unknown) =>
    log.error('paste-not-kept', {
      cardId: kept.cardId,
      reason: error instanceof Error ? error.message : String(error),
    }),
  );
}
