import { createRateLimiter } from '../../../src/checks/rate-limiter';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('per-user rate limiter', () => {
  it('allows a burst, then one run per refill interval, per user', () => {
    const c = clock();
    const limiter = createRateLimiter({ burst: 2, refillIntervalMs: 10000, clock: c });
    expect(limiter.take('alice')).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take('alice')).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 10000 });
    expect(limiter.take('bob')).toEqual({ allowed: true, remaining: 1 });
    c.advance(4000);
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 6000 });
    c.advance(6000);
    expect(limiter.take('alice')).toEqual({ allowed: true, remaining: 0 });
  });

  it('never saves up more than the burst', () => {
    const c = clock();
    const limiter = createRateLimiter({ burst: 2, refillIntervalMs: 1000, clock: c });
    c.advance(3_600_000);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => d.allowed)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('forgets the least recently seen users beyond its size (they start with a full bucket)', () => {
    const c = clock();
    const limiter = createRateLimiter({ burst: 1, refillIntervalMs: 60000, clock: c, maxUsers: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
