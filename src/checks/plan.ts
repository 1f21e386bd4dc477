import type { CloudEndpoints } from '../azure';
import type { Diagnosis } from '../diagnosis/types';
import { CHECK_IDS, type CheckId, type Operation, type Text, type ToolId } from '../knowledge';
import { isIpv4 } from './ipv4';
import { parseRegistryTarget, type RegistryTarget } from './registry-name';
import { t } from './text';

/**
 * What live checks look at, taken from a diagnosis (what the paste showed) and validated: only values that
 * pass these checks reach an Azure request, and only as path segments, filters or JSON values.
 */
export interface CheckPlan {
  readonly target: RegistryTarget;
  /** In CHECK_IDS order. */
  readonly checks: readonly CheckId[];
  /** Client IPs named by registry firewall messages (IPv4). */
  readonly clientIps: readonly string[];
  /** Application (client) ids: service principals, app registrations, managed identities' client ids. */
  readonly appIds: readonly string[];
  /** Object (principal) ids of users, groups, service principals, managed identities. */
  readonly objectIds: readonly string[];
  readonly repository: string | null;
  readonly operation: Operation | null;
  readonly tool: ToolId | null;
  /** The paste shows HTTP 429 / TOOMANYREQUESTS. */
  readonly sawThrottling: boolean;
  /** The paste shows a user name and password (admin user, basic auth) being used. */
  readonly adminCredentials: boolean;
  /** The client asked for an anonymous token. */
  readonly anonymousAttempt: boolean;
  /** Subscriptions the paste names: searched first. */
  readonly subscriptionHints: readonly string[];
  /** Entra error codes in the paste, e.g. AADSTS7000222. */
  readonly aadsts: readonly string[];
}

export interface PlanOptions {
  /** A registry named outside the paste (the command-line argument, a card field); it wins over the paste's. */
  readonly registry?: string;
  /** Run exactly these checks (and the registry lookup they need), e.g. a "Show recent login failures" button. */
  readonly only?: readonly CheckId[];
  /** Run every check, whatever the paste shows (the command line's --all, the benchmark). */
  readonly all?: boolean;
}

export type PlanResult =
  { readonly ok: true; readonly plan: CheckPlan } | { readonly ok: false; readonly problem: Text };

const MAX_IDS = 3;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// OCI distribution spec repository name, path components joined by '/'.
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Checks that read only the registry resource (one shared lookup) or the caller's permissions: always worth it. */
const BASE_CHECKS: readonly CheckId[] = [
  'registry',
  'network',
  'admin-user',
  'anonymous-pull',
  'auth-as-arm',
  'role-assignment-mode',
  'your-permissions',
];

function uniqueValid(values: readonly string[], valid: (v: string) => boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = v.toLowerCase();
    if (valid(v) && !seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
    if (out.length >= MAX_IDS) break;
  }
  return out;
}

function registryInput(diagnosis: Diagnosis, options: PlanOptions): string | null {
  if (options.registry !== undefined && options.registry.trim() !== '') return options.registry;
  const server =
    diagnosis.signals.loginServers.find((s) => s.kind === 'login-server') ??
    diagnosis.signals.loginServers[0];
  return server?.host ?? diagnosis.signals.registry;
}

export function buildPlan(
  diagnosis: Diagnosis,
  endpoints: CloudEndpoints,
  options: PlanOptions = {},
): PlanResult {
  const input = registryInput(diagnosis, options);
  if (input === null) {
    return {
      ok: false,
      problem: t(
        'Which registry? The text names no Azure Container Registry; give its name, e.g. contoso or contoso.azurecr.io.',
        'Какой реестр проверить? В тексте нет реестра контейнеров Azure; укажите его имя, например contoso или contoso.azurecr.io.',
      ),
    };
  }
  const parsed = parseRegistryTarget(input, endpoints);
  if (!parsed.ok) return parsed;

  const s = diagnosis.signals;
  const facts = new Set<string>(s.facts);
  const appIds = uniqueValid(s.appIds, (v) => GUID.test(v));
  const objectIds = uniqueValid(s.principalIds, (v) => GUID.test(v)).filter((id) => !appIds.includes(id));
  const sawThrottling =
    facts.has('http:429') ||
    facts.has('token-status:429') ||
    facts.has('oci:TOOMANYREQUESTS') ||
    facts.has('code:CONNECTIVITY_TOOMANYREQUESTS_ERROR');
  const suggested = new Set<CheckId>(diagnosis.causes.slice(0, 5).flatMap((c) => c.checks));

  const wanted = new Set<CheckId>();
  if (options.all) {
    CHECK_IDS.forEach((c) => wanted.add(c));
  } else if (options.only !== undefined) {
    options.only.forEach((c) => wanted.add(c));
    wanted.add('registry');
  } else {
    BASE_CHECKS.forEach((c) => wanted.add(c));
    if (appIds.length > 0 || objectIds.length > 0) wanted.add('identity-roles');
    if (appIds.length > 0) wanted.add('secret-expiry');
    if (sawThrottling || suggested.has('throttling')) wanted.add('throttling');
    if (suggested.has('login-failures')) wanted.add('login-failures');
  }

  const repository =
    s.repository !== null && s.repository.length <= 256 && REPOSITORY.test(s.repository)
      ? s.repository
      : null;
  return {
    ok: true,
    plan: {
      target: parsed.target,
      checks: CHECK_IDS.filter((c) => wanted.has(c)),
      clientIps: uniqueValid(s.clientIps, isIpv4),
      appIds,
      objectIds,
      repository,
      operation: s.operation,
      tool: s.tool,
      sawThrottling,
      adminCredentials:
        facts.has('admin-fallback') ||
        diagnosis.secrets.some((m) => m.kind === 'basic-auth' || m.kind === 'password'),
      anonymousAttempt: facts.has('anonymous-attempt'),
      subscriptionHints: uniqueValid(s.subscriptions, (v) => GUID.test(v)),
      aadsts: [...new Set(s.aadsts.filter((a) => /^AADSTS\d{1,9}$/.test(a)))],
    },
  };
}
