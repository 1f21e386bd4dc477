import { createWindowRateLimiter } from '../../../src/checks/rate-limiter';
import { memoryExpiringRecords, recordName } from '../../../src/state/expiring-records';

describe('expiring records in memory', () => {
  it('claims a key once until it expires', async () => {
    const records = memoryExpiringRecords();
    const life = { now: 0, expiresAt: 100 };
    expect(await records.claim('threads/a', life)).toBe(true);
    expect(await records.claim('threads/a', { now: 99, expiresAt: 199 })).toBe(false);
    expect(await records.claim('threads/b', life)).toBe(true);
    expect(await records.claim('threads/a', { now: 100, expiresAt: 200 })).toBe(true);
  });

  it('a held claim given back can be claimed again, but an old holder cannot give back a newer claim', async () => {
    const records = memoryExpiringRecords();
    const held = await records.hold('live-check-runs/a', { now: 0, expiresAt: 100 });
    expect(held).toBeDefined();
    expect(await records.hold('live-check-runs/a', { now: 1, expiresAt: 100 })).toBeUndefined();
    await held?.release();
    expect(await records.claim('live-check-runs/a', { now: 2, expiresAt: 10 })).toBe(true);
    // That claim expired and another took it over: the expired holder's release leaves it alone.
    const stale = await records.hold('live-check-runs/b', { now: 0, expiresAt: 10 });
    expect(await records.claim('live-check-runs/b', { now: 10, expiresAt: 100 })).toBe(true);
    await stale?.release();
    expect(await records.claim('live-check-runs/b', { now: 11, expiresAt: 100 })).toBe(false);
  });

  it('counts up to the limit, then refuses; an expired counter starts again', async () => {
    const records = memoryExpiringRecords();
    const life = { now: 0, expiresAt: 10 };
    const takes = await Promise.all([1, 2, 3, 4].map(() => records.take('live-checks/u', 3, life)));
    expect(takes.filter((t) => t.taken)).toHaveLength(3);
    expect(takes[3]).toEqual({ taken: false, reason: 'full' });
    expect(await records.take('live-checks/u', 3, { now: 10, expiresAt: 20 })).toEqual({
      taken: true,
      count: 1,
    });
  });

  it('stays within its capacity, forgetting expired records first, then the oldest', async () => {
    const records = memoryExpiringRecords({ capacity: 2 });
    await records.claim('threads/old', { now: 0, expiresAt: 5 });
    await records.claim('threads/a', { now: 0, expiresAt: 100 });
    await records.claim('threads/b', { now: 10, expiresAt: 100 });
    // "old" expired and went first; a and b are still claimed.
    expect(await records.claim('threads/a', { now: 11, expiresAt: 100 })).toBe(false);
    expect(await records.claim('threads/b', { now: 11, expiresAt: 100 })).toBe(false);
    await records.claim('threads/c', { now: 12, expiresAt: 100 });
    // Full of live records: the oldest written (a) is forgotten.
    expect(await records.claim('threads/a', { now: 13, expiresAt: 100 })).toBe(true);
  });

  it('names records by kind and a hash: safe blob names whatever the key holds', () => {
    const name = recordName('live-checks/12/tenant:ü/user id?');
    expect(name).toMatch(/^expiring\/live-checks\/[0-9a-f]{64}$/);
    expect(() => recordName('no-kind')).toThrow();
    expect(() => recordName('../x')).toThrow();
  });
});

describe('the shared (fixed-window) rate limiter', () => {
  it('lets `burst` runs through per window of burst × interval, and says when the window ends', async () => {
    let now = 60_000;
    const limiter = createWindowRateLimiter({
      burst: 2,
      refillIntervalMs: 30_000,
      counters: memoryExpiringRecords(),
      scope: 'live-checks',
      clock: { now: () => now },
    });
    expect(await limiter.take('u')).toEqual({ allowed: true, remaining: 1 });
    expect(await limiter.take('u')).toEqual({ allowed: true, remaining: 0 });
    expect(await limiter.take('other')).toMatchObject({ allowed: true });
    now += 10_000;
    expect(await limiter.take('u')).toEqual({ allowed: false, retryAfterMs: 50_000 });
    now += 50_000;
    expect(await limiter.take('u')).toMatchObject({ allowed: true });
  });
});
