import type { AzureSettings } from './azure/settings';
import { azureSettingsFromEnv } from './config/azure-env';
import { isLoopbackHostname } from './http/loopback';

/**
 * Validated configuration. This is the only module that reads `process.env`: everything else receives a
 * `Config` (or `PackageSettings`), so tests build configurations from plain objects.
 */

export type Env = Readonly<Record<string, string | undefined>>;

/** One variable that is missing or malformed, phrased for the person starting the bot. */
export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

export type BotAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/**
 * - `local`: no Bot Framework credentials; the adapter accepts unauthenticated requests. Only for the
 *   Agents Playground and tests, which is why the server then listens on loopback by default.
 * - `bot-framework`: every request must carry a Bot Framework JWT for `appId`.
 */
export type BotAuth =
  | { readonly mode: 'local' }
  | {
      readonly mode: 'bot-framework';
      readonly appId: string;
      readonly appType: BotAppType;
      /** Absent only for a user-assigned managed identity, which has no secret. */
      readonly appPassword?: string;
      readonly tenantId?: string;
    };

export type FeedbackTarget = { readonly kind: 'memory' } | { readonly kind: 'file'; readonly path: string };

/**
 * What a feedback answer may keep of what a person wrote. `pastes: 'ask'` offers, on the label form, to share
 * the (masked) paste the card was about, unticked; `'never'` keeps no paste at all. Whatever a person shared,
 * their paste and their note, is deleted `keepDays` after they sent it; votes (causes, verdict, a hashed
 * voter) carry no free text and are kept for a year.
 */
export interface FeedbackRetention {
  readonly pastes: 'ask' | 'never';
  readonly keepDays: number;
}

export const DEFAULT_FEEDBACK_RETENTION: FeedbackRetention = { pastes: 'ask', keepDays: 90 };

/**
 * The Entra application Teams single sign-on issues the user's token for (the bot's own, or AAD_APP_CLIENT_ID):
 * its Application ID URI is what the manifest's webApplicationInfo names and what a sign-in request asks
 * Teams for (`tokenExchangeResource.uri`).
 */
export interface TeamsSsoApp {
  readonly appId: string;
  /** `api://<BOT_DOMAIN>/botid-<appId>`. */
  readonly resource: string;
  /** BOT_DOMAIN: where the bot is served, also the host of the consent page. */
  readonly domain: string;
  /** The tenant the application is registered in, when configured as a GUID: other tenants are refused. */
  readonly homeTenantId: string | null;
}

/**
 * Whose identity live checks use:
 * - `teams-sso`: the person who pressed the button, through Teams single sign-on and the on-behalf-of exchange;
 * - `local-developer`: the developer signed in on the bot's machine (LIVE_CHECKS_LOCAL_CREDENTIAL=true), for
 *   the Agents Playground, which has no single sign-on. Never together with BOT_ID: real Teams users must not
 *   run checks as the developer.
 */
export type LiveCheckIdentity =
  { readonly mode: 'teams-sso'; readonly app: TeamsSsoApp } | { readonly mode: 'local-developer' };

/**
 * Whether the bot can run live checks against Azure (settings from src/azure/settings.ts):
 * - `configured`: Teams sign-in (on-behalf-of) is set up, or the local developer credential is allowed;
 *   `answerWithinMs` is how long a card action waits for the report before it answers with a progress card;
 * - `not-configured`: neither; `missing` names what an administrator still has to set (empty when nothing
 *   of the sign-in setup is there at all).
 */
export type LiveChecksSetting =
  | {
      readonly kind: 'configured';
      readonly settings: AzureSettings;
      readonly identity: LiveCheckIdentity;
      readonly answerWithinMs: number;
    }
  | {
      readonly kind: 'not-configured';
      /** Variables an administrator must set, e.g. `BOT_TENANT_ID` or `BOT_PASSWORD or BOT_CERTIFICATE_PATH`. */
      readonly missing: readonly string[];
    };

/**
 * Where state that outlives a turn lives (cards, deliveries, feedback, channel settings — see src/state):
 * process memory for one instance, or an Azure Blob Storage container shared by every instance.
 */
