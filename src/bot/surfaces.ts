import { MemoryStorage, type Storage } from 'botbuilder';
import {
  createRateLimiter,
  createWindowRateLimiter,
  sharedFromLocal,
  type SharedRateLimiter,
} from '../live-checks';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../config';
import type { ExpiringRecords } from '../state';
import { storageChannelState, type ChannelState } from './channel-state';
import type { FilePolicy } from './attached-file';
import { MemoryPasteStore, NO_PASTES, StoredPasteStore, type PasteStore } from './paste-store';
import { MemoryVoteBook, StoredVoteBook, type VoteBook } from './votes';

/**
 * What the routes beyond plain messages need: listening (per-channel setting, threshold, per-channel rate),
 * attached files, the pastes behind cards and the votes on them.
 */
export interface SurfaceServices {
  readonly channels: ChannelState;
  readonly listenMinConfidence: number;
  /** Unasked answers per channel: a few in a burst, then one every 20 s (at most ~5 a minute). */
  readonly listenLimiter: SharedRateLimiter;
  readonly files: FilePolicy;
  readonly pastes: PasteStore;
  readonly votes: VoteBook;
  /** Demo mode (`npm run dev -- --demo`): the fake-Azure scenario named on every live-check result. */
  readonly demoScenario?: string;
}

export interface SurfaceOptions {
  /** Where channel settings live; botbuilder's MemoryStorage unless a deployment passes Blob storage. */
  readonly storage?: Storage;
  /**
   * The state store's expiring records: thread claims, and, when `shared`, the per-channel rate. Shared
   * storage makes both hold across instances.
   */
  readonly records?: ExpiringRecords;
  /**
   * Several instances share the state store (Blob Storage): the per-channel rate (in `records`), the votes and
   * the pastes behind cards (in `storage`) live there, so that any instance answers for them.
   */
  readonly shared?: boolean;
  /** False when the operator keeps no pastes (FEEDBACK_PASTES=never). */
  readonly keepPastes?: boolean;
  readonly listenMinConfidence?: number;
  /** Local mode only: files may be downloaded over http from loopback (tests serve them there). */
  readonly allowLoopbackFiles?: boolean;
  readonly now?: () => number;
  readonly demoScenario?: string;
}

const LISTEN_RATE = { burst: 3, refillIntervalMs: 20_000 } as const;

export function createSurfaces(options: SurfaceOptions = {}): SurfaceServices {
  const clock = options.now ? { clock: { now: options.now } } : {};
  return {
    channels: storageChannelState(options.storage ?? new MemoryStorage(), 'listen', {
      ...(options.records ? { claims: options.records } : {}),
      ...(options.now ? { now: options.now } : {}),
    }),
    listenMinConfidence: options.listenMinConfidence ?? DEFAULT_LISTEN_MIN_CONFIDENCE,
    listenLimiter:
      options.records && options.shared
        ? createWindowRateLimiter({ ...LISTEN_RATE, counters: options.records, scope: 'listen', ...clock })
        : sharedFromLocal(createRateLimiter({ ...LISTEN_RATE, ...clock })),
    files: {
      allowLoopbackHttp: options.allowLoopbackFiles ?? false,
      maxBytes: 512 * 1024,
      timeoutMs: 10_000,
    },
    pastes:
      options.keepPastes === false
        ? NO_PASTES
        : options.shared && options.storage
          ? new StoredPasteStore(options.storage, options.now)
          : new MemoryPasteStore(),
    votes:
      options.shared && options.storage
        ? new StoredVoteBook(options.storage, options.now)
        : new MemoryVoteBook(),
    ...(options.demoScenario ? { demoScenario: options.demoScenario } : {}),
  };
}
