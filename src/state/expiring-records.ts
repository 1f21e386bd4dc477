import type { ContainerClient, BlockBlobClient } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import type { CounterTake, WindowCounters } from '../checks/rate-limiter';

/**
 * Small records that end: "this thread was answered" (a claim) and "this many runs in this window" (a
 * counter). Both are decided atomically by the store, so two instances sharing it agree:
 * - memory: one process, every operation runs to completion before the next — exact;
 * - Azure Blob Storage: a claim is a create with `If-None-Match: *` (exactly one creator wins), and an
 *   expired claim is taken over with `If-Match: <its ETag>` (exactly one taker wins). A counter is read, then
 *   written back with `If-Match: <the ETag read>`: a write that lost a race fails with 412 and is retried
 *   from a fresh read. So a counter never admits more than its limit, whatever the races (every admitted
 *   increment is a successful compare-and-swap on the value it checked). Under heavy contention for one key
 *   the retries may run out: then it reports `contended` and admits nothing — it can under-admit, never over.
 *   A write whose answer was lost is retried by the SDK and then meets its own write (409 / 412): every
 *   write carries a mark of its caller (a claim's creator, a counter's recent increment ids), and a caller
 *   that reads its own mark back knows its write landed, so a claim is not lost and an increment not counted
 *   twice.
 *
 * Keys are `<kind>/<anything>`: the kind (`threads`, `live-checks`, …) names a folder, the rest is hashed,
 * so user ids and conversation ids become safe blob names. Every record lives under `expiring/`, where the
 * storage account's lifecycle rule (infra/main.bicep) deletes blobs some days after their last write; the
 * expiry written in each record is what the code checks, the lifecycle rule only reclaims the space.
 */
export interface Life {
  /** The caller's clock now, ms. */
  readonly now: number;
  /** When the record stops counting, on the same clock. */
  readonly expiresAt: number;
}

/** A claim its holder may give back before it expires (a run that finished, an answer that was not sent). */
export interface Held {
  /**
   * Ends the claim now, if it is still this holder's (a claim that expired and was taken over is left to its
   * new holder). Rejects only when the store failed; the claim then ends when it expires.
   */
  release(): Promise<void>;
}

export interface ExpiringRecords extends WindowCounters {
  /** True for the first caller to claim `key` while no unexpired claim of it exists, on any instance. */
  claim(key: string, life: Life): Promise<boolean>;
  /** `claim` for a holder that may end it early: the claim when this caller won it, else undefined. */
  hold(key: string, life: Life): Promise<Held | undefined>;
  take(key: string, limit: number, life: Life): Promise<CounterTake>;
}

export const EXPIRING_PREFIX = 'expiring/';
const KIND = /^[a-z][a-z0-9-]{0,40}$/;

/** `<kind>/<rest>` → `expiring/<kind>/<sha256 of rest>`. */
export function recordName(key: string): string {
  const slash = key.indexOf('/');
  const kind = slash > 0 ? key.slice(0, slash) : '';
  if (!KIND.test(kind))
    throw new Error(`record key must start with a kind like "threads/": ${key.slice(0, 40)}`);
  const rest = createHash('sha256')
    .update(key.slice(slash + 1), 'utf8')
    .digest('hex');
  return `${EXPIRING_PREFIX}${kind}/${rest}`;
}

interface Stored {
  readonly count: number;
  readonly expires: number;
  /** Who wrote a claim: a create retried after its answer was lost meets its own blob and still wins. */
  readonly by?: string;
  /**
   * A counter's latest increments, oldest first, one id each: an increment retried after its answer was lost
   * finds its id here and is not counted again. The last id is the increment that made `count`.
   */
  readonly ids?: readonly string[];
}

/**
 * How many increment ids a counter keeps. A retry re-reads right after its lost answer, so only the
 * increments of that moment can come between; and a counter stops at its limit (a few runs), so in practice
 * every id of the window is kept.
 */
const RECENT_IDS = 32;

/** The count a counter had right after the increment `id`, if it is among the recent ones. */
function countAfter(record: Stored, id: string): number | undefined {
  const at = record.ids?.indexOf(id) ?? -1;
  if (at < 0 || !record.ids) return undefined;
  return record.count - (record.ids.length - 1 - at);
}

const mark = (): string => randomBytes(12).toString('base64url');

/**
 * In process memory, bounded: at most `capacity` records; beyond it expired records go first, then the
 * oldest written (a forgotten claim can be claimed again, a forgotten counter starts again from zero).
 */
