import type { Storage } from 'botbuilder';
import type { StateStore } from './state-store';

/**
 * Values kept in a `Storage` with an expiry, written so that any `Storage` stores them byte for byte:
 * BlobsStorage declares a blob's length as the JSON text's character count, which is wrong for any
 * character outside ASCII, so the value travels as JSON with every such character escaped.
 */
interface Envelope {
  readonly json: string;
  readonly expires: number;
}

function asciiOnly(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function asciiJson(value: unknown): string {
  return asciiOnly(JSON.stringify(value));
}

export async function writeRecord(
  storage: Storage,
  key: string,
  value: unknown,
  expires: number,
): Promise<void> {
  const envelope: Envelope = { json: asciiJson(value), expires };
  await storage.write({ [key]: envelope });
}

/**
 * The text of a record as a blob, for writers that upload it themselves: an envelope as BlobsStorage would
 * store it (and read it back), sent as UTF-8 with its true byte length, so no character needs escaping.
 */
export function envelopeText(json: string, expires: number, by?: string): string {
  // `by` marks who created the record (see blobStateStore); readRecord ignores it.
  const envelope: Envelope & { readonly by?: string } =
    by === undefined ? { json, expires } : { json, expires, by };
  return JSON.stringify(envelope);
}

/**
 * Creates the record `key` holding `value` unless it exists (across every instance sharing the store): true
 * when this call created it. One request where the store has an atomic create (Blob Storage), otherwise a
 * claim of the key and then the write.
 */
export async function createRecord(
  state: StateStore,
  key: string,
  value: unknown,
  expires: number,
): Promise<boolean> {
  return createRecordJson(state, key, JSON.stringify(value), expires);
}

/** `createRecord` for a value the caller already holds as JSON text (so it is not serialised twice). */
export async function createRecordJson(
  state: StateStore,
  key: string,
  json: string,
  expires: number,
): Promise<boolean> {
  if (state.createJson) return state.createJson(key, json, expires);
  if (!(await state.claim(key))) return false;
  const envelope: Envelope = { json: asciiOnly(json), expires };
  await state.storage.write({ [key]: envelope });
  return true;
}

export type RecordRead<T> = { readonly found: true; readonly value: T } | { readonly found: false };

/** The value stored under `key`, unless absent, expired or unreadable. */
export async function readRecord<T>(storage: Storage, key: string, now: number): Promise<RecordRead<T>> {
  const items = await storage.read([key]);
  const envelope = items[key] as Partial<Envelope> | undefined;
  if (typeof envelope?.json !== 'string' || typeof envelope.expires !== 'number') return { found: false };
  if (envelope.expires <= now) return { found: false };
  try {
    return { found: true, value: JSON.parse(envelope.json) as T };
  } catch {
    return { found: false };
  }
}

/** The number of bytes a value takes as JSON, which is what the memory bounds count. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
