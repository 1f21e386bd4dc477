import { MemoryStorage, type Activity } from 'botbuilder';
import { storageChannelState } from '../../../src/bot/channel-state';
import { LISTEN_THREAD_TTL_MS } from '../../../src/config';
import { memoryExpiringRecords } from '../../../src/state';
import { channelKeyOf, isFromBot, threadRootOf } from '../../../src/bot/conversation-keys';

describe('channel state over a botbuilder Storage', () => {
  it('keeps quiet / listen per channel across instances sharing the storage (a restart)', async () => {
    const storage = new MemoryStorage();
    const before = storageChannelState(storage);
    expect(await before.mode('channel/19:a')).toBe('listen');
    await before.setMode('channel/19:a', 'quiet');
    const after = storageChannelState(storage);
    expect(await after.mode('channel/19:a')).toBe('quiet');
    expect(await after.mode('channel/19:b')).toBe('listen');
  });

  it('lets a thread root be claimed once, also by concurrent deliveries and after a restart', async () => {
    const storage = new MemoryStorage();
    const claims = memoryExpiringRecords();
    const state = storageChannelState(storage, 'listen', { claims });
    const results = await Promise.all([1, 2, 3].map(() => state.claimThread('channel/19:a/123')));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(
      await storageChannelState(storage, 'listen', { claims }).claimThread('channel/19:a/123'),
    ).toBeUndefined();
    const next = await state.claimThread('channel/19:a/124');
    expect(next).toBeDefined();
    // A claim given back (its answer was not sent) lets the thread be claimed again.
    await next?.release();
    expect(await state.claimThread('channel/19:a/124')).toBeDefined();
  });

  it('forgets an answered thread after LISTEN_THREAD_TTL_MS, so the claims do not grow forever', async () => {
    let now = 1_000_000;
    const claims = memoryExpiringRecords({ capacity: 2 });
    const state = storageChannelState(new MemoryStorage(), 'listen', { claims, now: () => now });
    expect(await state.claimThread('channel/19:a/1')).toBeDefined();
    now += LISTEN_THREAD_TTL_MS - 1;
    expect(await state.claimThread('channel/19:a/1')).toBeUndefined();
    now += 1;
    expect(await state.claimThread('channel/19:a/1')).toBeDefined();
    expect(LISTEN_THREAD_TTL_MS).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000);
    expect(LISTEN_THREAD_TTL_MS).toBeLessThanOrEqual(14 * 24 * 60 * 60 * 1000);
  });
});

describe('conversation keys', () => {
  const channel = {
    conversation: { id: '19:abc@thread.tacv2;messageid=1700000000001', conversationType: 'channel' },
    channelData: { channel: { id: '19:abc@thread.tacv2' } },
    id: '1700000000009',
    from: { id: '29:user' },
    recipient: { id: '28:bot', name: 'ACR Doctor' },
  } as unknown as Partial<Activity>;

  it('names the channel and the thread root a message belongs to', () => {
    expect(channelKeyOf(channel)).toBe('channel/19:abc@thread.tacv2');
    expect(threadRootOf(channel)).toBe('channel/19:abc@thread.tacv2/1700000000001');
    const chat = { conversation: { id: '19:chat@thread.v2' }, id: '42' } as unknown as Partial<Activity>;
    expect(threadRootOf(chat)).toBe('chat/19:chat@thread.v2/42');
  });

  it('recognises messages from bots: itself, a bot role, a 28: id', () => {
    expect(isFromBot(channel)).toBe(false);
    const from = (f: object) => ({ ...channel, from: f }) as unknown as Partial<Activity>;
    expect(isFromBot(from({ id: '28:bot' }))).toBe(true);
    expect(isFromBot(from({ id: '29:x', role: 'bot' }))).toBe(true);
    expect(isFromBot(from({ id: '28:other' }))).toBe(true);
  });
});
