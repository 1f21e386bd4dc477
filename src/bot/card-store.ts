import type { Storage } from 'botbuilder';
import { randomBytes } from 'node:crypto';
import type { CardDiagnosis } from '../cards';
import type { Diagnosis } from '../diagnosis/types';
import { jsonBytes, readRecord, writeRecord } from '../state';
import { ByteBoundedMap } from './byte-bounded-map';

/**
 * What a card's buttons refer to. A card carries only an opaque id; the diagnosis stays here, so card data
 * from Teams (which anyone can craft) never has to be trusted beyond "which id and which button". Each id is
 * bound to the conversation and tenant it was sent to: an id copied into another conversation finds nothing.
 */
export type StoredCard =
  | { readonly kind: 'diagnosis'; readonly diagnosis: CardDiagnosis }
  | { readonly kind: 'registry'; readonly registry: string };

export type CardLookup = { readonly kind: 'found'; readonly card: StoredCard } | { readonly kind: 'missing' };

/** Where a card was sent: the conversation id and its tenant ('' when the activity names none). */
export interface CardScope {
  readonly conversationId: string;
  readonly tenantId: string;
}

/** 16 random bytes, base64url: unguessable, and cheap to validate before any lookup. */
export const CARD_ID = /^[A-Za-z0-9_-]{22}$/;

/** What one turn may do with cards: the routes see only this, already bound to the turn's conversation. */
export interface TurnCards {
  putDiagnosis(diagnosis: Diagnosis): string;
  putRegistry(registry: string): string;
  lookup(id: string): CardLookup;
}

interface Entry {
  readonly card: StoredCard;
  readonly scope: CardScope;
}

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

function sameScope(a: CardScope, b: CardScope): boolean {
  return a.conversationId === b.conversationId && a.tenantId === b.tenantId;
}

const keyOf = (id: string): string => `cards/${id}`;

export interface CardStoreOptions {
  /** Memory for cards on this instance, in bytes of their JSON. */
  readonly maxBytes?: number;
  readonly ttlMs?: number;
  readonly now?: () => number;
  /** Shared storage (Azure Blob Storage): cards written there can be answered by any instance. */
  readonly shared?: Storage;
}

/**
 * Cards of every conversation. In memory only, it is the store; with shared storage, it is this instance's
 * cache of it: a turn's new cards are written through before its reply goes out (`TurnCardSession.flush`),
 * and a turn's pressed card is read in before the routes run (`prefetch`).
 */
export class CardStore {
  private readonly cache: ByteBoundedMap<string, Entry>;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly shared: Storage | undefined;

  constructor(options: CardStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
    this.shared = options.shared;
    // Bytes of JSON; V8 holds a parsed card in about three times that. Alone, the store keeps a day of buttons
    // (a typical card is 2-10 KB of JSON, the largest ~60 KB); in front of shared storage it is only a cache.
    const defaultBytes = (this.shared ? 8 : 32) * 1024 * 1024;
    this.cache = new ByteBoundedMap(options.maxBytes ?? defaultBytes, this.ttlMs, this.now);
  }

  /** Bytes of cards held in this instance's memory. */
  get bytes(): number {
    return this.cache.bytes;
  }

  forTurn(scope: CardScope): TurnCardSession {
    return new TurnCardSession(this, scope);
  }

  /** @internal */ remember(id: string, entry: Entry, expires?: number): void {
    this.cache.set(id, entry, jsonBytes(entry), expires);
  }

  /** @internal */ recall(id: string): Entry | undefined {
    const found = this.cache.find(id);
    return found.found ? found.value : undefined;
  }

  /** @internal */ async save(id: string, entry: Entry): Promise<void> {
    if (this.shared) await writeRecord(this.shared, keyOf(id), entry, this.now() + this.ttlMs);
  }

  /** @internal */ async load(id: string): Promise<void> {
    if (!this.shared || !CARD_ID.test(id) || this.recall(id)) return;
    const read = await readRecord<Entry>(this.shared, keyOf(id), this.now());
    if (read.found) this.remember(id, read.value);
  }
}

/** One turn's view of the cards, bound to its conversation and tenant. */
export class TurnCardSession implements TurnCards {
  private readonly writes: Promise<void>[] = [];

  constructor(
    private readonly store: CardStore,
    private readonly scope: CardScope,
  ) {}

  putDiagnosis(diagnosis: Diagnosis): string {
    return this.put({ kind: 'diagnosis', diagnosis: compact(diagnosis) });
  }

  putRegistry(registry: string): string {
    return this.put({ kind: 'registry', registry });
  }

  lookup(id: string): CardLookup {
    if (!CARD_ID.test(id)) return { kind: 'missing' };
    const entry = this.store.recall(id);
    return entry && sameScope(entry.scope, this.scope)
      ? { kind: 'found', card: entry.card }
      : { kind: 'missing' };
  }

  /** Reads the cards a press names from shared storage, so that `lookup` finds cards another instance sent. */
  async prefetch(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.store.load(id)));
  }

  /** Waits until this turn's new cards are in shared storage; rejects when a write failed. */
  async flush(): Promise<void> {
    const pending = this.writes.splice(0);
    await Promise.all(pending);
  }

  private put(card: StoredCard): string {
    const id = randomBytes(16).toString('base64url');
    const entry: Entry = { card, scope: this.scope };
    this.store.remember(id, entry);
    const write = this.store.save(id, entry);
    // Observed here so a failure is never unhandled; flush() reports it.
    write.catch(() => undefined);
    this.writes.push(write);
    return id;
  }
}