export function memoryExpiringRecords(options: { readonly capacity?: number } = {}): ExpiringRecords {
  const capacity = Math.max(1, options.capacity ?? 50_000);
  const records = new Map<string, Stored>();
  const put = (name: string, value: Stored, now: number): void => {
    records.delete(name);
    records.set(name, value);
    if (records.size <= capacity) return;
    for (const [key, record] of records) if (record.expires <= now) records.delete(key);
    for (const key of records.keys()) {
      if (records.size <= capacity) break;
      records.delete(key);
    }
  };
  const live = (name: string, now: number): Stored | undefined => {
    const record = records.get(name);
    return record && record.expires > now ? record : undefined;
  };
  const hold = (key: string, life: Life): Held | undefined => {
    const name = recordName(key);
    if (live(name, life.now)) return undefined;
    const claim: Stored = { count: 1, expires: life.expiresAt };
    put(name, claim, life.now);
    return {
      release() {
        // Still this claim (the very object), not one written after it expired.
        if (records.get(name) === claim) records.delete(name);
        return Promise.resolve();
      },
    };
  };
  return {
    claim: (key, life) => Promise.resolve(hold(key, life) !== undefined),
    hold: (key, life) => Promise.resolve(hold(key, life)),
    take(key, limit, life) {
      const name = recordName(key);
      const count = live(name, life.now)?.count ?? 0;
      if (count >= limit) return Promise.resolve({ taken: false, reason: 'full' });
      put(name, { count: count + 1, expires: Math.max(life.expiresAt, life.now + 1) }, life.now);
      return Promise.resolve({ taken: true, count: count + 1 });
    },
  };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** The store answered "someone else got there first" (exists, changed, or vanished meanwhile). */
function lostRace(error: unknown): boolean {
  const status = statusOf(error);
  return status === 409 || status === 412 || status === 404;
}

function parse(text: string): Stored | undefined {
  try {
    const value = JSON.parse(text) as Partial<Stored>;
    if (typeof value.count !== 'number' || typeof value.expires !== 'number') return undefined;
    const ids = Array.isArray(value.ids) ? value.ids.filter((id) => typeof id === 'string') : undefined;
    return {
      count: value.count,
      expires: value.expires,
      ...(typeof value.by === 'string' ? { by: value.by } : {}),
      ...(ids ? { ids } : {}),
    };
  } catch {
    return undefined;
  }
}

async function readText(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

type Read = { readonly etag: string; readonly record: Stored | undefined } | undefined;

async function read(blob: BlockBlobClient): Promise<Read> {
  try {
    const response = await blob.download();
    const text = await readText(response.readableStreamBody);
    return { etag: response.etag ?? '', record: parse(text) };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

type Condition = { readonly ifNoneMatch: '*' } | { readonly ifMatch: string };

/**
 * Writes `value` if the condition holds: the new ETag, or undefined when the condition failed (another
 * writer won, or the SDK's retry of this very write met the write itself: the caller reads to tell).
 */
async function write(
  blob: BlockBlobClient,
  value: Stored,
  condition: Condition,
): Promise<string | undefined> {
  const text = JSON.stringify(value);
  try {
    const response = await blob.upload(text, Buffer.byteLength(text), {
      conditions: condition,
      blobHTTPHeaders: { blobContentType: 'application/json' },
    });
    return response.etag ?? '';
  } catch (error) {
    if (lostRace(error)) return undefined;
    throw error;
  }
}

/** Deletes a claim this holder wrote (its ETag), unless it changed or vanished since. */
function heldBlob(blob: BlockBlobClient, etag: string): Held {
  return {
    async release() {
      try {
        await blob.delete({ conditions: { ifMatch: etag } });
      } catch (error) {
        // 412: taken over after it expired; 404: gone already (or a retried delete met its own success).
        if (!lostRace(error)) throw error;
      }
    },
  };
}

/** Tries a claim's conditional writes this many times (create, then a take-over or a create after a delete). */
const CLAIM_ATTEMPTS = 3;

/** Tries a counter's compare-and-swap this many times before answering `contended`. */
const COUNTER_ATTEMPTS = 5;

export function blobExpiringRecords(
  container: ContainerClient,
  ensureContainer: () => Promise<unknown>,
): ExpiringRecords {
  const blobOf = async (key: string): Promise<BlockBlobClient> => {
    await ensureContainer();
    return container.getBlockBlobClient(recordName(key));
  };
  const hold = async (key: string, life: Life): Promise<Held | undefined> => {
    const blob = await blobOf(key);
    const value: Stored = { count: 1, expires: life.expiresAt, by: mark() };
    let condition: Condition = { ifNoneMatch: '*' };
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const etag = await write(blob, value, condition);
      if (etag !== undefined) return heldBlob(blob, etag);
      const current = await read(blob);
      // Deleted between the write and the read (released, or the lifecycle rule): a create decides.
      if (!current) {
        condition = { ifNoneMatch: '*' };
        continue;
      }
      // The SDK retried a write whose answer was lost, and the retry met the blob this call had written.
      if (current.record?.by === value.by) return heldBlob(blob, current.etag);
      if (current.record && current.record.expires > life.now) return undefined;
      // Expired: taken over only if nobody wrote it since this read.
      condition = { ifMatch: current.etag };
    }
    return undefined;
  };
  return {
    claim: async (key, life) => (await hold(key, life)) !== undefined,
    hold,
    async take(key, limit, life) {
      const blob = await blobOf(key);
      const expires = Math.max(life.expiresAt, life.now + 1);
      const id = mark();
      for (let attempt = 0; attempt < COUNTER_ATTEMPTS; attempt++) {
        const current = await read(blob);
        // An earlier attempt of this call landed although its answer was lost (or it failed with 412 on the
        // SDK's retry): it is counted already.
        const mine = current?.record ? countAfter(current.record, id) : undefined;
        if (mine !== undefined) return { taken: true, count: mine };
        const valid = current?.record && current.record.expires > life.now ? current.record : undefined;
        const count = valid?.count ?? 0;
        if (count >= limit) return { taken: false, reason: 'full' };
        const next: Stored = {
          count: count + 1,
          expires,
          ids: [...(valid?.ids ?? []), id].slice(-RECENT_IDS),
        };
        const written = await write(blob, next, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
        if (written !== undefined) return { taken: true, count: next.count };
      }
      return { taken: false, reason: 'contended' };
    },
  };
}
