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
