import type { Storage } from 'botbuilder';

/**
 * Values kept in a `Storage` with an expiry, written so that any `Storage` stores them byte for byte:
 * BlobsStorage declares a blob's length as the JSON text's character count, which is wrong for any
 * character outside ASCII, so the value travels as JSON with every such character escaped.
 */
interface Envelope {
  readonly json: string;
  readonly expires: number;
}

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
