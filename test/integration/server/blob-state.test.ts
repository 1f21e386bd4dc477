import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobStateStore, readRecord } from '../../../src/state';
import { startAzurite, type Azurite } from './azurite';

/**
 * The Blob state store against Azurite: an atomic create is one request that only one caller wins, its record
 * is read back by BlobsStorage, and a create whose first attempt succeeded but whose answer was lost (the SDK
 * then retries and meets its own blob) still counts as won — else the turn that made the card would not reply.
 */

let azurite: Azurite;
let proxy: Server;
let lost = 0;
let loseNextCreate = false;

beforeAll(async () => {
  azurite = await startAzurite();
  const upstream = new URL(/BlobEndpoint=([^;]+)/.exec(azurite.connectionString)?.[1] ?? '');
  // Forwards every request to Azurite; when asked, drops the connection instead of relaying one PUT's answer.
  proxy = createServer((req, res) => {
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        if (loseNextCreate && req.method === 'PUT' && !req.url?.includes('restype=container')) {
          loseNextCreate = false;
          lost++;
          answer.resume();
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
}, 60_000);
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await azurite?.stop();
});

function storeThroughProxy(container: string) {
  const port = (proxy.address() as AddressInfo).port;
  const connectionString = azurite.connectionString.replace(
    /BlobEndpoint=http:\/\/127\.0\.0\.1:\d+\//,
    `BlobEndpoint=http://127.0.0.1:${port}/`,
  );
  return blobStateStore({ connectionString, container });
}

it('creates a record once, and BlobsStorage reads what was created', async () => {
  const a = storeThroughProxy('blob-state-once');
  const b = storeThroughProxy('blob-state-once');
  const expires = Date.now() + 60_000;
  const json = JSON.stringify({ text: 'ünïcode ✓' });
  expect(await a.createJson?.('cards/abc', json, expires)).toBe(true);
  expect(await b.createJson?.('cards/abc', JSON.stringify({ text: 'other' }), expires)).toBe(false);
  expect(await readRecord(b.storage, 'cards/abc', Date.now())).toEqual({
    found: true,
    value: { text: 'ünïcode ✓' },
  });
  expect(await a.claim('deliveries/x')).toBe(true);
  expect(await b.claim('deliveries/x')).toBe(false);
});

it('a create retried after its answer was lost still counts as won, and only once', async () => {
  const store = storeThroughProxy('blob-state-retry');
  const other = storeThroughProxy('blob-state-retry');
  const expires = Date.now() + 60_000;
  await store.claim('warm-up');
  loseNextCreate = true;
  expect(await store.createJson?.('cards/retried', '{"n":1}', expires)).toBe(true);
  expect(lost).toBe(1);
  expect(await other.createJson?.('cards/retried', '{"n":2}', expires)).toBe(false);
  loseNextCreate = true;
  expect(await store.claim('deliveries/retried')).toBe(true);
  expect(await other.claim('deliveries/retried')).toBe(false);
  expect(lost).toBe(2);
}, 30_000);

it('an expiring claim retried after its answer was lost still counts as won, and only once', async () => {
  const store = storeThroughProxy('blob-state-expiring');
  const other = storeThroughProxy('blob-state-expiring');
  const life = { now: Date.now(), expiresAt: Date.now() + 60_000 };
  await store.claim('warm-up');
  const before = lost;
  loseNextCreate = true;
  expect(await store.expiring.claim('threads/retried', life)).toBe(true);
  expect(lost).toBe(before + 1);
  expect(await other.expiring.claim('threads/retried', life)).toBe(false);
  expect(await store.expiring.claim('threads/retried', life)).toBe(false);
}, 30_000);
