import { MemoryFeedbackSink, type FeedbackSink } from '../../../src/bot/feedback';
import type { Logger } from '../../../src/bot/log';
import { DEFAULT_FEEDBACK_RETENTION, type Config } from '../../../src/config';
import { startServer, type RunningServer, type ServerOptions } from '../../../src/server';
import { LoopbackConnector } from './connector';
import { teamsActivityProblems } from './teams-activity-check';

/**
 * The real server on an ephemeral loopback port, in local mode (no Bot Framework credentials), and a
 * loopback connector that receives its replies and checks every card like Teams would.
 */
export interface BotUnderTest {
  readonly server: RunningServer;
  readonly connector: LoopbackConnector;
  readonly feedback: MemoryFeedbackSink;
  readonly logs: Array<{ level: 'info' | 'error'; event: string; fields: Readonly<Record<string, unknown>> }>;
  post(activity: unknown): Promise<{ status: number; body: unknown }>;
  postRaw(body: string, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

export const LOCAL_CONFIG: Config = {
  port: 0,
  host: '127.0.0.1',
  auth: { mode: 'local' },
  feedback: { kind: 'memory' },
  feedbackRetention: DEFAULT_FEEDBACK_RETENTION,
  liveChecks: { kind: 'not-configured', missing: [] },
  state: { kind: 'memory' },
  telemetry: { kind: 'off' },
  logLevel: 'info',
};

export async function startBotUnderTest(
  options: {
    config?: Config;
    feedback?: FeedbackSink;
    checkCards?: boolean;
    /** Passed to the server: trust for a fake Azure's certificate, a clock. */
    server?: Pick<ServerOptions, 'azureTls' | 'clock' | 'botOpenIdMetadataUrl' | 'botCredentials' | 'limits'>;
  } = {},
): Promise<BotUnderTest> {
  const connector = await LoopbackConnector.start(
    options.checkCards === false ? {} : { check: teamsActivityProblems },
  );
  const feedback = new MemoryFeedbackSink();
  const logs: BotUnderTest['logs'] = [];
  const log: Logger = {
    info: (event, fields = {}) => logs.push({ level: 'info', event, fields }),
    error: (event, fields = {}) => logs.push({ level: 'error', event, fields }),
  };
  const server = await startServer(options.config ?? LOCAL_CONFIG, {
    ...options.server,
    log,
    feedback: options.feedback ?? feedback,
  });
  const postRaw = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: res.status, body: await res.text() };
  };
  return {
    server,
    connector,
    feedback,
    logs,
    postRaw,
    post: async (activity) => {
      const res = await postRaw(JSON.stringify(activity));
      return { status: res.status, body: res.body ? (JSON.parse(res.body) as unknown) : undefined };
    },
    stop: async () => {
      await server.close();
      await connector.close();
    },
  };
}
