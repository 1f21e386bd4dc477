import { CLOUD_NAMES, CLOUDS, type CloudEndpoints } from '../azure/clouds';
import type { AzureSettings, AzureSettingsResult, OnBehalfOfSettings } from '../azure/settings';

/**
 * Live-check settings read from an environment-like map (src/config.ts passes process.env, the command
 * line its own environment, tests literals); the only place these variables are parsed. Every variable is optional; the defaults give a bot that diagnoses pastes and runs
 * live checks only once Teams sign-in (on-behalf-of) is configured.
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | AZURE_CLOUD | AzurePublicCloud, AzureChinaCloud or AzureUSGovernment: which cloud's ARM, Entra, Log Analytics, Graph and registry suffix to use | AzurePublicCloud |
 * | AZURE_ARM_ENDPOINT | https URL replacing the cloud's Resource Manager endpoint (token audience stays the cloud's) | the cloud's |
 * | AZURE_AUTHORITY_HOST | https URL replacing the cloud's Entra ID authority host | the cloud's |
 * | AZURE_LOGS_ENDPOINT | https URL replacing the cloud's Log Analytics query endpoint; ends in /v1 | the cloud's |
 * | AZURE_GRAPH_ENDPOINT | https URL replacing the cloud's Microsoft Graph endpoint | the cloud's |
 * | LIVE_CHECKS_LOCAL_CREDENTIAL | true: the bot runs live checks as the developer signed in on this machine (Azure CLI, azd, environment…) instead of the Teams user; for local testing only | false |
 * | AAD_APP_CLIENT_ID | the Entra application Teams single sign-on issues tokens for and that exchanges them on the user's behalf, when it is not the bot's own application | BOT_ID |
 * | AAD_APP_CLIENT_SECRET | that application's client secret (only with AAD_APP_CLIENT_ID) | — |
 * | AAD_APP_CERTIFICATE_PATH | path to a PEM file with that application's certificate and private key (only with AAD_APP_CLIENT_ID; wins over the secret) | — |
 * | AAD_APP_TENANT_ID | the Entra tenant (GUID or domain) that application is registered in | BOT_TENANT_ID |
 * | BOT_ID | the bot's Entra application (client) id; the sign-on application unless AAD_APP_CLIENT_ID names another | — |
 * | BOT_PASSWORD | the bot application's client secret | — |
 * | BOT_CERTIFICATE_PATH | path to a PEM file with the bot application's certificate and private key (used instead of BOT_PASSWORD when set) | — |
 * | BOT_TENANT_ID | the Entra tenant (GUID or domain) the bot's application and its users live in | — |
 * | LIVE_CHECKS_DEADLINE_MS | overall deadline of one live-check run, in milliseconds (Teams gives a card action about 10 s) | 8000 |
 * | LIVE_CHECKS_BURST | live-check runs a user may start back to back | 3 |
 * | LIVE_CHECKS_REFILL_SECONDS | seconds until a user may start one more run after the burst is used | 20 |
 */
export type AzureEnv = Readonly<Record<string, string | undefined>>;

/** Rate limit of live-check runs per person when none is configured. */
export const DEFAULT_RATE_LIMIT = { burst: 3, refillIntervalMs: 20_000 } as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN =
  /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

function present(env: AzureEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** An https base URL without credentials, query or fragment; returned without a trailing slash. */
function httpsUrl(name: string, raw: string, errors: string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    errors.push(`${name} must be an https URL, e.g. https://management.azure.com (got "${raw}").`);
    return undefined;
  }
  if (url.protocol !== 'https:') {
    errors.push(`${name} must use https: tokens are only ever sent over TLS (got "${raw}").`);
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) {
    errors.push(`${name} must be a plain base URL without user info, query or fragment (got "${raw}").`);
    return undefined;
  }
  let base = url.toString();
  while (base.endsWith('/')) base = base.slice(0, -1);
  return base;
}

function boolean(name: string, env: AzureEnv, fallback: boolean, errors: string[]): boolean {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  errors.push(`${name} must be true or false (got "${raw}").`);
  return fallback;
}

function integer(
  name: string,
  env: AzureEnv,
  fallback: number,
  min: number,
  max: number,
  errors: string[],
): number {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    errors.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
    return fallback;
  }
  return value;
}

