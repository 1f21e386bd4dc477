import { createHmac, randomBytes } from 'node:crypto';
import type { CardDiagnosis } from '../cards';
import type { Diagnosis } from '../diagnosis/types';
import { createRecordJson, readRecord, type StateStore } from '../state';
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
  return {
    ...rest,
    causes: diagnosis.causes.slice(0, KEEP_CAUSES).map((c) => ({
      ...c,
      evidence: c.evidence
        .slice(0, KEEP_EVIDENCE)
        .map((e) => ({ line: e.line, text: e.text.slice(0, KEEP_EVIDENCE_CHARS) })),
      counterEvidence: [],
    })),
  };
}

/**
 * Cards are held as the JSON text that is stored and counted: one serialisation per card serves the memory
 * bound, the memory itself (a flat string, about a third of what V8 takes for the parsed object, and no
 * substring of the paste that would keep the whole paste alive) and the shared record. A card is parsed again
 * only when one of its buttons is pressed.
 */
function parseEntry(json: string): Entry | undefined {
  try {
    return JSON.parse(json) as Entry;
  } catch {
    return undefined;
  }
}

/** Bytes of a JSON text, as the memory bound counts them. */
const utf8Bytes = (json: string): number => Buffer.byteLength(json, 'utf8');

function sameScope(a: CardScope, b: CardScope): boolean {
  return a.conversationId === b.conversationId && a.tenantId === b.tenantId;
}

const keyOf = (id: string): string => `cards/${id}`;

export interface CardStoreOptions {
  /** Memory for cards on this instance, in bytes of their JSON. */
  readonly maxBytes?: number;
  readonly ttlMs?: number;
  readonly now?: () => number;
  /** Shared state (Azure Blob Storage): cards written there can be answered by any instance. */
  readonly shared?: StateStore;
  /**
   * The secret behind the ids of cards that claim their turn (see `forTurn`): every instance sharing the
   * store must hold the same one, so that a redelivery names the same card wherever it lands. Random (this
   * instance only) when not given.
   */
  readonly idKey?: string | Buffer;
}

/** The activity whose delivery a turn claims with its first card (see `CardStore.forTurn`). */
export interface ClaimedTurn {
  readonly activityId: string;
}

/**
 * Cards of every conversation. In memory only, it is the store; with shared storage, it is this instance's
 * cache of it: a turn's new cards are written through before its reply goes out (`TurnCardSession.flush`),
 * and a turn's pressed card is read in before the routes run (`prefetch`).
 */
export class CardStore {
  private readonly cache: ByteBoundedMap<string, string>;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly shared: StateStore | undefined;
  private readonly idKey: string | Buffer;

  constructor(options: CardStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
    this.shared = options.shared;
    this.idKey = options.idKey ?? randomBytes(32);
    // Bytes of JSON, held as such. Alone, the store keeps a day of buttons (a typical card is 2-10 KB of JSON,
    // the largest ~60 KB); in front of shared storage it is only a cache.
    const defaultBytes = (this.shared ? 8 : 32) * 1024 * 1024;
    this.cache = new ByteBoundedMap(options.maxBytes ?? defaultBytes, this.ttlMs, this.now);
  }

  /** Bytes of cards held in this instance's memory. */
  get bytes(): number {
    return this.cache.bytes;
  }

  /**
   * One turn's cards. With `claimed`, the turn's delivery is claimed by its first card: that card's id is
   * derived from the activity (an HMAC under `idKey`, as unguessable as a random one), and storing it is an
   * atomic create, so a redelivery of the activity, on any instance, finds its card already made
   * (`TurnCardSession.claimDelivery`). One store request per turn instead of a claim and a write.
   */
  forTurn(scope: CardScope, claimed?: ClaimedTurn): TurnCardSession {
    return new TurnCardSession(this, scope, claimed ? this.turnCardId(scope, claimed) : undefined);
  }

  private turnCardId(scope: CardScope, claimed: ClaimedTurn): string {
    return createHmac('sha256', this.idKey)
      .update(`acr-doctor card of a turn\n${scope.conversationId}\n${claimed.activityId}`)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  }

  /** @internal */ remember(id: string, json: string, expires?: number): void {
    this.cache.set(id, json, utf8Bytes(json), expires);
  }

  /** @internal */ recall(id: string): Entry | undefined {
    const found = this.cache.find(id);
    return found.found ? parseEntry(found.value) : undefined;
  }

  private holds(id: string): boolean {
    return this.cache.find(id).found;
  }

  /** @internal */ get sharesCards(): boolean {
    return this.shared !== undefined;
  }

  /**
   * Creates the card's record in shared storage: true when this call created it, false when it existed
   * (a card that claims its turn, made by another delivery of the activity). Always true in memory only.
   */
  /** @internal */ async save(id: string, json: string): Promise<boolean> {
    if (!this.shared) return true;
    return createRecordJson(this.shared, keyOf(id), json, this.now() + this.ttlMs);
  }

  /** @internal */ async load(id: string): Promise<void> {
    if (!this.shared || !CARD_ID.test(id) || this.holds(id)) return;
    const read = await readRecord<Entry>(this.shared.storage, keyOf(id), this.now());
    if (read.found) this.remember(id, JSON.stringify(read.value));
  }
}

/** One turn's view of the cards, bound to its conversation and tenant. */
export class TurnCardSession implements TurnCards {
  private readonly writes: Promise<unknown>[] = [];
  /** The creation of the card that claims the turn, once that card is put. */
  private claimingWrite: Promise<boolean> | undefined;
  private claim: Promise<boolean> | undefined;

  constructor(
    private readonly store: CardStore,
    private readonly scope: CardScope,
    /** The id the turn's first card takes when it claims the turn's delivery. */
    private claimingId?: string,
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

  /**
   * For a session made with `claimed`: true when this delivery of the activity is the first, across every
   * instance sharing the store. The turn's first card was created under the id derived from the activity, and
   * whoever created it owns the delivery; a turn that put no card claims through `fallback` (the delivery
   * guard). Also waits for the turn's other cards, as `flush` does. Asked once per turn, whatever the number of
   * replies; rejects when the store could not be asked.
   */
  claimDelivery(fallback: () => Promise<boolean>): Promise<boolean> {
    if (!this.claim) {
      // Cards put from now on take random ids: the claim is decided.
      this.claimingId = undefined;
      const owned = this.claimingWrite ?? fallback();
      this.claim = Promise.all([owned, this.flush()]).then(([first]) => first);
    }
    return this.claim;
  }

  private put(card: StoredCard): string {
    const claiming = this.claimingId;
    this.claimingId = undefined;
    const id = claiming ?? randomBytes(16).toString('base64url');
    const entry: Entry = { card, scope: this.scope };
    const json = JSON.stringify(entry);
    this.store.remember(id, json);
    const write = this.store.save(id, json);
    // Observed here so a failure is never unhandled; flush() and claimDelivery() report it.
    write.catch(() => undefined);
    // In memory only, no record claims anything: the delivery guard does (see claimDelivery's fallback).
    if (claiming !== undefined && this.store.sharesCards) this.claimingWrite = write;
    else this.writes.push(write);
    return id;
  }
}
