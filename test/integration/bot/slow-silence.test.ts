import { memoryStateStore, type ExpiringRecords } from '../../../src/state';
import { startServer, type RunningServer } from '../../../src/server';
import { channelThread } from '../../fakes/teams/activities';
import { LOCAL_CONFIG } from '../../fakes/teams/bot-under-test';
import { LoopbackConnector } from '../../fakes/teams/connector';
import { corpusPaste } from '../../fakes/teams/pastes';
import { channelPost } from './surface-activities';

/**
 * Listening leaves most messages alone, and silence must stay silent however long the turn takes: here the
 * state store takes 1.5 s to say the thread was already answered (a slow Blob Storage), and nothing at all
 * may reach the channel — no answer, and no "typing…" indicator either.
 */
let server: RunningServer;
let connector: LoopbackConnector;

beforeAll(async () => {
  const base = memoryStateStore();
  const slow: ExpiringRecords = {
    take: (key, limit, life) => base.expiring.take(key, limit, life),
    claim: async () => {
      await new Promise((r) => setTimeout(r, 1500));
      return false;
    },
    hold: async () => {
      await new Promise((r) => setTimeout(r, 1500));
      return undefined;
    },
  };
  connector = await LoopbackConnector.start();
  server = await startServer(LOCAL_CONFIG, {
    state: { ...base, expiring: slow },
    log: { info: () => undefined, error: () => undefined },
  });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
});

it('a slow silent turn sends nothing to the channel, not even a typing indicator', async () => {
  const thread = channelThread();
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(channelPost(connector.serviceUrl, thread, corpusPaste('c008').text)),
  });
  expect(response.status).toBe(200);
  await new Promise((r) => setTimeout(r, 300));
  expect(connector.received.filter((c) => c.conversationId === thread.id)).toEqual([]);
}, 20_000);
