import type { CloudEndpoints } from '../azure';
import { CHECK_IDS, type CheckId, type Operation, type Text, type ToolId } from '../knowledge';
import { isIpv4 } from './ipv4';
import { LIVE_CHECKS } from './live';
import { parseRegistryTarget, type RegistryTarget } from './registry-name';
import { t } from './text';

/**
 * What a paste showed that live checks can use: the few signals of a diagnosis the plan reads, nothing else.
 * The live-check service takes them from a diagnosis; a registry card or a command line without a paste
 * gives `NO_PASTE`. Values are still untrusted here: `buildPlan` validates them.
 */
export interface PasteEvidence {
  /** Registry host names the paste named, the login server (`kind: 'login-server'`) preferred. */
  readonly loginServers: readonly { readonly host: string; readonly kind: string }[];
  /** A registry name the paste named without a host (e.g. `az acr login -n contoso`). */
  readonly registry: string | null;
  /** The engine's fact keys, e.g. `http:429`, `admin-fallback`, `anonymous-attempt`. */
  readonly facts: readonly string[];
  readonly appIds: readonly string[];
  readonly principalIds: readonly string[];
  readonly clientIps: readonly string[];
  readonly subscriptions: readonly string[];
  readonly aadsts: readonly string[];
  readonly repository: string | null;
  readonly operation: Operation | null;
  readonly tool: ToolId | null;
  /** The paste carried a user name and password (basic auth, a password argument), masked by the engine. */
  readonly sawPassword: boolean;
  /** Live checks that the paste's leading causes name as the way to confirm them. */
  readonly suggestedChecks: readonly CheckId[];
}

export const NO_PASTE: PasteEvidence = {
  loginServers: [],
  registry: null,
  facts: [],
  appIds: [],
  principalIds: [],
  clientIps: [],
  subscriptions: [],
  aadsts: [],
  repository: null,
  operation: null,
  tool: null,
  sawPassword: false,
  suggestedChecks: [],
};

/**
 * What live checks look at, taken from what the paste showed and validated: only values that pass these
 * checks reach an Azure request, and only as path segments, filters or JSON values.
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
  /** Live checks the paste's leading causes name. */
  readonly suggested: readonly CheckId[];
  /**
   * The paste shows the client got an answer from the registry itself (an auth or not-found error, a step
   * that succeeded, or a private address on the way), not a network refusal naming a public client IP.
   */
  readonly reachedRegistry: boolean;
}

/** What a check's `wanted()` sees: the plan before the checks are chosen. */
export type PlanFacts = Omit<CheckPlan, 'checks'>;

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
/** Distribution errors only the registry itself answers (the request got through the network). */
const REGISTRY_ANSWERS = [
  'UNAUTHORIZED',
  'NAME_UNKNOWN',
  'MANIFEST_UNKNOWN',
  'BLOB_UNKNOWN',
  'NAME_INVALID',
  'TAG_INVALID',
];
const THROTTLING_FACTS = [
  'http:429',
  'token-status:429',
  'oci:TOOMANYREQUESTS',
  'code:CONNECTIVITY_TOOMANYREQUESTS_ERROR',
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

function registryInput(paste: PasteEvidence, options: PlanOptions): string | null {
  if (options.registry !== undefined && options.registry.trim() !== '') return options.registry;
  const server = paste.loginServers.find((s) => s.kind === 'login-server') ?? paste.loginServers[0];
  return server?.host ?? paste.registry;
}

/** Which checks run: every check says itself whether the plan wants it (`wanted`), unless told otherwise. */
function chooseChecks(facts: PlanFacts, options: PlanOptions): CheckId[] {
  const wanted = new Set<CheckId>();
  if (options.all) {
    CHECK_IDS.forEach((c) => wanted.add(c));
  } else if (options.only !== undefined) {
    options.only.forEach((c) => wanted.add(c));
    wanted.add('registry');
  } else {
    for (const check of LIVE_CHECKS) if (check.wanted(facts)) wanted.add(check.id);
  }
  return CHECK_IDS.filter((c) => wanted.has(c));
}

export function buildPlan(
  paste: PasteEvidence,
  endpoints: CloudEndpoints,
  options: PlanOptions = {},
): PlanResult {
  const input = registryInput(paste, options);
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

  const facts = new Set<string>(paste.facts);
  const appIds = uniqueValid(paste.appIds, (v) => GUID.test(v));
  const objectIds = uniqueValid(paste.principalIds, (v) => GUID.test(v)).filter((id) => !appIds.includes(id));
  const repository =
    paste.repository !== null && paste.repository.length <= 256 && REPOSITORY.test(paste.repository)
      ? paste.repository
      : null;
  const planFacts: PlanFacts = {
    target: parsed.target,
    clientIps: uniqueValid(paste.clientIps, isIpv4),
    appIds,
    objectIds,
    repository,
    operation: paste.operation,
    tool: paste.tool,
    sawThrottling: THROTTLING_FACTS.some((f) => facts.has(f)),
    adminCredentials: facts.has('admin-fallback') || paste.sawPassword,
    anonymousAttempt: facts.has('anonymous-attempt'),
    subscriptionHints: uniqueValid(paste.subscriptions, (v) => GUID.test(v)),
    aadsts: [...new Set(paste.aadsts.filter((a) => /^AADSTS\d{1,9}$/.test(a)))],
    suggested: CHECK_IDS.filter((c) => paste.suggestedChecks.includes(c)),
    reachedRegistry:
      !facts.has('client-ip:public') &&
      (facts.has('resolved:private') ||
        facts.has('client-ip:private') ||
        facts.has('host:acr-private-link') ||
        REGISTRY_ANSWERS.some((code) => facts.has(`oci:${code}`)) ||
        paste.facts.some((f) => f.startsWith('succeeded:'))),
  };
  return { ok: true, plan: { ...planFacts, checks: chooseChecks(planFacts, options) } };
}
