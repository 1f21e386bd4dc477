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

export interface ExpiringRecords extends WindowCounters {
  /** True for the first caller to claim `key` while no unexpired claim of it exists, on any instance. */
  claim(key: string, life: Life): Promise<boolean>;
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
}

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
  return {
    claim(key, life) {
      const name = recordName(key);
      if (live(name, life.now)) return Promise.resolve(false);
      put(name, { count: 1, expires: life.expiresAt }, life.now);
      return Promise.resolve(true);
    },
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
    return typeof value.by === 'string'
      ? { count: value.count, expires: value.expires, by: value.by }
      : { count: value.count, expires: value.expires };
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

/** Writes `value` if the condition holds; false when another writer won. */
async function write(
  blob: BlockBlobClient,
  value: Stored,
  condition: { readonly ifNoneMatch: '*' } | { readonly ifMatch: string },
): Promise<boolean> {
  const text = JSON.stringify(value);
  try {
    await blob.upload(text, Buffer.byteLength(text), {
      conditions: condition,
      blobHTTPHeaders: { blobContentType: 'application/json' },
    });
    return true;
  } catch (error) {
    if (lostRace(error)) return false;
    throw error;
  }
}

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
  return {
    async claim(key, life) {
      const blob = await blobOf(key);
      const value: Stored = { count: 1, expires: life.expiresAt, by: randomBytes(12).toString('base64url') };
      if (await write(blob, value, { ifNoneMatch: '*' })) return true;
      const current = await read(blob);
      // Deleted between our create and our read (the lifecycle rule): one more create decides.
      if (!current) return write(blob, value, { ifNoneMatch: '*' });
      // The SDK retried a create whose answer was lost, and the retry met the blob this call had made.
      if (current.record?.by === value.by) return true;
      if (current.record && current.record.expires > life.now) return false;
      return write(blob, value, { ifMatch: current.etag });
    },
    async take(key, limit, life) {
      const blob = await blobOf(key);
      const expires = Math.max(life.expiresAt, life.now + 1);
      for (let attempt = 0; attempt < COUNTER_ATTEMPTS; attempt++) {
        const current = await read(blob);
        const count = current?.record && current.record.expires > life.now ? current.record.count : 0;
        if (count >= limit) return { taken: false, reason: 'full' };
        const next: Stored = { count: count + 1, expires };
        const written = await write(blob, next, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
        if (written) return { taken: true, count: next.count };
      }
      return { taken: false, reason: 'contended' };
    },
  };
}