function cloudEndpoints(env: AzureEnv, errors: string[]): CloudEndpoints {
  const rawCloud = present(env, 'AZURE_CLOUD') ?? 'AzurePublicCloud';
  const cloud = CLOUD_NAMES.find((c) => c.toLowerCase() === rawCloud.toLowerCase());
  if (!cloud) {
    errors.push(`AZURE_CLOUD must be one of ${CLOUD_NAMES.join(', ')} (got "${rawCloud}").`);
  }
  const base = CLOUDS[cloud ?? 'AzurePublicCloud'];
  const override = (name: string): string | undefined => {
    const raw = present(env, name);
    return raw === undefined ? undefined : httpsUrl(name, raw, errors);
  };
  const arm = override('AZURE_ARM_ENDPOINT');
  const authority = override('AZURE_AUTHORITY_HOST');
  const logs = override('AZURE_LOGS_ENDPOINT');
  const graph = override('AZURE_GRAPH_ENDPOINT');
  if (logs !== undefined && !logs.endsWith('/v1')) {
    errors.push(
      `AZURE_LOGS_ENDPOINT must end with the API version path /v1, e.g. https://api.loganalytics.io/v1 (got "${logs}").`,
    );
  }
  // Overrides move a service to another host; the token audience stays the cloud's, as a proxy or a test
  // double of that cloud expects.
  return {
    ...base,
    arm: { ...base.arm, endpoint: arm ?? base.arm.endpoint },
    authorityHost: authority ?? base.authorityHost,
    logs: { ...base.logs, endpoint: logs ?? base.logs.endpoint },
    graph: { ...base.graph, endpoint: graph ?? base.graph.endpoint },
  };
}

/**
 * The application that exchanges the user's Teams sign-on token: a dedicated one (AAD_APP_*) or the bot's own
 * (BOT_*). A dedicated application never borrows the bot's secret: they are different applications.
 */
function oboVariables(env: AzureEnv): { id: string; secret: string; certificate: string; tenant: string } {
  const dedicated = present(env, 'AAD_APP_CLIENT_ID') !== undefined;
  return {
    id: dedicated ? 'AAD_APP_CLIENT_ID' : 'BOT_ID',
    secret: dedicated ? 'AAD_APP_CLIENT_SECRET' : 'BOT_PASSWORD',
    certificate: dedicated ? 'AAD_APP_CERTIFICATE_PATH' : 'BOT_CERTIFICATE_PATH',
    tenant:
      present(env, 'AAD_APP_TENANT_ID') !== undefined || dedicated ? 'AAD_APP_TENANT_ID' : 'BOT_TENANT_ID',
  };
}

function onBehalfOf(env: AzureEnv, errors: string[]): OnBehalfOfSettings {
  const names = oboVariables(env);
  // An unset AAD_APP_TENANT_ID falls back to the bot's tenant: both applications normally live in one tenant.
  const clientId = present(env, names.id);
  const password = present(env, names.secret);
  const certificatePath = present(env, names.certificate);
  const tenantId = present(env, names.tenant) ?? present(env, 'BOT_TENANT_ID');
  let valid = true;
  if (clientId !== undefined && !GUID.test(clientId)) {
    errors.push(`${names.id} must be the application (client) id, a GUID (got "${clientId}").`);
    valid = false;
  }
  if (tenantId !== undefined && !GUID.test(tenantId) && !TENANT_DOMAIN.test(tenantId)) {
    const variable = present(env, names.tenant) !== undefined ? names.tenant : 'BOT_TENANT_ID';
    errors.push(
      `${variable} must be a tenant GUID or a domain such as contoso.onmicrosoft.com (got "${tenantId}").`,
    );
    valid = false;
  }
  const missing = [
    ...(clientId === undefined ? [names.id] : []),
    ...(password === undefined && certificatePath === undefined
      ? [`${names.secret} or ${names.certificate}`]
      : []),
    ...(tenantId === undefined ? [names.tenant] : []),
  ];
  if (
    !valid ||
    clientId === undefined ||
    tenantId === undefined ||
    (password === undefined && certificatePath === undefined)
  ) {
    const anySet =
      clientId !== undefined ||
      password !== undefined ||
      certificatePath !== undefined ||
      tenantId !== undefined;
    return { state: 'not-configured', missing: anySet ? missing : [] };
  }
  return {
    state: 'configured',
    clientId,
    tenantId,
    secret:
      certificatePath !== undefined
        ? { kind: 'certificate', path: certificatePath }
        : { kind: 'client-secret', value: password ?? '' },
  };
}

/** Reads and validates the live-check settings; every problem is reported, one message per variable. */
export function azureSettingsFromEnv(env: AzureEnv): AzureSettingsResult {
  const errors: string[] = [];
  const endpoints = cloudEndpoints(env, errors);
  const settings: AzureSettings = {
    endpoints,
    localCredential: boolean('LIVE_CHECKS_LOCAL_CREDENTIAL', env, false, errors),
    onBehalfOf: onBehalfOf(env, errors),
    deadlineMs: integer('LIVE_CHECKS_DEADLINE_MS', env, 8000, 1000, 60000, errors),
    rateLimit: {
      burst: integer('LIVE_CHECKS_BURST', env, DEFAULT_RATE_LIMIT.burst, 1, 100, errors),
      refillIntervalMs:
        integer(
          'LIVE_CHECKS_REFILL_SECONDS',
          env,
          DEFAULT_RATE_LIMIT.refillIntervalMs / 1000,
          1,
          3600,
          errors,
        ) * 1000,
    },
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}
