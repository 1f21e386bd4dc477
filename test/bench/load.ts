import { ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';
import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import { Agent, request, type ClientRequest } from 'node:http';
import type { Config } from '../../src/config';
import { startServer } from '../../src/server';
import { silentLogger } from '../../src/bot/log';
import { message, personalChat, type Conversation } from '../fakes/teams/activities';
import { LoopbackConnector, type CapturedActivity } from '../fakes/teams/connector';
import { corpusPastes } from '../fakes/teams/pastes';
import { startAzurite } from '../integration/server/azurite';
import { BotFrameworkIssuer } from '../integration/server/bot-framework-issuer';

/**
 * `npm run bench:load`: the production server with authentication on (tokens signed here, OpenID metadata and
 * keys on loopback) and its state in Azure Blob Storage (Azurite, in memory), 10,000 Teams messages carrying
 * real pastes at concurrency 64, replies captured by a loopback connector. Every activity must get exactly
 * one reply. Measures POST-to-reply latency, throughput and the resident memory of this process (server and
 * load generator; Azurite runs in its own process).
 * Ends with {"bench":"load","errors":…,"p99_ms":…,"per_s":…,"rss_mb_before":…,"rss_mb_after":…,
 * "store_requests_per_activity":…} (the bot's requests to Blob Storage while measured, per activity).
 */

const TOTAL = Number(process.env.LOAD_TOTAL ?? 10_000);
const CONCURRENCY = 64;
const APP_ID = '11111111-2222-3333-4444-555555555555';

/** The bot's own token for its replies, which Entra ID would issue; the loopback connector does not check it. */
class LocalReplyCredentials extends ServiceClientCredentialsFactory {
  isValidAppId(appId: string): Promise<boolean> {
    return Promise.resolve(appId === APP_ID);
  }
  isAuthenticationDisabled(): Promise<boolean> {
    return Promise.resolve(false);
  }
  createCredentials(): Promise<ServiceClientCredentials> {
    return Promise.resolve({
      signRequest: (request: { headers: { set(name: string, value: string): void } }) => {
        request.headers.set('authorization', 'Bearer local-benchmark-token');
        return Promise.resolve(request);
      },
    } as unknown as ServiceClientCredentials);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const rssMb = (): number => Math.round((process.memoryUsage().rss / (1024 * 1024)) * 10) / 10;

async function main(): Promise<void> {
  const [azurite, issuer, connector] = await Promise.all([
    startAzurite(),
    BotFrameworkIssuer.start(),
    LoopbackConnector.start({ keep: false }),
  ]);
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    auth: { mode: 'bot-framework', appId: APP_ID, appType: 'MultiTenant', appPassword: 'not-used-here' },
    feedback: { kind: 'memory' },
    liveChecks: { kind: 'not-configured', missing: [] },
    state: { kind: 'blob', connectionString: azurite.connectionString, container: 'bench-load' },
    telemetry: { kind: 'off' },
    logLevel: 'info',
  };
  const server = await startServer(config, {
    log: silentLogger,
    botOpenIdMetadataUrl: issuer.metadataUrl,
    botCredentials: new LocalReplyCredentials(),
  });
  const token = issuer.token({ appId: APP_ID, serviceUrl: connector.serviceUrl });
  const pastes = corpusPastes();
  const conversations: Conversation[] = Array.from({ length: 200 }, () => personalChat());

  // Replies are matched to their activity by conversation and replyToId.
  const waiting = new Map<string, (captured: CapturedActivity) => void>();
  const replies = new Map<string, number>();
  connector.onCapture((captured) => {
    const key = `${captured.conversationId}/${captured.targetId ?? ''}`;
    replies.set(key, (replies.get(key) ?? 0) + 1);
    waiting.get(key)?.(captured);
  });

  // Plain node:http on kept-alive connections, as a Bot Connector would send: fetch (undici) costs this process,
  // which also runs the bot, several times the CPU per request, and that would be counted as the bot's latency.
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const endpoint = new URL(`${server.url}/api/messages`);
  const post = (body: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request(
        endpoint,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
          res.once('error', reject);
        },
      );
      req.once('error', reject);
      req.end(body);
    });

  const latencies: number[] = [];
  let errors = 0;
  const send = async (i: number): Promise<void> => {
    const conversation = conversations[i % conversations.length] as Conversation;
    const paste = pastes[i % pastes.length];
    const id = randomUUID();
    const activity = message({
      serviceUrl: connector.serviceUrl,
      conversation,
      text: paste?.text ?? 'help',
      id,
    });
    const key = `${conversation.id}/${id}`;
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const replied = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('no reply within 30 s')), 30_000);
      waiting.set(key, () => resolve());
    });
    // Observed at once: a failed POST leaves this promise behind.
    replied.catch(() => undefined);
    try {
      const status = await post(JSON.stringify(activity));
      if (status !== 200) throw new Error(`HTTP ${status}`);
      await replied;
      latencies.push(performance.now() - started);
    } catch (error) {
      errors++;
      if (errors <= 5)
        process.stderr.write(`activity ${i}: ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      clearTimeout(timer);
      waiting.delete(key);
    }
  };

  // Requests the bot makes to the store (Azurite) while measured: the state's cost per activity.
  const storeHost = new URL(/BlobEndpoint=([^;]+)/.exec(azurite.connectionString)?.[1] ?? 'http://x').host;
  let storeRequests = 0;
  let counting = false;
  subscribe('http.client.request.start', (message) => {
    const { request: sent } = message as { request: ClientRequest };
    if (counting && sent.getHeader('host') === storeHost) storeRequests++;
  });

  // Warm up the code paths and the key cache, then measure.
  for (let i = 0; i < 64; i++) await send(i);
  latencies.length = 0;
  const rssBefore = rssMb();
  const started = performance.now();
  counting = true;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < TOTAL) await send(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  counting = false;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rssAfter = rssMb();
  // What is still reachable, once garbage is collected (run with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterGc = Math.round((process.memoryUsage().heapUsed / (1024 * 1024)) * 10) / 10;
  const duplicates = [...replies.values()].filter((n) => n > 1).length;
  errors += duplicates;

  latencies.sort((a, b) => a - b);
  const figures = {
    bench: 'load',
    activities: TOTAL,
    concurrency: CONCURRENCY,
    errors,
    duplicate_replies: duplicates,
    p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
    per_s: Math.round(TOTAL / seconds),
    rss_mb_before: rssBefore,
    rss_mb_after: rssAfter,
    heap_mb_after_gc: heapAfterGc,
    store_requests_per_activity: Math.round((storeRequests / TOTAL) * 100) / 100,
  };
  process.stdout.write(
    '\n| activities | concurrency | errors | p50 ms | p99 ms | per s | RSS before MB | RSS after MB |\n',
  );
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
  process.stdout.write(
    `| ${TOTAL} | ${CONCURRENCY} | ${errors} | ${figures.p50_ms} | ${figures.p99_ms} | ${figures.per_s} | ${rssBefore} | ${rssAfter} |\n\n`,
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  agent.destroy();
  await server.close();
  await Promise.all([connector.close(), issuer.close(), azurite.stop()]);
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
