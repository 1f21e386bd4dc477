import { ContainerClient } from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
// The blob name BlobsStorage gives a key; records created here must be where its read() looks.
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import type { StateSettings } from '../config';
import { BoundedMap } from '../bot/bounded-map';
import { blobExpiringRecords, memoryExpiringRecords, type ExpiringRecords } from './expiring-records';
import { envelopeText } from './records';

/**
 * Where the bot keeps what must outlive one turn: a botbuilder `Storage` that every stateful part shares
 * (Azure Blob Storage when STATE_STORAGE_CONNECTION_STRING is set, so that any instance can answer any card;
 * process memory otherwise, for one instance), plus the one operation `Storage` lacks: an atomic "create if
 * absent", which the duplicate-delivery guard needs so that two instances never both answer one activity.
 *
 * Wiring a new consumer: take a `StateStore` (or just its `storage`) in the consumer's constructor, keep its
 * keys under a prefix of its own (`settings/…`), and build it in src/server.ts from the one store made there.
 */
export interface StateStore {
  readonly kind: 'memory' | 'blob';
  readonly storage: Storage;
  /** True for the first caller to claim `key` (across every instance sharing the store), false afterwards. */
  claim(key: string): Promise<boolean>;
  /** Claims and counters that end (listening's answered threads, shared rate limits): expiring-records.ts. */
  readonly expiring: ExpiringRecords;
  /**
   * Creates the record `key` holding `json` (a JSON text, stored as `writeRecord` stores a value, so
   * `readRecord` reads it) unless any instance created it first: true when this call created it. A claim and
   * a write in one atomic request. Stores without it get the same through `createRecord` (records.ts).
   */
  createJson?(key: string, json: string, expires: number): Promise<boolean>;
}

/** A key's characters as blob names and botbuilder accept them unchanged: letters, digits, `-`, `_`, `/`, `.`. */
export const SAFE_KEY = /^[A-Za-z0-9_./-]{1,512}$/;

function checkedKey(key: string): string {
  if (!SAFE_KEY.test(key))
    throw new Error(`state key has characters outside [A-Za-z0-9_./-]: ${key.slice(0, 40)}`);
  return key;
}

export function memoryStateStore(
  options: { readonly claims?: number; readonly now?: () => number } = {},
): StateStore {
  // Claims are remembered for the window in which Teams redelivers (minutes), bounded in number.
  const claims = new BoundedMap<string, true>(options.claims ?? 10_000, 30 * 60 * 1000, options.now);
  return {
    kind: 'memory',
    storage: new MemoryStorage(),
    expiring: memoryExpiringRecords(),
    claim(key) {
      checkedKey(key);
      if (claims.find(key).found) return Promise.resolve(false);
      claims.set(key, true);
      return Promise.resolve(true);
    },
  };
}

export interface BlobStateOptions {
  readonly connectionString: string;
  readonly container: string;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Retries for an interactive bot: the SDK's defaults wait 4 s before the first retry (then 8, 16 …), longer
 * than a person waits for an answer and a large part of a reply's 20 s deadline. A stale kept-alive connection
 * (ECONNRESET) is the common failure, and it is retried at once to good effect.
 */
const RETRIES = { maxTries: 4, retryDelayInMs: 200, maxRetryDelayInMs: 2000 } as const;

/** Who made a created blob: a retried create that meets its own earlier attempt (409) still knows it won. */
interface Creator {
  readonly by?: unknown;
}

export function blobStateStore(options: BlobStateOptions): StateStore {
  const container = new ContainerClient(options.connectionString, options.container, {
    retryOptions: RETRIES,
  });
  let ready: Promise<unknown> | undefined;
  const ensureContainer = (): Promise<unknown> => (ready ??= container.createIfNotExists());
  return {
    kind: 'blob',
    storage: new BlobsStorage(options.connectionString, options.container, {
      storagePipelineOptions: { retryOptions: RETRIES },
    }),
    expiring: blobExpiringRecords(container, ensureContainer),
    // A claim is never read as a record: its blob keeps the key as its name, as claims always have.
    claim: (key) => create(checkedKey(key), (by) => JSON.stringify({ by })),
    createJson: (key, json, expires) =>
      create(sanitizeBlobKey(checkedKey(key)), (by) => envelopeText(json, expires, by)),
  };

  async function create(blobName: string, body: (by: string) => string): Promise<boolean> {
    await ensureContainer();
    const by = randomBytes(12).toString('base64url');
    const bytes = Buffer.from(body(by), 'utf8');
    const blob = container.getBlockBlobClient(blobName);
    try {
      // If-None-Match: * makes the create fail with 409 when any instance created the blob first.
      await blob.upload(bytes, bytes.length, {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      return true;
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      // The SDK retries a request whose connection failed; if the first attempt had already created the blob,
      // the retry meets it. Only a blob carrying this call's mark was made by someone else's create.
      return creatorOf(await blob.downloadToBuffer()) === by;
    }
  }
}

function creatorOf(stored: Buffer): unknown {
  try {
    return (JSON.parse(stored.toString('utf8')) as Creator).by;
  } catch {
    return undefined;
  }
}

export function createStateStore(settings: StateSettings): StateStore {
  return settings.kind === 'blob'
    ? blobStateStore({ connectionString: settings.connectionString, container: settings.container })
    : memoryStateStore();
}
