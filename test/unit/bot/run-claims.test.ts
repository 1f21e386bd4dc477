import { createRunClaims } from '../../../src/bot/run-claims';
import { memoryExpiringRecords } from '../../../src/state';

describe('claims of the live-check runs under way', () => {
  it('one run per card until it is given back or outlives a run; other cards are free', async () => {
    let now = 1_000;
    const clock = { now: () => now, sleep: async () => undefined };
    const runs = createRunClaims(memoryExpiringRecords(), 20_000, clock);
    const first = await runs.claim('card-1');
    expect(first).toBeDefined();
    expect(await runs.claim('card-1')).toBeUndefined();
    expect(await runs.claim('card-2')).toBeDefined();
    await first?.release();
    const second = await runs.claim('card-1');
    expect(second).toBeDefined();
    // Its instance died: never given back, taken over once a run would have ended.
    now += 19_999;
    expect(await runs.claim('card-1')).toBeUndefined();
    now += 1;
    expect(await runs.claim('card-1')).toBeDefined();
  });
});
