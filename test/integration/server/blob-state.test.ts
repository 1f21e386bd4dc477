import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobStateStore, readRecord } from '../../../src/state';
import { startAzurite, type Azurite } from './azurite';

/**
 * The Blob state store against Azurite: an atomic create is one request that only one caller wins, its record
 * is read back by BlobsStorage, and a create whose first attempt succeeded but whose answer was lost (the SDK
 * then retries and meets its own blob) still counts as won — else the turn that made the card would not reply.
 * The same for the expiring records' writes: a claim's take-over, and a counter's increment, which must count
 * once although its retry meets its own write.
 */

let azurite: Azurite;
let proxy: Server;
let lost = 0;
let loseNextCreate = false;
/** PUTs relayed as usual before the one whose answer is lost (when `loseNextCreate`). */
let passPuts = 0;

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
        const put = req.method === 'PUT' && !req.url?.includes('restype=container');
        if (loseNextCreate && put && passPuts > 0) passPuts--;
        else if (loseNextCreate && put) {
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

it('a counter increment retried after its answer was lost is counted once', async () => {
  const store = storeThroughProxy('blob-state-counter');
  const other = storeThroughProxy('blob-state-counter');
  const life = { now: Date.now(), expiresAt: Date.now() + 60_000 };
  await store.claim('warm-up');
  const before = lost;
  // The first increment creates the counter (If-None-Match: *): its answer is lost, the retry meets 409.
  loseNextCreate = true;
  expect(await store.expiring.take('listen/w/retried', 5, life)).toEqual({ taken: true, count: 1 });
  // The next one replaces it (If-Match: <ETag>): its answer is lost, the retry meets 412.
  loseNextCreate = true;
  expect(await store.expiring.take('listen/w/retried', 5, life)).toEqual({ taken: true, count: 2 });
  expect(lost).toBe(before + 2);
  // Two increments, two counted: another instance takes the third.
  expect(await other.expiring.take('listen/w/retried', 5, life)).toEqual({ taken: true, count: 3 });
}, 30_000);

it('an expired claim taken over by a write whose answer was lost is still won', async () => {
  const store = storeThroughProxy('blob-state-takeover');
  const other = storeThroughProxy('blob-state-takeover');
  const now = Date.now();
  await store.claim('warm-up');
  expect(await other.expiring.claim('threads/taken-over', { now, expiresAt: now + 1000 })).toBe(true);
  const later = { now: now + 5000, expiresAt: now + 65_000 };
  const before = lost;
  // The create meets the expired claim (409); the answer to the take-over (If-Match) is lost.
  loseNextCreate = true;
  passPuts = 1;
  expect(await store.expiring.claim('threads/taken-over', later)).toBe(true);
  expect(lost).toBe(before + 1);
  expect(await other.expiring.claim('threads/taken-over', later)).toBe(false);
}, 30_000);

it('a held claim given back can be claimed again; a claim taken over after it expired is not given back', async () => {
  const a = storeThroughProxy('blob-state-release');
  const b = storeThroughProxy('blob-state-release');
  const now = Date.now();
  const life = { now, expiresAt: now + 60_000 };
  const held = await a.expiring.hold('live-check-runs/card', life);
  expect(held).toBeDefined();
  expect(await b.expiring.hold('live-check-runs/card', life)).toBeUndefined();
  await held?.release();
  await held?.release(); // twice: nothing left to give back, no error
  const again = await b.expiring.hold('live-check-runs/card', life);
  expect(again).toBeDefined();
  // a's claim expired and b's took over: a giving back its old claim leaves b's alone.
  const short = await a.expiring.hold('live-check-runs/short', { now, expiresAt: now + 1000 });
  const takeover = await b.expiring.hold('live-check-runs/short', {
    now: now + 2000,
    expiresAt: now + 60_000,
  });
  expect(takeover).toBeDefined();
  await short?.release();
  expect(await a.expiring.claim('live-check-runs/short', { now: now + 3000, expiresAt: now + 60_000 })).toBe(
    false,
  );
}, 30_000);
