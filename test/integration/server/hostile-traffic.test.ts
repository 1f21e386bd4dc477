import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { message, personalChat } from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { openSocket, rawRequest } from './raw-http';

/**
 * What an unauthenticated sender can do to the server, tried over HTTP on loopback: every refusal comes at
 * once with the right status, before the body is read or inflated, and leaves nothing behind.
 */

let bot: BotUnderTest;
const LIMITS = { maxBodyBytes: 64 * 1024, bodyTimeoutMs: 400, headersTimeoutMs: 2000, maxConnections: 20 };

beforeAll(async () => {
  bot = await startBotUnderTest({ server: { limits: LIMITS } });
});
afterAll(async () => bot.stop());
afterEach(() => expect(bot.connector.received).toEqual([]));

const port = (): number => bot.server.port;
const head = (lines: readonly string[]): string[] => [
  'POST /api/messages HTTP/1.1',
  `Host: 127.0.0.1:${port()}`,
  ...lines,
];

function activity(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...message({ serviceUrl: bot.connector.serviceUrl, conversation: personalChat(), text: 'help' }),
    ...extra,
  };
}

describe('bodies', () => {
  it('refuses a compressed body with 415 without inflating it', async () => {
    // 20 MiB of zeros compress to about 20 KiB: a parser that inflated first would hold the 20 MiB.
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    const answer = await rawRequest(
      port(),
      head(['Content-Type: application/json', 'Content-Encoding: gzip', `Content-Length: ${bomb.length}`]),
      [bomb],
    );
    expect(answer.status).toBe(415);
    const deflate = await bot.postRaw('{}', { 'content-encoding': 'deflate' });
    expect(deflate.status).toBe(415);
  });

  it.each([
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nAAAA\r\n--x--\r\n',
    ],
    ['application/x-www-form-urlencoded', 'type=message&text=help'],
    ['text/plain', '{"type":"message"}'],
    ['application/octet-stream', 'AAAA'],
  ])('refuses %s with 415 and writes nothing to disk', async (type, body) => {
    const before = new Set(readdirSync(tmpdir()));
    const res = await fetch(`${bot.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
    expect(res.status).toBe(415);
    expect(readdirSync(tmpdir()).filter((f) => !before.has(f) && /^upload_|^[0-9a-f]{32}$/.test(f))).toEqual(
      [],
    );
  });

  it('refuses a declared length over the cap with 413 before reading the body', async () => {
    const answer = await rawRequest(
      port(),
      head(['Content-Type: application/json', `Content-Length: ${600 * 1024 * 1024}`]),
      [],
    );
    expect(answer.status).toBe(413);
  });

  it('refuses a chunked body that grows over the cap with 413', async () => {
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const chunks = Array.from({ length: 8 }, () =>
      Buffer.concat([Buffer.from(`4000\r\n`), chunk, Buffer.from('\r\n')]),
    );
    const answer = await rawRequest(
      port(),
      head(['Content-Type: application/json', 'Transfer-Encoding: chunked']),
      chunks,
    );
    expect(answer.status).toBe(413);
  });

  it('answers a body that arrives too slowly with 408 and closes the connection', async () => {
    const text = JSON.stringify(activity());
    const answer = await rawRequest(
      port(),
      head(['Content-Type: application/json', `Content-Length: ${text.length}`]),
      Array.from(text.slice(0, 40)),
      { gapMs: 50 },
    );
    expect(answer.status).toBe(408);
    expect(answer.afterMs).toBeLessThan(LIMITS.bodyTimeoutMs * 5);
    expect(answer.text.toLowerCase()).toContain('connection: close');
  });
});

describe('malformed activities get 400, never 500', () => {
  it.each([
    ['a numeric locale', { locale: 5 }],
    ['an object as text', { text: { a: 1 } }],
    ['a string as from', { from: 'x' }],
    ['a numeric conversation id', { conversation: { id: 7 } }],
    ['no conversation', { conversation: undefined }],
    ['members that are numbers', { membersAdded: [1, 2] }],
    ['entities that are not a list', { entities: 'x' }],
    ['channelData as a list', { channelData: [] }],
    ['no serviceUrl', { serviceUrl: undefined }],
    ['a serviceUrl that is not a URL', { serviceUrl: 'javascript:alert(1)' }],
    ['an empty type', { type: '' }],
  ])('%s', async (_name, extra) => {
    const response = await bot.postRaw(JSON.stringify(activity(extra)));
    expect(response.status).toBe(400);
  });
});

describe('local mode answers loopback programs only', () => {
  it('refuses a Host that is not loopback (DNS rebinding)', async () => {
    const text = JSON.stringify(activity());
    const answer = await rawRequest(
      port(),
      [
        'POST /api/messages HTTP/1.1',
        'Host: attacker.example',
        'Content-Type: application/json',
        `Content-Length: ${text.length}`,
      ],
      [text],
    );
    expect(answer.status).toBe(403);
  });

  it('refuses a request from a web page on another origin', async () => {
    const response = await bot.postRaw(JSON.stringify(activity()), { origin: 'https://attacker.example' });
    expect(response.status).toBe(403);
    const opaque = await bot.postRaw(JSON.stringify(activity()), { origin: 'null' });
    expect(opaque.status).toBe(403);
  });

  it('accepts the Agents Playground on a loopback origin', async () => {
    const response = await bot.postRaw(JSON.stringify(activity()), { origin: 'http://localhost:56150' });
    expect(response.status).toBe(200);
    bot.connector.received.length = 0;
  });

  it('refuses a serviceUrl that is not loopback, so the bot cannot be pointed elsewhere', async () => {
    const response = await bot.postRaw(JSON.stringify(activity({ serviceUrl: 'https://169.254.169.254/' })));
    expect(response.status).toBe(403);
  });
});

describe('connections', () => {
  it('closes a connection that never finishes its headers', async () => {
    const socket = await openSocket(port());
    socket.write('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const closed = await new Promise<boolean>((resolve) => {
      socket.on('close', () => resolve(true));
      socket.on('error', () => undefined);
      setTimeout(() => resolve(false), LIMITS.headersTimeoutMs * 3);
    });
    expect(closed).toBe(true);
  });

  it('caps concurrent connections', async () => {
    const sockets = await Promise.all(
      Array.from({ length: LIMITS.maxConnections + 5 }, () => openSocket(port())),
    );
    await new Promise((r) => setTimeout(r, 200));
    const open = sockets.filter((s) => !s.destroyed && s.readyState === 'open');
    const dropped = await Promise.all(
      sockets.map(
        (s) =>
          new Promise<boolean>((resolve) => {
            if (s.destroyed) return resolve(true);
            s.once('close', () => resolve(true));
            s.on('error', () => undefined);
            setTimeout(() => resolve(false), 300);
          }),
      ),
    );
    expect(dropped.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    for (const s of sockets) s.destroy();
    expect(open.length).toBeGreaterThan(0);
    // Let the server see the closes before the next test connects.
    await new Promise((r) => setTimeout(r, 200));
  });
});

describe('log lines', () => {
  it('logs each refusal as one line with its reason, never the body', async () => {
    const before = bot.logs.length;
    const body = '{"type":"message","text":"password=hunter2"}';
    const answer = await rawRequest(
      port(),
      head(['Content-Type: text/plain', `Content-Length: ${body.length}`]),
      [body],
    );
    expect(answer.status).toBe(415);
    const lines = bot.logs.slice(before);
    expect(lines.map((l) => l.event)).toEqual(['request-refused']);
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });
});
