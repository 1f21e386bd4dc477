import type { Storage } from 'botbuilder';

/**
 * What the bot remembers per channel and thread for listening: whether the channel asked it to be quiet,
 * and which thread roots it has already answered unasked. Kept in a botbuilder `Storage` (memory by default,
 * Azure Blob storage in a deployment), so a restart forgets neither.
 */
export type ListenMode = 'listen' | 'quiet';

export interface ChannelState {
  mode(channelKey: string): Promise<ListenMode>;
  setMode(channelKey: string, mode: ListenMode): Promise<void>;
  /**
   * True the first time a thread root is claimed, false after: at most one unasked answer per thread, also
   * when Teams delivers the message again or after an edit.
   */
  claimThread(threadKey: string): Promise<boolean>;
}

// Storage keys must be safe for every backend (blob names): hash-free but restricted to a known alphabet.
function storageKey(kind: 'mode' | 'thread', key: string): string {
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

/**
 * The channel state over a `Storage`. Claims are serialised within this process; two instances could both
 * claim one thread in the same instant (Storage offers no create-if-absent), which costs one extra reply.
 */
export function storageChannelState(storage: Storage, defaultMode: ListenMode = 'listen'): ChannelState {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
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
      const key = storageKey('thread', threadKey);
      return serial(async () => {
        if ((await storage.read([key]))[key] !== undefined) return false;
        await storage.write({ [key]: { answeredAt: new Date().toISOString(), eTag: '*' } });
        return true;
      });
    },
  };
}
