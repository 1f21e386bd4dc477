// First: Application Insights must be started before restify and the HTTP clients load.
import './telemetry/preload';
// The package index also loads the AI planners, models and tokenizers the bot does not use (~11 MB of heap).
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ServiceClientCredentialsFactory } from 'botframework-connector';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import restify from 'restify';
import { pagesFor } from './app-package/pages';
import type { TlsTrust } from './azure';
import { takeAfterReply } from './bot/after-reply';
import { CardStore } from './bot/card-store';
import { createBot } from './bot/app';
import { CONSENT_PAGE_PATH } from './bot/consent-links';
import { consentPage } from './bot/consent-page';
import { Deliveries } from './bot/deliveries';
import { feedbackSinkFor, forgetExpiredFeedback, type FeedbackSink } from './bot/feedback';
import { createLiveCheckRuntime } from './bot/live-check-runtime';
import { createSurfaces } from './bot/surfaces';
import { jsonLogger, type Logger } from './bot/log';
import type { Clock } from './checks';
import { describeProblems, processConfig, type Config } from './config';
import { checkActivityShape } from './http/activity-shape';
import { connectorTransport } from './http/connector-transport';
import { createBotAuthenticator } from './http/bot-authentication';
import { isLoopbackHostHeader, isLoopbackHostname, isLoopbackOrigin } from './http/loopback';
import { readJsonBody } from './http/read-body';
import { InFlight } from './http/in-flight';
import { shareUserTokenClients } from './http/user-token-clients';
import { createStateStore, type StateStore } from './state';
import { createPino, pinoLogger } from './telemetry/logger';
import { inTurn } from './telemetry/turn-context';

/**
 * The HTTP edge: restify on PORT with POST /api/messages (Bot Framework activities) and GET /healthz.
 * Everything an unauthenticated sender can reach is bounded here, before any bot code runs: the body (type,
 * encoding, size, time), the number of connections, the shape of the activity and its token.
 */

export interface RunningServer {
  /** e.g. http://127.0.0.1:3978 */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets turns in flight and pending card updates finish (bounded), then closes. */
  close(): Promise<void>;
}

/** Limits of the HTTP edge; tests shrink them to see them work. */
export interface EdgeLimits {
  /** A Teams message is at most ~100 KB; a body far larger is not from Teams. */
  readonly maxBodyBytes: number;
  /** Time for the whole body to arrive once the headers have. */
  readonly bodyTimeoutMs: number;
  /** Time for the request headers to arrive. */
  readonly headersTimeoutMs: number;
  /** How long an idle keep-alive connection is kept. */
  readonly keepAliveMs: number;
  readonly maxConnections: number;
  /** How long close() waits for turns in flight and card updates. */
  readonly drainMs: number;
  /**
   * How long a reply to the Bot Connector may take, retries included. Azure's HTTP pipeline under the
   * connector client retries 429 and 5xx (honouring Retry-After) and network failures; this bounds the whole.
   */
  readonly replyDeadlineMs: number;
  /**
   * How long one attempt of a connector call (a reply, a card update) may wait for an answer before it is
   * abandoned and retried (src/http/connector-transport.ts). The Bot Connector answers in well under a second.
   */
  readonly replyAttemptTimeoutMs: number;
}

export const DEFAULT_LIMITS: EdgeLimits = {
  maxBodyBytes: 1024 * 1024,
  bodyTimeoutMs: 10_000,
  headersTimeoutMs: 10_000,
  keepAliveMs: 5_000,
  maxConnections: 1024,
  drainMs: 15_000,
  replyDeadlineMs: 20_000,
  replyAttemptTimeoutMs: 5_000,
};

export interface ServerOptions {
  readonly log?: Logger;
  /** Replaces the sink the config names (tests read what was recorded). */
  readonly feedback?: FeedbackSink;
  /** Trust for the Azure endpoints' certificates: only tests set it, for their loopback fake of Azure. */
  readonly azureTls?: TlsTrust;
  /** Time for live checks (runner, answer budget, rate limits) and for listening's rate and claims; tests may substitute their own. */
  readonly clock?: Clock;
  /** Where the Bot Connector's signing keys are published; only tests point it at loopback. */
  readonly botOpenIdMetadataUrl?: string;
  /** Where the bot's tokens for its replies come from; only benchmarks replace Entra ID with a local source. */
  readonly botCredentials?: ServiceClientCredentialsFactory;
  readonly limits?: Partial<EdgeLimits>;
  /** The state store to use instead of the one the config names (tests share one between servers). */
  readonly state?: StateStore;
}

