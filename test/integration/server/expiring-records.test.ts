import { blobStateStore, type StateStore } from '../../../src/state';
import { startAzurite, type Azurite } from './azurite';

/**
 * Claims and counters on real Azure Blob Storage (Azurite), from two stores that share nothing but the
 * account, as two instances of the bot would: their races are settled by the storage service's conditional
 * writes (If-None-Match / If-Match), not by anything in one process.
 */
let azurite: Azurite;
let a: StateStore;
let b: StateStore;

beforeAll(async () => {
  azurite = await startAzurite();
  const options = { connectionString: azurite.connectionString, container: 'expiring-records-test' };
  [a, b] = [blobStateStore(options), blobStateStore(options)];
}, 60_000);
afterAll(async () => azurite?.stop());

const life = (now: number, ttl = 60_000) => ({ now, expiresAt: now + ttl });

it('one thread claim wins among many concurrent ones from two instances', async () => {
  const now = Date.now();
  const results = await Promise.all(
    Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).expiring.claim('threads/t1', life(now))),
  );
  expect(results.filter(Boolean)).toHaveLength(1);
  expect(await a.expiring.claim('threads/t1', life(now + 1000))).toBe(false);
});

it('an expired claim can be taken again, by exactly one of several instances racing for it', async () => {
  const now = Date.now();
  expect(await a.expiring.claim('threads/t2', life(now, 1000))).toBe(true);
  const later = now + 5000;
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).expiring.claim('threads/t2', life(later))),
  );
  expect(results.filter(Boolean)).toHaveLength(1);
});

it('a counter never admits more than its limit, however many instances take at once', async () => {
  const now = Date.now();
  const takes = await Promise.all(
    Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).expiring.take('live-checks/w/u1', 4, life(now))),
  );
  const taken = takes.filter((t) => t.taken);
  // Exact under races (compare-and-swap); under heavy contention it may admit fewer, never more.
  expect(taken.length).toBeLessThanOrEqual(4);
  expect(taken.length).toBeGreaterThanOrEqual(1);
  expect(new Set(taken.map((t) => (t.taken ? t.count : 0))).size).toBe(taken.length);
  // Taken one at a time, the counter reaches exactly its limit.
  const slow: boolean[] = [];
  for (let i = 0; i < 6; i++) slow.push((await b.expiring.take('live-checks/w/u2', 4, life(now))).taken);
  expect(slow).toEqual([true, true, true, true, false, false]);
  // An expired window's counter starts again.
  expect(await a.expiring.take('live-checks/w/u2', 4, life(now + 120_000))).toEqual({
    taken: true,
    count: 1,
  });
});
