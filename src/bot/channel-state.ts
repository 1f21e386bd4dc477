import type { Storage } from 'botbuilder';
import { LISTEN_THREAD_TTL_MS } from '../config';
import { memoryExpiringRecords, type ExpiringRecords, type Held } from '../state';

/**
 * What the bot remembers per channel and thread for listening: whether the channel asked it to be quiet
 * (a botbuilder `Storage`: memory by default, Azure Blob Storage in a deployment, so a restart forgets
 * nothing), and which thread roots it has already answered unasked (claims that expire, in the state
 * store's expiring records: see src/state/expiring-records.ts).
 */
export type ListenMode = 'listen' | 'quiet';

export interface ChannelState {
  mode(channelKey: string): Promise<ListenMode>;
  setMode(channelKey: string, mode: ListenMode): Promise<void>;
  /**
   * The thread's claim the first time a thread root is claimed, undefined after, for LISTEN_THREAD_TTL_MS:
   * at most one unasked answer per thread, also when Teams delivers the message again (to any instance) or
   * after an edit. A claim whose answer was not sent after all (the channel's rate refused it) is released,
   * so a later message in the thread can still be answered.
   */
  claimThread(threadKey: string): Promise<Held | undefined>;
}

// Storage keys must be safe for every backend (blob names): hash-free but restricted to a known alphabet.
function storageKey(kind: 'mode', key: string): string {
  return `acr-doctor/${kind}/${Buffer.from(key, 'utf8').toString('base64url')}`;
}

interface ModeItem {
  readonly mode: ListenMode;
  readonly at: string;
}

function isModeItem(value: unknown): value is ModeItem {
  const mode = (value as { mode?: unknown } | undefined)?.mode;
  return mode === 'listen' || mode === 'quiet';
}

export interface ChannelStateOptions {
  /**
   * Where thread claims live. The state store's (`state.expiring`) in the server, so every instance sharing
   * the store agrees; this process's memory otherwise.
   */
  readonly claims?: ExpiringRecords;
  readonly threadTtlMs?: number;
  readonly now?: () => number;
}

/**
 * The channel state. A thread claim is one atomic create in the claims store (with shared storage, a blob
 * created with If-None-Match: *), so two instances receiving the same thread root answer it once.
 */
export function storageChannelState(
  storage: Storage,
  defaultMode: ListenMode = 'listen',
  options: ChannelStateOptions = {},
): ChannelState {
  const claims = options.claims ?? memoryExpiringRecords();
  const ttl = options.threadTtlMs ?? LISTEN_THREAD_TTL_MS;
  const now = options.now ?? Date.now;
  return {
    async mode(channelKey) {
      const key = storageKey('mode', channelKey);
      const item: unknown = (await storage.read([key]))[key];
      return isModeItem(item) ? item.mode : defaultMode;
    },
    async setMode(channelKey, mode) {
      const item: ModeItem = { mode, at: new Date().toISOString() };
      await storage.write({ [storageKey('mode', channelKey)]: { ...item, eTag: '*' } });
    },
    claimThread(threadKey) {
      const at = now();
      return claims.hold(`threads/${threadKey}`, { now: at, expiresAt: at + ttl });
    },
  };
}
