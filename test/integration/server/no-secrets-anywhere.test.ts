import { MemoryStorage } from 'botbuilder';
import { Writable } from 'node:stream';
import { MemoryFeedbackSink } from '../../../src/bot/feedback';
import { startServer, type RunningServer } from '../../../src/server';
import { memoryStateStore, type StateStore } from '../../../src/state';
import { createPino, pinoLogger } from '../../../src/telemetry/logger';
import { cardAction, message, personalChat } from '../../fakes/teams/activities';
import { LOCAL_CONFIG } from '../../fakes/teams/bot-under-test';
import { button, cardButtons } from '../../fakes/teams/card-reading';
import { LoopbackConnector } from '../../fakes/teams/connector';

/**
 * Secrets pasted into the bot appear nowhere it writes: no log line (pino, through the production logger),
 * no stored card or feedback record, no error message — even when the connector refuses the reply.
 */

const part = (...pieces: string[]): string => pieces.join('');
const SECRETS = {
  password: part('Zq7', 'Fake', 'Passw0rd', 'Value'),
  acr: part('xH4k', '9vQ2mN8pL1rT6wB3', 'yC7dF0gJ5sA+ACRD', 'bZ1e'),
  entra: part('abc', '8Q~', 'Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE_dC'),
  storage: part('bXlr', 'ZXlteWtleW15a2V5', 'bXlrZXlteWtleW15', 'a2V5bXlrZXk9PQ=='),
};
const PASTES = [
  `docker login contoso.azurecr.io -u contoso -p ${SECRETS.password}\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required`,
  `az acr credential show -n contoso\n{ "passwords": [ { "name": "password", "value": "${SECRETS.acr}" } ], "username": "contoso" }\nunauthorized: authentication required`,
  `az login --service-principal -u 00000000-0000-0000-0000-000000000001 -p ${SECRETS.entra} --tenant t\nAADSTS7000215: Invalid client secret provided.`,
  `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${SECRETS.storage};EndpointSuffix=core.windows.net\n403 This request is not authorized to perform this operation.`,
];

let server: RunningServer;
let connector: LoopbackConnector;
const logLines: string[] = [];
const stored: Record<string, string> = {};
const feedback = new MemoryFeedbackSink();

beforeAll(async () => {
  connector = await LoopbackConnector.start();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  // Shared storage over a map this test can read: every card written is in `stored`.
  const state: StateStore = { ...memoryStateStore(), kind: 'blob', storage: new MemoryStorage(stored) };
  server = await startServer(LOCAL_CONFIG, {
    log: pinoLogger(createPino('debug', sink)),
    state,
    feedback,
    limits: { replyDeadlineMs: 1500 },
  });
}, 30_000);
afterAll(async () => {
  await server.close();
  await connector.close();
}, 30_000);

async function post(activity: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

it('a secret pasted into the bot is in no log line, stored record or error message', async () => {
  for (const paste of PASTES) {
    const conversation = personalChat();
    const reply = connector.waitFor((c) => c.conversationId === conversation.id);
    expect(
      (await post(message({ serviceUrl: connector.serviceUrl, conversation, text: paste }))).status,
    ).toBe(200);
    const captured = await reply;
    const card = (captured.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;
    if (!cardButtons(card).some((b) => b.title === 'Helpful')) continue;
    const helpful = button(card, 'Helpful');
    const pressed = await post(
      cardAction({
        serviceUrl: connector.serviceUrl,
        conversation,
        verb: helpful.verb,
        data: helpful.data,
        replyToId: captured.id,
      }),
    );
    expect(pressed.status).toBe(200);
    // The card tells the user that a secret was masked.
    expect(JSON.stringify(captured.activity).includes('contains a secret')).toBe(true);
  }
  // A reply the connector refuses: the error is logged, and the paste is not in that line either.
  const conversation = personalChat();
  await post(message({ serviceUrl: 'http://127.0.0.1:1/', conversation, text: PASTES[0] as string }));
  // …within the reply deadline, logged as a failed reply.
  expect(logLines.some((l) => l.includes('"reply-failed"'))).toBe(true);

  const everything = [
    ...logLines,
    ...Object.values(stored),
    JSON.stringify(feedback.list()),
    ...connector.received.map((c) => JSON.stringify(c.activity)),
  ].join('\n');
  expect(logLines.length).toBeGreaterThan(PASTES.length);
  expect(Object.keys(stored).some((k) => k.startsWith('cards/'))).toBe(true);
  expect(feedback.list().length).toBeGreaterThanOrEqual(2);
  for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
  // Every log line names the activity it belongs to.
  const turnLines = logLines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l['event'] === 'answered');
  expect(turnLines.length).toBeGreaterThan(0);
  for (const line of turnLines)
    expect(line).toEqual(
      expect.objectContaining({ activityId: expect.any(String), conversation: expect.any(String) }),
    );
}, 30_000);
