/**
 * Live checks cost Azure calls made with the user's own identity (and count against their ARM limits), so
 * each user gets a token bucket: `burst` runs back to back, then one more every `refillIntervalMs`.
 */
export interface RateLimiterOptions {
  readonly burst: number;
  readonly refillIntervalMs: number;
  readonly clock?: { now(): number };
  /** Buckets kept at most; the least recently used go first (a full bucket is the same as none). */
  readonly maxUsers?: number;
}

export type RateDecision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterMs: number };

export interface RateLimiter {
  /** Takes one run for `user` if one is available. */
  take(user: string): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const burst = Math.max(1, Math.floor(options.burst));
  const interval = Math.max(1, options.refillIntervalMs);
  const now = (): number => (options.clock ?? Date).now();
  const maxUsers = Math.max(1, options.maxUsers ?? 10000);
  const buckets = new Map<string, Bucket>();

  const refill = (b: Bucket, at: number): void => {
    b.tokens = Math.min(burst, b.tokens + Math.max(0, at - b.at) / interval);
    b.at = at;
  };

  return {
    take(user) {
      const at = now();
      const bucket = buckets.get(user) ?? { tokens: burst, at };
      refill(bucket, at);
      buckets.delete(user);
      buckets.set(user, bucket); // most recently used last
      if (buckets.size > maxUsers) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, remaining: Math.floor(bucket.tokens) };
      }
      return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) * interval) };
    },
  };
}

/**
 * A run limit shared by every instance of the bot. Its state lives outside the process (src/state implements
 * `WindowCounters` over the state store), so this takes it as an interface: src/checks may not import state.
 */
export interface SharedRateLimiter {
  /** Takes one run for `key` if one is available, across every instance sharing the counters. */
  take(key: string): Promise<RateDecision>;
}

export type CounterTake =
  | { readonly taken: true; readonly count: number }
  | { readonly taken: false; readonly reason: 'full' | 'contended' };

/** Counters with an end: one record per key and window, forgotten after `expiresAt`. */
export interface WindowCounters {
  /**
   * Adds one to the counter under `key` unless it already holds `limit`. How exact this is under races is
   * the implementation's to say (see src/state/expiring-records.ts); `contended` means it could not tell
   * and took nothing.
   */
  take(
    key: string,
    limit: number,
    life: { readonly now: number; readonly expiresAt: number },
  ): Promise<CounterTake>;
}

export interface WindowRateLimiterOptions {
  readonly burst: number;
  readonly refillIntervalMs: number;
  readonly counters: WindowCounters;
  /** Keeps this limiter's records apart from another's (live checks, listening), e.g. `live-checks`. */
  readonly scope: string;
  readonly clock?: { now(): number };
}

/**
 * The token bucket above as fixed windows, so that its state is one small counter per key and window:
 * `burst` runs per window of `burst × refillIntervalMs`, the same long-run rate (one run per interval).
 * A fixed window lets up to twice `burst` through across a window boundary; never more, because every run
 * taken is counted in exactly one window's counter. Keys are hashed by the caller or the counters (they may
 * be user ids); the window index is part of the key, so an old window's record is never read again.
 */
export function createWindowRateLimiter(options: WindowRateLimiterOptions): SharedRateLimiter {
  const burst = Math.max(1, Math.floor(options.burst));
  const windowMs = burst * Math.max(1, options.refillIntervalMs);
  const now = (): number => (options.clock ?? Date).now();
  return {
    async take(key) {
      const at = now();
      const window = Math.floor(at / windowMs);
      const windowEnd = (window + 1) * windowMs;
      const result = await options.counters.take(`${options.scope}/${window}/${key}`, burst, {
        now: at,
        expiresAt: windowEnd,
      });
      if (result.taken) return { allowed: true, remaining: Math.max(0, burst - result.count) };
      // Contended: the store could not settle the count in a few tries; refusing is the safe side.
      const retryAfterMs = result.reason === 'full' ? windowEnd - at : Math.min(windowEnd - at, 1000);
      return { allowed: false, retryAfterMs: Math.max(1, retryAfterMs) };
    },
  };
}

/** The in-process token bucket behind the shared interface (one instance, memory state). */
export function sharedFromLocal(limiter: RateLimiter): SharedRateLimiter {
  return { take: (key) => Promise.resolve(limiter.take(key)) };
}