export type StateSettings =
  | { readonly kind: 'memory' }
  | { readonly kind: 'blob'; readonly connectionString: string; readonly container: string };

/** Application Insights through OpenTelemetry, when a connection string is configured. */
export type TelemetrySettings =
  { readonly kind: 'off' } | { readonly kind: 'azure-monitor'; readonly connectionString: string };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly auth: BotAuth;
  readonly feedback: FeedbackTarget;
  readonly feedbackRetention: FeedbackRetention;
  readonly liveChecks: LiveChecksSetting;
  /** See "Listening in channels" below; absent means the default. */
  readonly listenMinConfidence?: number;
  /** See "Demo mode" below: the fake-Azure scenario live checks run against, for `npm run dev -- --demo`. */
  readonly demoScenario?: string;
  readonly state: StateSettings;
  readonly telemetry: TelemetrySettings;
  readonly logLevel: LogLevel;
}

export type ConfigResult =
  | { readonly kind: 'ok'; readonly config: Config }
  | { readonly kind: 'invalid'; readonly problems: readonly ConfigProblem[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN =
  /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const BOT_APP_TYPES: readonly BotAppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];
const DEFAULT_PORT = 3978;

/** An unset variable and one set to blanks mean the same: deployment tools often write empty values. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ConfigProblem };

function parsePort(env: Env): Parsed<number> {
  const raw = read(env, 'PORT');
  if (raw === undefined) return { ok: true, value: DEFAULT_PORT };
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isInteger(port) && port >= 0 && port <= 65535) return { ok: true, value: port };
  return {
    ok: false,
    problem: { variable: 'PORT', message: `must be a TCP port number (0-65535), got "${raw}"` },
  };
}

function parseAuth(env: Env): Parsed<BotAuth> {
  const appId = read(env, 'BOT_ID');
  const appPassword = read(env, 'BOT_PASSWORD');
  const tenantId = read(env, 'BOT_TENANT_ID');
  const rawType = read(env, 'BOT_TYPE');

  if (appId === undefined) {
    if (appPassword !== undefined) {
      return {
        ok: false,
        problem: {
          variable: 'BOT_ID',
          message: 'is required when BOT_PASSWORD is set (the Entra app id of the bot)',
        },
      };
    }
    return { ok: true, value: { mode: 'local' } };
  }
  if (!GUID.test(appId)) {
    return {
      ok: false,
      problem: {
        variable: 'BOT_ID',
        message: `must be the bot's Entra application (client) id, a GUID; got "${appId}"`,
      },
    };
  }
  if (tenantId !== undefined && !GUID.test(tenantId) && !TENANT_DOMAIN.test(tenantId)) {
    return {
      ok: false,
      problem: {
        variable: 'BOT_TENANT_ID',
        message: `must be a tenant id: a GUID or a domain such as contoso.onmicrosoft.com; got "${tenantId}"`,
      },
    };
  }
  // A tenant id without a type means the single-tenant registration Azure Bot Service creates today.
  const appType = rawType ?? (tenantId ? 'SingleTenant' : 'MultiTenant');
  if (!(BOT_APP_TYPES as readonly string[]).includes(appType)) {
    return {
      ok: false,
      problem: {
        variable: 'BOT_TYPE',
        message: `must be one of ${BOT_APP_TYPES.join(', ')}; got "${appType}"`,
      },
    };
  }
  const type = appType as BotAppType;
  if (type !== 'MultiTenant' && tenantId === undefined) {
    return {
      ok: false,
      problem: { variable: 'BOT_TENANT_ID', message: `is required when BOT_TYPE is ${type}` },
    };
  }
  if (type !== 'UserAssignedMSI' && appPassword === undefined) {
    return {
      ok: false,
      problem: {
        variable: 'BOT_PASSWORD',
        message: `is required when BOT_ID is set and BOT_TYPE is ${type} (the bot's client secret)`,
      },
    };
  }
  return {
    ok: true,
    value: {
      mode: 'bot-framework',
      appId,
      appType: type,
      ...(appPassword !== undefined && type !== 'UserAssignedMSI' ? { appPassword } : {}),
      ...(tenantId !== undefined ? { tenantId } : {}),
    },
  };
}

function parseFeedback(env: Env): Parsed<FeedbackTarget> {
  const path = read(env, 'FEEDBACK_FILE');
  if (path === undefined) return { ok: true, value: { kind: 'memory' } };
  if (path.includes('\0'))
    return { ok: false, problem: { variable: 'FEEDBACK_FILE', message: 'must be a file path' } };
  return { ok: true, value: { kind: 'file', path } };
}

const MAX_KEEP_DAYS = 365;

function parseFeedbackRetention(env: Env): Parsed<FeedbackRetention> {
  const pastes = read(env, 'FEEDBACK_PASTES')?.toLowerCase() ?? DEFAULT_FEEDBACK_RETENTION.pastes;
  if (pastes !== 'ask' && pastes !== 'never')
    return {
      ok: false,
      problem: { variable: 'FEEDBACK_PASTES', message: `must be "ask" or "never"; got "${pastes}"` },
    };
  const days = read(env, 'FEEDBACK_KEEP_DAYS');
  if (days === undefined)
    return { ok: true, value: { pastes, keepDays: DEFAULT_FEEDBACK_RETENTION.keepDays } };
  const keepDays = /^\d{1,3}$/.test(days) ? Number(days) : NaN;
  if (keepDays >= 1 && keepDays <= MAX_KEEP_DAYS) return { ok: true, value: { pastes, keepDays } };
  return {
    ok: false,
    problem: {
      variable: 'FEEDBACK_KEEP_DAYS',
      message: `must be a whole number of days from 1 to ${MAX_KEEP_DAYS}; got "${days}"`,
    },
  };
}

const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEFAULT_STATE_CONTAINER = 'acr-doctor-state';

/** A storage connection string names its account or endpoint as `Name=value` pairs separated by `;`. */
function looksLikeConnectionString(value: string): boolean {
  return /(^|;)\s*(AccountName|BlobEndpoint|UseDevelopmentStorage)\s*=/i.test(value);
}

function parseState(env: Env): Parsed<StateSettings> {
  const connectionString = read(env, 'STATE_STORAGE_CONNECTION_STRING');
  const container = read(env, 'STATE_STORAGE_CONTAINER') ?? DEFAULT_STATE_CONTAINER;
  if (!CONTAINER_NAME.test(container))
    return {
      ok: false,
      problem: {
        variable: 'STATE_STORAGE_CONTAINER',
        message: `must be a blob container name (3-63 lower-case letters, digits and single hyphens); got "${container}"`,
      },
    };
  if (connectionString === undefined) return { ok: true, value: { kind: 'memory' } };
  // The value is a secret: a problem names the variable, never repeats it.
  if (!looksLikeConnectionString(connectionString))
    return {
      ok: false,
      problem: {
        variable: 'STATE_STORAGE_CONNECTION_STRING',
        message:
          'must be an Azure Storage connection string (DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;…)',
      },
    };
  return { ok: true, value: { kind: 'blob', connectionString, container } };
}

function parseTelemetry(env: Env): Parsed<TelemetrySettings> {
  const connectionString = read(env, 'APPLICATIONINSIGHTS_CONNECTION_STRING');
  if (connectionString === undefined) return { ok: true, value: { kind: 'off' } };
  if (!/(^|;)\s*InstrumentationKey\s*=/i.test(connectionString))
    return {
      ok: false,
      problem: {
        variable: 'APPLICATIONINSIGHTS_CONNECTION_STRING',
        message:
          'must be an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…)',
      },
    };
  return { ok: true, value: { kind: 'azure-monitor', connectionString } };
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

function parseLogLevel(env: Env): Parsed<LogLevel> {
  const raw = read(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return { ok: true, value: raw as LogLevel };
  return {
    ok: false,
    problem: { variable: 'LOG_LEVEL', message: `must be one of ${LOG_LEVELS.join(', ')}; got "${raw}"` },
  };
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Teams waits some seconds for a card action's answer; a progress card goes out before that. */
const DEFAULT_ANSWER_WITHIN_MS = 4000;

function parseAnswerWithin(env: Env): Parsed<number> {
  const raw = read(env, 'LIVE_CHECKS_ANSWER_WITHIN_MS');
  if (raw === undefined) return { ok: true, value: DEFAULT_ANSWER_WITHIN_MS };
  const value = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (value >= 500 && value <= 12000) return { ok: true, value };
  return {
    ok: false,
    problem: {
      variable: 'LIVE_CHECKS_ANSWER_WITHIN_MS',
      message: `must be milliseconds from 500 to 12000 (Teams gives a card action a few seconds); got "${raw}"`,
    },
  };
}

type LiveChecksParsed =
  | { readonly ok: true; readonly value: LiveChecksSetting }
  | { readonly ok: false; readonly problems: ConfigProblem[] };

function liveChecksFromEnv(env: Env): LiveChecksParsed {
  const result = azureSettingsFromEnv(env);
  const problems: ConfigProblem[] = [];
  if (!result.ok) {
    // Its messages start with the variable's name ("AZURE_CLOUD must be …").
    for (const error of result.errors) {
      const match = /^([A-Z][A-Z0-9_]*) ([\s\S]*)$/.exec(error);
      problems.push(
        match
          ? { variable: match[1] ?? '', message: match[2] ?? '' }
          : { variable: 'live checks', message: error },
      );
    }
  }
  const answerWithin = parseAnswerWithin(env);
  if (!answerWithin.ok) problems.push(answerWithin.problem);
  const domain = read(env, 'BOT_DOMAIN');
  if (domain !== undefined && !HOSTNAME.test(domain))
    problems.push({
      variable: 'BOT_DOMAIN',
      message: `must be a host name without scheme or path, e.g. acr-doctor.azurewebsites.net; got "${domain}"`,
    });
  if (result.ok && result.settings.localCredential && read(env, 'BOT_ID') !== undefined)
    problems.push({
      variable: 'LIVE_CHECKS_LOCAL_CREDENTIAL',
      message:
        'is for local testing only and cannot be combined with BOT_ID: Teams users would run live checks as the developer signed in on this machine. Unset it (Teams sign-in is used instead) or unset BOT_ID',
    });
  if (!result.ok || !answerWithin.ok || problems.length > 0) return { ok: false, problems };

  const { settings } = result;
  const answerWithinMs = answerWithin.value;
  if (settings.localCredential)
    return {
      ok: true,
      value: { kind: 'configured', settings, identity: { mode: 'local-developer' }, answerWithinMs },
    };
  const obo = settings.onBehalfOf;
  if (obo.state !== 'configured')
    return { ok: true, value: { kind: 'not-configured', missing: obo.missing } };
  // Teams asks for the sign-on token by the application ID URI, which names the domain the bot is served from.
  if (domain === undefined) return { ok: true, value: { kind: 'not-configured', missing: ['BOT_DOMAIN'] } };
  // A token's tid is a GUID: a tenant named by its domain could not be compared with it, and skipping the
  // comparison would let any tenant in. It is refused here, with the command that finds the GUID.
  if (!GUID.test(obo.tenantId)) {
    const variable = read(env, 'AAD_APP_TENANT_ID') !== undefined ? 'AAD_APP_TENANT_ID' : 'BOT_TENANT_ID';
    return {
      ok: false,
      problems: [
        {
          variable,
          message: `must be the tenant's GUID for Teams sign-in (tokens name their tenant by GUID); got "${obo.tenantId}". Find it with: az account show --query tenantId -o tsv`,
        },
      ],
    };
  }
  const app: TeamsSsoApp = {
    appId: obo.clientId.toLowerCase(),
    resource: `api://${domain.toLowerCase()}/botid-${obo.clientId.toLowerCase()}`,
    domain: domain.toLowerCase(),
    homeTenantId: obo.tenantId.toLowerCase(),
  };
  return {
    ok: true,
    value: { kind: 'configured', settings, identity: { mode: 'teams-sso', app }, answerWithinMs },
  };
}

/** Reads and validates the bot's configuration from `env`; every problem is reported, not just the first. */
export function loadConfig(env: Env): ConfigResult {
  const port = parsePort(env);
  const auth = parseAuth(env);
  const feedback = parseFeedback(env);
  const retention = parseFeedbackRetention(env);
  const liveChecks = liveChecksFromEnv(env);
  const listen = parseListenMinConfidence(env);
  const demo = parseDemoScenario(env);
  const state = parseState(env);
  const telemetry = parseTelemetry(env);
  const logLevel = parseLogLevel(env);
  const problems = [port, auth, feedback, retention, listen, demo, state, telemetry, logLevel].flatMap((p) =>
    p.ok ? [] : [p.problem],
  );
  // The live-check settings read some of the same variables (BOT_*); report each variable once.
  if (!liveChecks.ok) {
    for (const problem of liveChecks.problems)
      if (!problems.some((p) => p.variable === problem.variable)) problems.push(problem);
  }
  if (
    !port.ok ||
    !auth.ok ||
    !feedback.ok ||
    !retention.ok ||
    !liveChecks.ok ||
    !listen.ok ||
    !demo.ok ||
    !state.ok ||
    !telemetry.ok ||
    !logLevel.ok
  )
    return { kind: 'invalid', problems };
  // Local mode accepts unauthenticated requests and the local credential acts as the developer: both stay on
  // loopback, and a HOST that would expose them is refused rather than obeyed.
  const host = read(env, 'HOST') ?? (auth.value.mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  const exposed = !isLoopbackHostname(host);
  if (exposed && auth.value.mode === 'local')
    problems.push({
      variable: 'HOST',
      message: `is "${host}", which is reachable from other machines; without BOT_ID the bot accepts unauthenticated requests, so it listens on loopback only (set BOT_ID, BOT_PASSWORD and BOT_TENANT_ID, or use HOST=127.0.0.1)`,
    });
  if (
    exposed &&
    liveChecks.value.kind === 'configured' &&
    liveChecks.value.identity.mode === 'local-developer'
  )
    problems.push({
      variable: 'LIVE_CHECKS_LOCAL_CREDENTIAL',
      message: `must not be true when HOST is "${host}": it would let anyone who reaches the bot check registries as the developer signed in on this machine`,
    });
  if (problems.length > 0) return { kind: 'invalid', problems };
  return {
    kind: 'ok',
    config: {
      port: port.value,
      host,
      auth: auth.value,
      feedback: feedback.value,
      feedbackRetention: retention.value,
      liveChecks: liveChecks.value,
      state: state.value,
      telemetry: telemetry.value,
      logLevel: logLevel.value,
      // Only when set, so a configuration without it reads as before; the bot applies the default.
      ...(listen.value !== undefined ? { listenMinConfidence: listen.value } : {}),
      ...(demo.value !== undefined ? { demoScenario: demo.value } : {}),
    },
  };
}

// ── Listening in channels ─────────────────────────────────────────────────────────────────────────────
/**
 * LISTEN_MIN_CONFIDENCE: how sure the engine must be that an unmentioned channel message is an ACR error
 * before the bot answers it (the paste must also point at ACR: src/bot/listen-decision.ts). `npm run
 * bench:listen` sweeps it (538 traffic messages, 243 ACR pastes): false replies stay at 2 (0.37 %) from 0.3
 * to 0.9; ACR pastes answered are 211 (86.8 %) from 0.3 to 0.5, then fall (210 at 0.55, 204 at 0.6, 191 at
 * 0.7). 0.4 sits inside that plateau, away from 0.5, the cap the engine puts on causes resting on shared
 * strings.
 */
export const DEFAULT_LISTEN_MIN_CONFIDENCE = 0.4;

/**
 * How long the bot remembers that it answered a thread unasked. Teams redelivers within minutes and edits
 * come within hours; a thread someone revives after three days may get a fresh answer. The state store's
 * lifecycle rule for `expiring/` (infra/main.bicep) deletes the records a day after this.
 */
export const LISTEN_THREAD_TTL_MS = 3 * 24 * 60 * 60 * 1000;

function parseListenMinConfidence(env: Env): Parsed<number | undefined> {
  const raw = read(env, 'LISTEN_MIN_CONFIDENCE');
  if (raw === undefined) return { ok: true, value: undefined };
  const value = /^(?:0(?:\.\d{1,3})?|1(?:\.0{1,3})?)$/.test(raw) ? Number(raw) : NaN;
  if (value > 0 && value <= 1) return { ok: true, value };
  return {
    ok: false,
    problem: {
      variable: 'LISTEN_MIN_CONFIDENCE',
      message: `must be a number above 0 and at most 1, e.g. 0.4; got "${raw}"`,
    },
  };
}

/** Values `npm run package` fills into appPackage/manifest.json (`${{NAME}}` placeholders). */
export interface PackageSettings {
  readonly teamsAppId: string;
  readonly botId: string;
  readonly botDomain: string;
  /** The Entra app Teams SSO issues tokens for; the bot's own app unless a separate one is used. */
  readonly ssoAppId: string;
  readonly ssoResource: string;
}

export type PackageSettingsResult =
  | { readonly kind: 'ok'; readonly settings: PackageSettings }
  | { readonly kind: 'invalid'; readonly problems: readonly ConfigProblem[] };

export function loadPackageSettings(env: Env): PackageSettingsResult {
  const problems: ConfigProblem[] = [];
  const guid = (variable: string, what: string, fallback?: string): string => {
    const value = read(env, variable) ?? fallback;
    if (value === undefined) problems.push({ variable, message: `is required (${what}, a GUID)` });
    else if (!GUID.test(value))
      problems.push({ variable, message: `must be ${what}, a GUID; got "${value}"` });
    return value ?? '';
  };
  const teamsAppId = guid('TEAMS_APP_ID', 'the Teams app id');
  const botId = guid('BOT_ID', "the bot's Entra application (client) id");
  // Teams SSO uses the bot's own app unless another is named; a missing BOT_ID is reported once, above.
  const ssoAppId =
    read(env, 'AAD_APP_CLIENT_ID') === undefined
      ? botId
      : guid('AAD_APP_CLIENT_ID', 'the Entra app id used for Teams SSO');
  const botDomain = read(env, 'BOT_DOMAIN') ?? '';
  if (!botDomain)
    problems.push({
      variable: 'BOT_DOMAIN',
      message: 'is required (the host name the bot is served from, e.g. acr-doctor.azurewebsites.net)',
    });
  else if (!HOSTNAME.test(botDomain))
    problems.push({
      variable: 'BOT_DOMAIN',
      message: `must be a host name without scheme or path; got "${botDomain}"`,
    });
  if (problems.length > 0) return { kind: 'invalid', problems };
  return {
    kind: 'ok',
    settings: { teamsAppId, botId, botDomain, ssoAppId, ssoResource: `api://${botDomain}/botid-${ssoAppId}` },
  };
}

/** Formats problems for a start-up failure message: one line per variable. */
export function describeProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `  - ${p.variable} ${p.message}`).join('\n');
}

export { azureSettingsFromEnv, DEFAULT_RATE_LIMIT, type AzureEnv } from './config/azure-env';

let processResult: ConfigResult | undefined;

/** The process's configuration, read and validated from its environment once, whoever asks first. */
export function processConfig(): ConfigResult {
  processResult ??= loadConfig(processEnv());
  return processResult;
}

/** The process's own environment; the one place that touches `process.env`. */
export function processEnv(): Env {
  return process.env;
}

// ── Demo mode ─────────────────────────────────────────────────────────────────────────────────────────
/**
 * LIVE_CHECKS_DEMO: set by `npm run dev -- --demo <scenario>` together with endpoints of the built-in fake
 * Azure; every live-check result then carries a "demo data" banner. Refused with BOT_ID: real users must
 * never see made-up Azure data as if it were theirs.
 */
function parseDemoScenario(env: Env): Parsed<string | undefined> {
  const raw = read(env, 'LIVE_CHECKS_DEMO');
  if (raw === undefined) return { ok: true, value: undefined };
  if (read(env, 'BOT_ID') !== undefined)
    return {
      ok: false,
      problem: {
        variable: 'LIVE_CHECKS_DEMO',
        message: 'is for npm run dev only and cannot be combined with BOT_ID',
      },
    };
  if (/^[a-z][a-z0-9-]{0,39}$/.test(raw)) return { ok: true, value: raw };
  return {
    ok: false,
    problem: {
      variable: 'LIVE_CHECKS_DEMO',
      message: `must be a scenario name such as firewall; got "${raw}"`,
    },
  };
}
