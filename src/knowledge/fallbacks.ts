import type { CauseId } from './cause-ids';
import type { Fact } from './vocabulary';

/**
 * What a generic failure signal can mean when the paste is about an Azure Container Registry but no rule of the
 * knowledge base explains it: a hosting service's own wrapper around a registry refusal, a truncated log, a tool
 * whose wording is new. Each signal lists the causes it can stand for, one per family (the family's most common
 * cause) with its stated prior: how many of the real ACR pastes showing that signal were labelled with its family
 * (dev, field, field2, field3 and field4: 194 ACR pastes, `npm run bench:accuracy -- --fallback`), out of `seen`.
 * The engine ranks the candidates by those priors, flags the answer ambiguous and gives each the share of the
 * pastes its family had (never above FALLBACK.cap): the person sees the families to check instead of "no cause".
 *
 * The words are the stable cores that Go's net and crypto/tls packages, Node's and .NET's socket errors, curl,
 * HTTP status lines and registries print; they are generic on purpose: they count only when nothing specific did.
 * Signals are tried in this order: the first one the paste shows decides.
 */
export const FALLBACK_SIGNAL_IDS = [
  'name-resolution',
  'tls',
  'network',
  'forbidden',
  'unauthorized',
  'not-found',
  'failed',
] as const;
export type FallbackSignalId = (typeof FALLBACK_SIGNAL_IDS)[number];

export interface FallbackSignal {
  readonly id: FallbackSignalId;
  /** Lower-case strings, any one of which on a line shows the signal. */
  readonly words: readonly string[];
  /** Facts the engine derived that show the signal as well. */
  readonly facts: readonly Fact[];
  /** The causes the signal can stand for, one per family, with the pastes of that family that showed the signal. */
  readonly candidates: readonly { readonly cause: CauseId; readonly pastes: number }[];
  /** How many ACR pastes showed the signal (first among the signals) in all: the candidates' denominator. */
  readonly seen: number;
}

