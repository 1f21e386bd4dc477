import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { message, personalChat } from '../../fakes/teams/activities';
import { fakeTls } from '../../fakes/azure/tls';
import { LoopbackConnector } from '../../fakes/teams/connector';
import { startBotProcess, type BotProcess } from './bot-process';

/**
 * Application Insights, offline: the bot process is given a connection string whose ingestion endpoint is a
 * loopback HTTPS server (trusted through NODE_EXTRA_CA_CERTS), with statsbeat off (it would call the instance
 * metadata address). A paste must produce a request record and an "answered" custom event there.
 */

interface Envelope {
  readonly name?: string;
  readonly data?: { readonly baseType?: string; readonly baseData?: Record<string, unknown> };
}

let ingestion: Server;
const envelopes: Envelope[] = [];
let bot: BotProcess;
let connector: LoopbackConnector;

beforeAll(async () => {
  const tls = await fakeTls();
  const dir = mkdtempSync(join(tmpdir(), 'acr-doctor-telemetry-'));
  writeFileSync(join(dir, 'ca.pem'), tls.cert);
  ingestion = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      try {
        const parsed = JSON.parse(text) as Envelope | Envelope[];
        envelopes.push(...(Array.isArray(parsed) ? parsed : [parsed]));
      } catch {
        // newline-delimited envelopes
        for (const line of text.split('\n')) if (line.trim()) envelopes.push(JSON.parse(line) as Envelope);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
  const { port } = ingestion.address() as AddressInfo;
  connector = await LoopbackConnector.start();
  bot = await startBotProcess({
    APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=https://127.0.0.1:${port}/;LiveEndpoint=https://127.0.0.1:${port}/`,
    APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'),
  });
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await connector?.close();
  ingestion?.closeAllConnections();
  await new Promise<void>((resolve) => ingestion?.close(() => resolve()));
});

it('sends requests and diagnosis events to Application Insights', async () => {
  const conversation = personalChat();
  const secret = 'Zq8vN2rT5wLk9PxA3mY7';
  const text = [
    `$ docker login contoso.azurecr.io --username ci-bot --password ${secret}`,
    "denied: client with IP '203.0.113.9' is not allowed access",
  ].join('\n');
  expect((await bot.post(message({ serviceUrl: connector.serviceUrl, conversation, text }))).status).toBe(
    200,
  );
  const deadline = Date.now() + 25_000;
  const has = (type: string) => envelopes.some((e) => e.data?.baseType === type);
  const diagnosisEvent = () =>
    envelopes.find((e) => e.data?.baseType === 'EventData' && e.data.baseData?.['name'] === 'diagnosis');
  while (Date.now() < deadline && !(has('RequestData') && diagnosisEvent() && events().includes('answered')))
    await new Promise((r) => setTimeout(r, 250));
  expect(has('RequestData')).toBe(true);
  expect(events()).toContain('answered');
  // The diagnosis: families of the top causes, the top confidence, the engine's latency, the paste's size.
  const properties = (diagnosisEvent()?.data?.baseData?.['properties'] ?? {}) as Record<string, unknown>;
  expect(String(properties['families'])).toMatch(/^firewall-ip-not-allowed(,[a-z-]+)*$/);
  expect(Number(properties['topConfidence'])).toBeGreaterThan(0);
  expect(Number(properties['topConfidence'])).toBeLessThanOrEqual(1);
  expect(Number(properties['latencyMs'])).toBeGreaterThanOrEqual(0);
  expect(Number(properties['latencyMs'])).toBeLessThan(5000);
  expect(Number(properties['pasteBytes'])).toBe(Buffer.byteLength(text, 'utf8'));
  expect(properties['source']).toBe('message');
  // What was pasted never reaches telemetry: not the secret, not the IP, not a line of it.
  const sent = JSON.stringify(envelopes);
  for (const leak of [secret, '203.0.113.9', 'ci-bot', 'not allowed access'])
    expect(sent).not.toContain(leak);
}, 40_000);

function events(): unknown[] {
  return envelopes.filter((e) => e.data?.baseType === 'EventData').map((e) => e.data?.baseData?.['name']);
}
