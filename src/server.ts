// The package index also loads the AI planners, models and tokenizers the bot does not use (~11 MB of heap).
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { PAGES } from './app-package/pages';
import type { TlsTrust } from './azure';
import { takeAfterReply } from './bot/after-reply';
import { CardStore } from './bot/card-store';
import { createBot } from './bot/app';
import { CONSENT_PAGE_PATH } from './bot/consent-links';
import { consentPage } from './bot/consent-page';
import { Deliveries } from './bot/deliveries';
import { feedbackSinkFor, type FeedbackSink } from './bot/feedback';
import { createLiveCheckRuntime } from './bot/live-check-runtime';
import { createSurfaces } from './bot/surfaces';
import type { Storage } from 'botbuilder';
import { jsonLogger, type Logger } from './bot/log';
import type { Clock } from './checks';
import { describeProblems, loadConfig, processEnv, type BotAuth, type Config } from './config';

/**
 * The HTTP edge: restify on PORT with POST /api/messages (Bot Framework activities) and GET /healthz.
 * It wires config into the adapter and the bot and does nothing else.
 */

export interface RunningServer {
  /** e.g. http://127.0.0.1:3978 */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface ServerOptions {
  readonly log?: Logger;
  /** Replaces the sink the config names (tests read what was recorded). */
  readonly feedback?: FeedbackSink;
  /** Trust for the Azure endpoints' certificates: only tests set it, for their loopback fake of Azure. */
  readonly azureTls?: TlsTrust;
  /** Time for live checks (runner, answer budget, rate limits); tests may substitute their own. */
  readonly clock?: Clock;
  /** Where per-channel settings live (listen / quiet); botbuilder's MemoryStorage when absent. */
  readonly storage?: Storage;
}

/** A Teams message is at most ~100 KB; anything far larger is not from Teams. */
const MAX_BODY_BYTES = 1024 * 1024;

function adapterFor(auth: BotAuth): TeamsAdapter {
  if (auth.mode === 'local') return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: auth.appId,
    MicrosoftAppType: auth.appType,
    ...(auth.appPassword !== undefined ? { MicrosoftAppPassword: auth.appPassword } : {}),
    ...(auth.tenantId !== undefined ? { MicrosoftAppTenantId: auth.tenantId } : {}),
  });
}

export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? jsonLogger;
  const adapter = adapterFor(config.auth);
  const app = createBot(
    adapter,
    {
      cards: new CardStore(),
      deliveries: new Deliveries(),
      feedback: options.feedback ?? feedbackSinkFor(config.feedback),
      runtime: createLiveCheckRuntime(config.liveChecks, {
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.azureTls ? { tls: options.azureTls } : {}),
      }),
      log,
      botAppId: config.auth.mode === 'bot-framework' ? config.auth.appId : '',
    },
    createSurfaces({
      ...(options.storage ? { storage: options.storage } : {}),
      ...(config.listenMinConfidence !== undefined
        ? { listenMinConfidence: config.listenMinConfidence }
        : {}),
      allowLoopbackFiles: config.auth.mode === 'local',
      ...(config.demoScenario ? { demoScenario: config.demoScenario } : {}),
    }),
  );

  const server = restify.createServer({ name: 'acr-doctor' });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const body: unknown = req.body;
    // botbuilder throws outside its own error handling for a body without an activity type (HTTP 500).
    if (
      typeof body !== 'object' ||
      body === null ||
      Array.isArray(body) ||
      typeof (body as { type?: unknown }).type !== 'string'
    ) {
      res.send(400, { error: 'The body is not a Bot Framework activity.' });
      return;
    }
    let after: (() => void) | undefined;
    await adapter.process(req, res, async (context) => {
      await app.run(context);
      after = takeAfterReply(context);
    });
    // The response has been written: follow-up work (replacing a progress card) may now reach Teams.
    after?.();
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', mode: config.auth.mode });
  });

  server.get(CONSENT_PAGE_PATH, async (req, res) => {
    const page = consentPage(new URL(req.url ?? '/', 'http://bot').searchParams);
    res.sendRaw(page.status, `${page.text}\n`, {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
  });

  for (const [path, text] of Object.entries(PAGES)) {
    server.get(path, async (_req, res) => {
      res.sendRaw(200, `${text}\n`, { 'content-type': 'text/plain; charset=utf-8' });
    });
  }

  await new Promise<void>((resolve, reject) => {
    // restify re-emits the HTTP server's errors on itself; without a listener a busy port crashes the process.
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open for minutes.
        server.server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const result = loadConfig(processEnv());
  if (result.kind === 'invalid') {
    process.stderr.write(
      `acr-doctor: the configuration is not valid:\n${describeProblems(result.problems)}\n`,
    );
    process.exit(1);
  }
  const { config } = result;
  const running = await startServer(config);
  jsonLogger.info('listening', {
    url: `${running.url}/api/messages`,
    mode: config.auth.mode,
    liveChecks:
      config.liveChecks.kind === 'configured' ? config.liveChecks.identity.mode : config.liveChecks.kind,
  });
  if (config.auth.mode === 'local') {
    process.stdout.write(
      `acr-doctor is running in local mode (no BOT_ID): it accepts unauthenticated requests on ${running.url}/api/messages ` +
        'from a local client such as the Microsoft 365 Agents Playground (npm run dev).\n',
    );
  }
  if (config.liveChecks.kind === 'configured' && config.liveChecks.identity.mode === 'local-developer') {
    process.stdout.write(
      'Live checks run with the Azure sign-in of the developer on this machine (LIVE_CHECKS_LOCAL_CREDENTIAL=true): ' +
        'everyone who can reach this bot checks registries as you. For local testing only.\n',
    );
  }
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    jsonLogger.info('stopping', { signal });
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const busy = (error as { code?: unknown }).code === 'EADDRINUSE';
    const message = busy
      ? 'the port is already in use; stop the other process or set PORT to a free port'
      : error instanceof Error
        ? error.message
        : String(error);
    process.stderr.write(`acr-doctor: failed to start: ${message}\n`);
    process.exit(1);
  });
}
