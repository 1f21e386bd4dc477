import { randomBytes } from 'node:crypto';
import type { CardDiagnosis } from '../cards';
import type { Diagnosis } from '../diagnosis/types';
import { BoundedMap } from './bounded-map';

/**
 * What a card's buttons refer to. A card carries only an opaque id; the diagnosis stays here, so card data
 * from Teams (which anyone can craft) never has to be trusted beyond "which id and which button".
 */
export type StoredCard =
  | { readonly kind: 'diagnosis'; readonly diagnosis: CardDiagnosis }
  | { readonly kind: 'registry'; readonly registry: string };

export type CardLookup = { readonly kind: 'found'; readonly card: StoredCard } | { readonly kind: 'missing' };

/** 16 random bytes, base64url: unguessable, and cheap to validate before any lookup. */
export const CARD_ID = /^[A-Za-z0-9_-]{22}$/;

// A stored diagnosis keeps what a card can show, never the whole paste: no more causes than a card lists,
// no more evidence per cause than a card shows, and no counter-evidence (cards do not show it).
const KEEP_CAUSES = 10;
const KEEP_EVIDENCE = 3;
const KEEP_EVIDENCE_CHARS = 400;

function compact(diagnosis: Diagnosis): CardDiagnosis {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the paste is what must not be kept
  const { text: _text, ...rest } = diagnosis;
  const kept: CardDiagnosis = {
    ...rest,
    causes: diagnosis.causes.slice(0, KEEP_CAUSES).map((c) => ({
      ...c,
      evidence: c.evidence
        .slice(0, KEEP_EVIDENCE)
        .map((e) => ({ line: e.line, text: e.text.slice(0, KEEP_EVIDENCE_CHARS) })),
      counterEvidence: [],
    })),
  };
  // Evidence lines are usually substrings of the paste, and V8 keeps a substring's whole parent string
  // alive; a JSON round trip stores flat copies, so a megabyte paste is not held for a day per card.
  return JSON.parse(JSON.stringify(kept)) as CardDiagnosis;
}

export class CardStore {
  private readonly cards: BoundedMap<string, StoredCard>;

  constructor(
    options: { readonly capacity?: number; readonly ttlMs?: number; readonly now?: () => number } = {},
  ) {
    // A day of buttons for the last thousand answers: a few megabytes at most.
    this.cards = new BoundedMap(options.capacity ?? 1000, options.ttlMs ?? 24 * 60 * 60 * 1000, options.now);
  }

  putDiagnosis(diagnosis: Diagnosis): string {
    return this.put({ kind: 'diagnosis', diagnosis: compact(diagnosis) });
  }

  putRegistry(registry: string): string {
    return this.put({ kind: 'registry', registry });
  }

  lookup(id: string): CardLookup {
    if (!CARD_ID.test(id)) return { kind: 'missing' };
    const entry = this.cards.find(id);
    return entry.found ? { kind: 'found', card: entry.value } : { kind: 'missing' };
  }

  private put(card: StoredCard): string {
    const id = randomBytes(16).toString('base64url');
    this.cards.set(id, card);
    return id;
  }
}