export const FALLBACK_SIGNALS: readonly FallbackSignal[] = [
  {
    id: 'name-resolution',
    // Go (`lookup x: no such host`, `server misbehaving`), glibc/curl, Node (`ENOTFOUND`, `getaddrinfo`), .NET.
    words: [
      'no such host',
      'could not resolve',
      'name or service not known',
      'temporary failure in name resolution',
      'getaddrinfo',
      'enotfound',
      'nodename nor servname',
      'server misbehaving',
      'no such host is known',
      'name does not resolve',
    ],
    facts: ['code:CONNECTIVITY_DNS_ERROR'],
    // Measured: dns-resolution-failure 2, wrong-registry-name-or-not-found 1 (of 3); the other two by their meaning.
    candidates: [
      { cause: 'custom-dns-cannot-resolve', pastes: 2 },
      { cause: 'registry-name-wrong-or-missing', pastes: 1 },
      { cause: 'private-dns-resolves-public-ip', pastes: 0.5 },
      { cause: 'client-egress-blocked-login-server', pastes: 0.5 },
    ],
    seen: 3,
  },
  {
    id: 'tls',
    words: [
      'x509:',
      'certificate signed by unknown authority',
      'certificate verify failed',
      'self-signed certificate',
      'self signed certificate',
      'tls handshake',
      'ssl routines',
      'sslerror',
      'ssl handshake',
      'unable to get local issuer certificate',
      'remote certificate is invalid',
    ],
    facts: ['code:CONNECTIVITY_SSL_ERROR'],
    // Measured: tls-or-proxy-interception 3, wrong-registry-name-or-not-found 1 (of 4).
    candidates: [
      { cause: 'tls-interception-proxy', pastes: 3 },
      { cause: 'registry-name-wrong-or-missing', pastes: 1 },
      { cause: 'tls-handshake-timeout-nva', pastes: 0.5 },
    ],
    seen: 4,
  },
  {
    id: 'network',
    words: [
      'dial tcp',
      'i/o timeout',
      'connection refused',
      'connection reset',
      'connection timed out',
      'operation timed out',
      'timed out',
      'timeout exceeded',
      'deadline exceeded',
      'econnrefused',
      'econnreset',
      'etimedout',
      'network is unreachable',
      'no route to host',
      'could not connect',
      'unable to connect',
      'failed to connect',
      'unexpected eof',
      'connection was closed',
      'an existing connection was forcibly closed',
    ],
    facts: [],
    // Measured: dns 2, the local Docker engine 2, proxy 1, private endpoint 1, wrong name 1, client firewall 1 (of 8);
    // the engine's own faults have specific wordings a rule catches, so the network families stand for them here.
    candidates: [
      { cause: 'custom-dns-cannot-resolve', pastes: 2 },
      { cause: 'client-egress-blocked-login-server', pastes: 1 },
      { cause: 'private-endpoint-unreachable', pastes: 1 },
      { cause: 'tls-interception-proxy', pastes: 1 },
    ],
    seen: 8,
  },
  {
    id: 'forbidden',
    words: [
      'forbidden',
      'access denied',
      'access is denied',
      'denied:',
      'is denied',
      'was denied',
      'not authorized',
      'authorizationfailed',
      'does not have authorization',
      'does not have permission',
      'permission denied',
      'insufficient permissions',
      'insufficient privileges',
    ],
    facts: ['http:403', 'token-status:403', 'oci:DENIED', 'code:CONNECTIVITY_FORBIDDEN_ERROR'],
    // Measured: missing role 8, registry firewall 6, public access disabled 4, wrong tenant 2, … (of 26).
    candidates: [
      { cause: 'missing-pull-role-legacy-mode', pastes: 8 },
      { cause: 'firewall-client-ip-not-allowed', pastes: 6 },
      { cause: 'public-network-access-disabled', pastes: 4 },
      { cause: 'identity-in-other-tenant', pastes: 2 },
    ],
    seen: 26,
  },
  {
    id: 'unauthorized',
    words: [
      'unauthorized',
      'unauthenticated',
      'authentication required',
      'authentication failed',
      'authentication is required',
      'login failed',
      'login attempt failed',
      'invalid credentials',
      'incorrect username or password',
      'bad credentials',
      'invalid username or password',
      'credentials are invalid',
    ],
    facts: ['http:401', 'token-status:401', 'oci:UNAUTHORIZED', 'exchange-status:401'],
    // Measured: no credential 8, missing image (ACR answers 401 for a repository it does not have) 6, wrong
    // credential 5, the local Docker engine 5, expired 3, … (of 36). No missing role: ACR grants a token without one.
    candidates: [
      { cause: 'docker-not-logged-in', pastes: 8 },
      { cause: 'manifest-tag-not-found', pastes: 6 },
      { cause: 'wrong-username-or-password', pastes: 5 },
      { cause: 'entra-acr-token-expired-3h', pastes: 3 },
    ],
    seen: 36,
  },
  {
    id: 'not-found',
    words: [
      'not found',
      'notfound',
      'does not exist',
      'manifest unknown',
      'name unknown',
      'could not be found',
      'no such image',
      'repository unknown',
    ],
    facts: ['http:404', 'oci:NAME_UNKNOWN', 'oci:MANIFEST_UNKNOWN', 'token-status:404'],
    // Measured: missing image 6, missing role 3, wrong subscription 3, wrong registry name 2, … (of 15).
    candidates: [
      { cause: 'manifest-tag-not-found', pastes: 6 },
      { cause: 'cli-wrong-subscription', pastes: 3 },
      { cause: 'no-arm-read-on-registry', pastes: 3 },
      { cause: 'registry-name-wrong-or-missing', pastes: 2 },
    ],
    seen: 15,
  },
  {
    id: 'failed',
    // A failure that says nothing about why: a deployment, a task run or a pull that "failed" next to a registry.
    words: ['failed', 'failure', 'error:', 'error ', 'unable to', 'cannot ', 'could not'],
    facts: ['http:5xx', 'http:400'],
    // Measured: admin user disabled 9, the local Docker engine 8, missing role 4, no credential 3, registry firewall 3,
    // … (of 40). The first two have wordings of their own that rules catch; a failure none caught is more often a
    // hosting service (Container Apps, ACI, a task run) refused by the registry, so they stand behind the others.
    candidates: [
      { cause: 'missing-pull-role-legacy-mode', pastes: 4 },
      { cause: 'platform-registry-credentials-missing', pastes: 3 },
      { cause: 'firewall-client-ip-not-allowed', pastes: 3 },
      { cause: 'admin-user-disabled', pastes: 2 },
    ],
    seen: 40,
  },
];

/** Every word of every fallback signal: registered with the engine's keyword scanner. */
export const FALLBACK_KEYWORDS: readonly string[] = FALLBACK_SIGNALS.flatMap((s) => s.words);