/** The adapter, entered with a request we have already authenticated (see http/bot-authentication.ts). */
class CheckedTeamsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    shareUserTokenClients(this.botFrameworkAuthentication);
  }

  processAuthenticated(
    result: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(result, activity, logic);
  }
}

type Refusal = { readonly status: number; readonly reason: string; readonly detail?: string };

export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? jsonLogger;
  const limits: EdgeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const local = config.auth.mode === 'local';
  // botbuilder keeps a custom transport (it replaces custom policies): the per-attempt timeout lives there.
  // Turns reply through the connector factory of the authentication result, proactive updates through the
  // adapter's own: both get it.
  const connector = { httpClient: connectorTransport({ attemptTimeoutMs: limits.replyAttemptTimeoutMs }) };
  const authenticator = createBotAuthenticator(config.auth, {
    connector,
    ...(options.botOpenIdMetadataUrl !== undefined
      ? { openIdMetadataUrl: options.botOpenIdMetadataUrl }
      : {}),
    ...(options.botCredentials !== undefined ? { credentials: options.botCredentials } : {}),
  });
  const adapter = new CheckedTeamsAdapter(authenticator.adapterOptions, undefined, undefined, connector);
  const state = options.state ?? createStateStore(config.state);
  const feedback = options.feedback ?? feedbackSinkFor(config.feedback, state);
  const stopForgetting = forgetExpiredFeedback(feedback, log);
  const app = createBot(
    adapter,
    {
      cards: new CardStore(
        state.kind === 'blob'
          ? // Instances sharing the store derive the ids of turn-claiming cards alike (see CardStore.forTurn).
            {
              shared: state,
              ...(config.state.kind === 'blob' ? { idKey: config.state.connectionString } : {}),
            }
          : {},
      ),
      deliveries: new Deliveries(state),
      feedback,
      feedbackRetention: config.feedbackRetention,
      runtime: createLiveCheckRuntime(config.liveChecks, {
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.azureTls ? { tls: options.azureTls } : {}),
        state,
      }),
      log,
      botAppId: config.auth.mode === 'bot-framework' ? config.auth.appId : '',
      replyDeadlineMs: limits.replyDeadlineMs,
    },
    createSurfaces({
      // Per-channel settings (listen / quiet) live in the same store as everything else.
      storage: state.storage,
      // Thread claims (atomic, expiring) and, with shared storage, the per-channel rate of unasked answers.
      records: state.expiring,
      shared: state.kind === 'blob',
      keepPastes: config.feedbackRetention.pastes === 'ask',
      ...(config.listenMinConfidence !== undefined
        ? { listenMinConfidence: config.listenMinConfidence }
        : {}),
      allowLoopbackFiles: config.auth.mode === 'local',
      ...(config.demoScenario ? { demoScenario: config.demoScenario } : {}),
      // The same time for the channel's rate of unasked answers and its thread claims.
      ...(options.clock ? { now: options.clock.now.bind(options.clock) } : {}),
    }),
  );
  const inFlight = new InFlight();

  const server = restify.createServer({ name: 'acr-doctor', handleUncaughtExceptions: false });
  const http = server.server;
  const pendingHead = new WeakMap<Socket, NodeJS.Timeout>();
  http.headersTimeout = limits.headersTimeoutMs;
  http.requestTimeout = limits.headersTimeoutMs + limits.bodyTimeoutMs;
  http.keepAliveTimeout = limits.keepAliveMs;
  http.maxConnections = limits.maxConnections;
  // Node checks header and request timeouts only every 30 s; a connection that has not sent a whole request
  // head within headersTimeoutMs is closed on time here (later requests on it fall to keepAliveMs).
  http.on('connection', (socket: Socket) => {
    const timer = setTimeout(() => socket.destroy(), limits.headersTimeoutMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    pendingHead.set(socket, timer);
  });
  http.on('request', (req: IncomingMessage) => {
    const timer = pendingHead.get(req.socket);
    if (timer) clearTimeout(timer);
    pendingHead.delete(req.socket);
  });

  const refuse = (res: restify.Response, refusal: Refusal, fields: Record<string, unknown> = {}): void => {
    log.info('request-refused', { status: refusal.status, reason: refusal.reason, ...fields });
    // The rest of a refused body is not read: the connection is closed instead of reused.
    res.header('connection', 'close');
    res.send(refusal.status, { error: refusal.reason });
  };

  server.post('/api/messages', async (req, res) => {
    if (local && (!isLoopbackHostHeader(req.headers.host) || !isLoopbackOrigin(req.headers.origin))) {
      refuse(res, { status: 403, reason: 'local mode answers loopback clients only' });
      return;
    }
    const body = await readJsonBody(req, { maxBytes: limits.maxBodyBytes, timeoutMs: limits.bodyTimeoutMs });
    if (body.kind === 'refused') {
      refuse(res, { status: body.status, reason: body.reason });
      return;
    }
    const shape = checkActivityShape(body.value);
    if (shape.kind === 'malformed') {
      refuse(res, { status: 400, reason: 'not a Bot Framework activity' }, { field: shape.field });
      return;
    }
    const { activity } = shape;
    // In local mode nothing vouches for serviceUrl: the bot must not be made to post to another address.
    if (local && !isLoopbackHostname(shape.serviceUrl.hostname)) {
      refuse(res, { status: 403, reason: 'local mode replies to a loopback serviceUrl only' });
      return;
    }
    const authorization = req.headers.authorization;
    const auth = await authenticator.authenticate(activity, authorization);
    if (auth.kind === 'refused') {
      log.info('unauthenticated', { reason: auth.reason, type: activity.type, channel: activity.channelId });
      res.send(401, { error: 'unauthorized' });
      return;
    }
    let after: (() => unknown) | undefined;
    const turn = inTurn({ activityId: activity.id, conversation: activity.conversation?.id }, () =>
      adapter.processAuthenticated(auth.result, activity, async (context) => {
        await app.run(context);
        after = takeAfterReply(context);
      }),
    );
    inFlight.track(turn);
    let invoke: InvokeResponse | undefined;
    try {
      invoke = await turn;
    } catch (error) {
      log.error('turn-crashed', {
        id: activity.id,
        error: error instanceof Error ? error.message : String(error),
      });
      res.send(500, { error: 'internal error' });
      return;
    }
    if (invoke?.body !== undefined) res.send(invoke.status ?? 200, invoke.body);
    else res.send(invoke?.status ?? 200);
    // The response has been written: follow-up work (replacing a progress card) may now reach Teams.
    if (after) {
      const work = after;
      inFlight.track(
        inTurn({ activityId: activity.id, conversation: activity.conversation?.id }, () =>
          Promise.resolve().then(work),
        ),
      );
    }
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

  for (const [path, text] of Object.entries(pagesFor(config.feedbackRetention))) {
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
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold close() open; busy ones finish their request first.
      http.closeIdleConnections();
      await inFlight.drain(limits.drainMs);
      http.closeAllConnections();
      await closed;
      stopForgetting();
    },
  };
}

async function main(): Promise<void> {
  const result = processConfig();
  if (result.kind === 'invalid') {
    process.stderr.write(
      `acr-doctor: the configuration is not valid:\n${describeProblems(result.problems)}\n`,
    );
    process.exit(1);
  }
  const { config } = result;
  const log = pinoLogger(createPino(config.logLevel));
  const running = await startServer(config, { log });
  log.info('listening', {
    url: `${running.url}/api/messages`,
    mode: config.auth.mode,
    liveChecks:
      config.liveChecks.kind === 'configured' ? config.liveChecks.identity.mode : config.liveChecks.kind,
  });
  if (config.auth.mode === 'local') {
    log.info('local-mode', {
      note:
        `acr-doctor is running in local mode (no BOT_ID): it accepts unauthenticated requests on ${running.url}/api/messages ` +
        'from loopback clients such as the Microsoft 365 Agents Playground (npm run dev).',
    });
  }
  if (config.liveChecks.kind === 'configured' && config.liveChecks.identity.mode === 'local-developer') {
    log.info('local-developer-credential', {
      note:
        'Live checks run with the Azure sign-in of the developer on this machine (LIVE_CHECKS_LOCAL_CREDENTIAL=true): ' +
        'everyone who can reach this bot checks registries as you. For local testing only.',
    });
  }
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    void running.close().then(() => {
      log.info('stopped', { signal });
      process.exit(0);
    });
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
