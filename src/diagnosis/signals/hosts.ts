import type { Cloud, LoginServer } from '../types';
import type { LineIndex } from '../line-index';
import { isPlaceholderName, isValidRegistryName } from './acr-names';
import { hostRunEnd, urlHostBefore } from './host-scan';
import { parseIpv4 } from './ip-address';
import { ENDPOINT_KEYWORDS, findEndpointHosts } from './registry-endpoints';
import { findTargets, TARGET_KEYWORDS } from './registry-targets';
import { CLUSTER_API_SUFFIX, hostsUnresolvedOn, UNRESOLVED_KEYWORDS } from './unresolved-hosts';

const ACR_SUFFIXES: ReadonlyArray<readonly [string, Cloud]> = [
  ['azurecr.io', 'public'],
  ['azurecr.cn', 'china'],
  ['azurecr.us', 'usgov'],
];

/** Near-misses of `azurecr.io` that people type; the host then never resolves. */
const ACR_TYPOS = [
  'azureacr.io',
  'azurcr.io',
  'azurecr.com',
  'azurecr.net',
  'azurcr.com',
  'azureacr.com',
  'azurecr.ip',
  // A hyphen put in, by a slip or by a person redacting the name (field22 22S001: `<name>.azure-cr.io`).
  'azure-cr.io',
];
/** The scanner's key for a typo: `azurecr` for a wrong suffix, else the misspelt label (`azureacr`, `azure-cr`). */
const typoKey = (typo: string) => (typo.startsWith('azurecr') ? 'azurecr' : typo.slice(0, typo.indexOf('.')));
/** The words whose lines may hold a mistyped ACR suffix (with `azurecr`, whose wrong top-level domains are typos too). */
export const ACR_TYPO_KEYS: readonly string[] = [...new Set(ACR_TYPOS.map(typoKey))];

/** Registries that are not ACR. `mcr.microsoft.com` is listed apart: ACR serves it, but it is not the user's registry. */
const OTHER_REGISTRIES = [
  'registry-1.docker.io',
  'index.docker.io',
  'docker.io',
  'hub.docker.com',
  'ghcr.io',
  'gcr.io',
  'pkg.dev',
  'quay.io',
  'amazonaws.com',
  'public.ecr.aws',
  'registry.gitlab.com',
  'nvcr.io',
  'registry.k8s.io',
  'azk8s.cn',
  'jfrog.io',
  'registry.redhat.io',
];
const MCR = 'mcr.microsoft.com';

/** Every registry host the engine knows by name, ACR's suffix included: a line naming one is registry traffic. */
export const REGISTRY_HOST_MARKS: readonly string[] = ['azurecr.', MCR, ...OTHER_REGISTRIES];

/**
 * Where a registry host stands by the structure of the text, whatever its name: before `/v2/` in a URL, and as
 * the first component of an image reference that a tool quotes (Docker's rule: a first component with a dot or a
 * port is a registry host).
 */
const STRUCTURE_KEYS = [
  '/v2/',
  'image "',
  "image '",
  'reference "',
  // Docker's refusal of a reference it cannot parse still quotes it whole: `Error parsing reference: "host/Repo:1"`.
  'reference: "',
  'repository [',
  'image: ',
  'pull access denied for ',
  // moby's older wording of the same refusal: "repository finalduty/docker not found: does not exist or no pull access".
  'daemon: repository ',
  'manifest for ',
  // Docker Swarm's warning names the image it could not resolve: "Each node will access app:1 independently".
  'each node will access ',
];
/** A registry's blob storage layout (distribution's): the host serving it is that registry's storage or CDN. */
const BLOB_STORAGE = '/docker/registry/v2/';

/**
 * Azure IoT Edge's daemons: a nested device pulls through its parent's API proxy, which it names by address
 * (`10.16.6.4:443/app:1`), so there an address in an image reference can stand for the ACR behind that proxy.
 */
const IOT_EDGE_DAEMONS = ['aziot-edged', 'iotedged', 'edgeagent'];

export const HOST_KEYWORDS = [
  ...ACR_TYPO_KEYS,
  ...IOT_EDGE_DAEMONS,
  MCR,
  ...OTHER_REGISTRIES,
  ...STRUCTURE_KEYS,
  BLOB_STORAGE,
  ...TARGET_KEYWORDS,
  ...ENDPOINT_KEYWORDS,
];

/** ACR's own registry behind mcr.microsoft.com: its login server appears in errors about MCR images. */
const MCR_BACKENDS = new Set(['mcrprod', 'mcr']);

/** Hosts that take part in registry traffic without being a registry (sign-in, ARM, ACR's blob storage). */
const NOT_REGISTRY = [
  'microsoftonline.com',
  'management.azure.com',
  // Entra ID's older authorities (login.windows.net, sts.windows.net) and Azure Storage (core.windows.net).
  'windows.net',
  'aka.ms',
  'microsoft.com',
  // MCR's content delivery network.
  'mscr.io',
];

// `<>`, `*`, `{}` and `$` keep redacted names such as `<acrname>.azurecr.io`, `***.azurecr.io` or
// `${ACR_NAME}.azurecr.io` together; they are recognised as placeholders.
const HOST_CHAR = /[A-Za-z0-9.\-_<>*{}$]/;
const REPO_CHAR = /[a-z0-9._\-/]/;

export interface HostFindings {
  readonly loginServers: LoginServer[];
  readonly mixedCase: boolean;
  readonly typo: boolean;
  readonly otherRegistries: string[];
  /** Registry hosts recognised by structure that are not ACR, each with the 0-based line it is on. */
  readonly structural: ReadonlyArray<{ readonly host: string; readonly line: number }>;
  readonly mcr: boolean;
  readonly repository: string | null;
  readonly tag: string | null;
}

function classify(host: string, cloud: Cloud): LoginServer | null {
  const labels = host.split('.');
  const suffixLabels = 2; // azurecr + io/cn/us
  const prefix = labels.slice(0, labels.length - suffixLabels);
  const first = prefix[0] ?? '';
  if (prefix.length === 0) return null;
  if (isPlaceholderName(first)) return { host, registry: '', cloud, kind: 'login-server', validName: false };
  let kind: LoginServer['kind'] = 'login-server';
  if (prefix.length === 2 && prefix[1] === 'privatelink') kind = 'private-link';
  else if (prefix.length === 3 && prefix[2] === 'data') kind = 'data-endpoint';
  else if (prefix.length === 2 && prefix[1] === 'geo') kind = 'login-server';
  else if (prefix.length !== 1) return null;
  // A hyphen is not allowed in registry names: `name-hash.azurecr.io` is a domain-name-label login server.
  const registry = first.includes('-') ? (first.split('-')[0] ?? '') : first;
  return { host, registry, cloud, kind, validName: isValidRegistryName(registry) };
}

/** A registry API path after a login server, `v2/<repo>/manifests|blobs|tags…`, and a manifest's reference in it. */
const API_PATH = /^v2\/(.+?)\/(?:manifests|blobs|tags)(?:\/|$)/;
const MANIFEST_REFERENCE = /\/manifests\/([\w.-]{1,128})/;
/** A tag right after a repository (`:1.4.2`). */
const TAG_AFTER = /^:([\w][\w.-]{0,127})/;

/** Reads an image reference's repository and tag that follow a login server at `end` in `line`. */
function readImageRef(line: string, end: number): { repository: string; tag: string | null } | null {
  if (line[end] !== '/') return null;
  let i = end + 1;
  while (i < line.length && i - end < 256 && REPO_CHAR.test(line[i] as string)) i++;
  let repository = line.slice(end + 1, i);
  while (repository.endsWith('/')) repository = repository.slice(0, -1);
  // The registry API root (`https://x.azurecr.io/v2/`) names no repository.
  if (repository === 'v2') return null;
  if (repository.startsWith('v2/')) {
    // A registry API URL: /v2/<repo>/manifests/<ref> or /v2/<repo>/blobs/…
    const m = API_PATH.exec(line.slice(end + 1, end + 300));
    if (!m) return null;
    repository = m[1] as string;
    const ref = MANIFEST_REFERENCE.exec(line.slice(end + 1, end + 400));
    return { repository, tag: ref && !(ref[1] as string).startsWith('sha256') ? (ref[1] as string) : null };
  }
  if (!repository || repository.startsWith('oauth2')) return null;
  const tagMatch = line[i] === ':' ? TAG_AFTER.exec(line.slice(i)) : null;
  return { repository, tag: tagMatch ? (tagMatch[1] as string) : null };
}

/** What may follow the first component of a host-less reference: a path, the closing quote, the end. */
const IMPLICIT_HUB_END = /^[/"' ]?$/;
const LOWER_LETTER = /[a-z]/;
/** What may not follow a login server's suffix (`azurecr.iox`), and what makes a dot after it part of a longer host. */
const NAME_CHAR = /[A-Za-z0-9_]/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
/** What a host picked up in front of it from the text around (`..name`, `>name`). */
const LEADING_JUNK = /^[.\-_>]+/;

/**
 * A host that is the user's ACR, which findHosts reads for itself: its suffix, or a mistyped one (`azureacr`,
 * `azure-cr.io`: the ACR named wrongly, fact host:acr-typo), never someone else's registry.
 */
function namesAcr(host: string): boolean {
  return /azurecr|azureacr|azurcr/.test(host) || ACR_TYPOS.some((t) => host.endsWith(`.${t}`));
}

const PORT = /^\d{1,5}$/;
const DOTTED_NAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;
const DIGITS_AND_DOTS = /^[\d.]+$/;
const ONLY_XS = /^x+$/;

/**
 * A registry-looking host: dotted labels or a port, not a placeholder, not ACR or Entra. An IPv4 address is one
 * too (`10.10.47.1/team/app`, `https://10.10.47.1/v2/`): an ACR is always reached by its name, whose certificate
 * an address would not match, so a registry named by its address is someone else's (Harbor, a lab registry).
 */
function registryHost(host: string): boolean {
  if (host.length < 4 || host.length > 253) return false;
  const [name = '', port] = host.split(':');
  if (port !== undefined && !PORT.test(port)) return false;
  if (!name.includes('.') && port === undefined && name !== 'localhost') return false;
  if (!DOTTED_NAME.test(name)) return false;
  if (DIGITS_AND_DOTS.test(name)) {
    const ip = parseIpv4(name);
    // A link-local address is the instance metadata service's (169.254.169.254, where a managed identity gets its
    // token), never a registry's.
    return ip !== null && !(ip[0] === 169 && ip[1] === 254);
  }
  if (namesAcr(name) || ONLY_XS.test(name.split('.')[0] ?? '')) return false;
  return !NOT_REGISTRY.some((d) => name === d || name.endsWith(`.${d}`));
}

/**
 * Names people type for a registry they left out (`acr/app:1`): short, so not read as Docker Hub's. Other short
 * names are Hub's own (`node`, `ruby`, `azds/devhostagent`): ACR's five-character minimum, which makes a shorter
 * registry name a stand-in, does not hold for Hub repositories.
 */
const SHORT_STAND_INS = new Set(['acr', 'cr', 'reg', 'repo', 'img', 'my', 'org', 'user']);

function standIn(name: string): boolean {
  if (name.length >= 5) return isPlaceholderName(name);
  return SHORT_STAND_INS.has(name) || ONLY_XS.test(name) || name.includes('_');
}

const HUB_NAME = /^[a-z0-9][a-z0-9_-]{1,127}$/;
/** Words that stand where a repository's name was taken out. */
const NAME_STAND_INS = /^(?:redacted|image|name)$/;

/** A Docker Hub repository name (no dot, no port), not a redaction placeholder such as `XXXX`. */
function hubName(name: string): boolean {
  return HUB_NAME.test(name) && !standIn(name) && !NAME_STAND_INS.test(name) && !MESSAGE_WORDS.has(name);
}

/**
 * Words a tool's message puts where a reference could stand: Terraform's docker provider prints "Error pushing
 * docker image: Error pushing image…", Argo CD "failed to generate manifest for source 1 of 1", a platform "Failed to
 * pull image: unauthorized" (the registry's answer, not an image called so). A Docker Hub repository is never one of
 * them.
 */
const MESSAGE_WORDS = new Set([
  'error',
  'failed',
  'unable',
  'cannot',
  'could',
  'source',
  'the',
  'unauthorized',
  'forbidden',
  'denied',
  'timeout',
  'unknown',
  'invalid',
  'unavailable',
]);

const URL_SCHEME = /^https?:\/\//;

/**
 * The registry an image reference or a login target names: its first component when that is a host (a dot or a
 * port), Docker Hub when it has none, nothing for ACR (read elsewhere) or a placeholder. A login target is a host.
 */
function targetHost(reference: string, login: boolean): string | null {
  const ref = reference.replace(URL_SCHEME, '');
  const slash = ref.indexOf('/');
  const first = slash < 0 ? ref : ref.slice(0, slash);
  if (namesAcr(first)) return null;
  // Docker's rule: the first component is a host only when a path follows it (`node:8` is a repository and tag).
  if ((slash >= 0 || login) && registryHost(first)) return first;
  // A dot in the name (not in a tag: `nginx:1.25` is Docker Hub's) is a host without a path, named nothing here.
  const name = first.split(':')[0] ?? '';
  if (login || name.includes('.') || name === 'localhost') return null;
  return hubName(name) ? 'docker.io' : null;
}

/** Words of a line about registry traffic, in the line or in the name of a registry host on it. */
const REGISTRY_TRAFFIC = /registry|harbor|nexus|artifactory|jfrog|quay|docker|pull|push|image|manifest/;

/** Registry hosts named by the structure of a line (see STRUCTURE_KEYS and registry-targets.ts). */
function structuralHosts(index: LineIndex): Array<{ host: string; line: number }> {
  const found: Array<{ host: string; line: number }> = [];
  for (const target of findTargets(index)) {
    const host = targetHost(target.reference, target.login);
    if (host !== null) found.push({ host, line: target.line });
  }
  found.push(...findEndpointHosts(index, registryHost));
  // The host a client could not resolve is the one it was sent to (`lookup registry.example.com: no such host`):
  // a registry when its line is about one (the host's own name may say so), not the proxy in between, not a
  // cluster's API server, and not a database or any other service a job looked up.
  for (const lineNo of index.linesWithAny(UNRESOLVED_KEYWORDS)) {
    const lower = index.lower(lineNo);
    if (lower.includes('proxy') || !REGISTRY_TRAFFIC.test(lower)) continue;
    for (const host of hostsUnresolvedOn(index.line(lineNo)))
      if (registryHost(host) && !host.endsWith(CLUSTER_API_SUFFIX)) found.push({ host, line: lineNo });
  }
  for (const lineNo of index.linesWith(BLOB_STORAGE)) {
    const lower = index.lower(lineNo);
    const at = lower.indexOf(BLOB_STORAGE);
    const scheme = lower.lastIndexOf('//', at);
    if (scheme < 0 || at - scheme > 400) continue;
    const end = lower.indexOf('/', scheme + 2);
    const host = lower.slice(scheme + 2, end);
    if (registryHost(host)) found.push({ host, line: lineNo });
  }
  for (const lineNo of index.linesWithAny(STRUCTURE_KEYS)) {
    const lower = index.lower(lineNo);
    // `https://host[:port]/v2/…`: walk back from /v2/ to the scheme's `//`.
    for (let at = lower.indexOf('/v2/'); at > 0; at = lower.indexOf('/v2/', at + 4)) {
      const host = urlHostBefore(lower, at);
      if (host !== null && registryHost(host)) found.push({ host, line: lineNo });
    }
    // An image reference quoted by a tool: the first path component, when it has a dot or a port. A reference
    // with no host at all (`nginx:1.25`, `team/app`) names Docker Hub.
    for (const key of STRUCTURE_KEYS.slice(1)) {
      const at = lower.indexOf(key);
      if (at < 0) continue;
      // `FailedPullingImage: Unable to …` is an event reason ending in the word, not an image being quoted.
      if (LOWER_LETTER.test(lower[at - 1] ?? '') && LOWER_LETTER.test(key[0] as string)) continue;
      // "no matching manifest for linux/arm64" names a platform, not an image.
      if (key === 'manifest for ' && lower.endsWith('matching ', at)) continue;
      let i = at + key.length;
      while (lower[i] === ' ') i++;
      const end = hostRunEnd(lower, i);
      const first = lower.slice(i, end);
      if (lower[end] === '/' && registryHost(first)) found.push({ host: first, line: lineNo });
      // `image: denied: …` is a message, not a reference: a reference never ends in a bare colon.
      else if (
        IMPLICIT_HUB_END.test(lower[end] ?? '') &&
        !first.endsWith(':') &&
        hubName(first.split(':')[0] ?? '') &&
        // A repository name is lower case: "pull image: After retrying 2 times" starts a sentence.
        index.line(lineNo).slice(i, end) === first &&
        // A short word with neither tag nor path is a message's ("image: bad credentials"), not a reference; so is
        // any such word that more words follow ("copying image: reading blob …").
        (first.includes(':') || lower[end] === '/' || (first.length >= 5 && lower[end] !== ' '))
      )
        found.push({ host: 'docker.io', line: lineNo });
    }
  }
  return found;
}

/**
 * A build step naming its base image (`Step 1/9 : FROM mcr.microsoft.com/…`, BuildKit's `[1/4] FROM …` and
 * `load metadata for …`). Such a line says which image the build starts from, not that its registry failed.
 */
const BASE_IMAGE_STEP =
  /^\s*(?:step \d+\/\d+ : |#\d+ )?(?:=> )?(?:cached )?(?:\[[^\]]*\] )?from\s|load metadata for /i;
/**
 * What a builder prints once a step is through: classic `---> id` / `Using cache` or its next step, BuildKit's
 * `DONE` / `CACHED` or its next `[n/m]` step (the `#n` BuildKit puts first is gone by now: a log prefix).
 */
const STEP_THROUGH =
  /^\s*(?:---> |step \d+\/\d+ : |(?:#\d+ )?(?:done|cached)\b|=> |(?:#\d+ )?\[[^\]]*\] )|using cache/i;
/** How far after a base-image step the builder says it is through (BuildKit interleaves a few lines). */
const STEP_THROUGH_WITHIN = 6;

/** The base-image step on this line got through: its registry served the image, whatever failed later. */
function completedBaseImageStep(index: LineIndex, lineNo: number): boolean {
  if (!BASE_IMAGE_STEP.test(index.line(lineNo))) return false;
  const last = Math.min(index.lines.length - 1, lineNo + STEP_THROUGH_WITHIN);
  for (let i = lineNo + 1; i <= last; i++) if (STEP_THROUGH.test(index.line(i))) return true;
  return false;
}

/**
 * Whether the paste names `host` anywhere but in a build step that pulled its base image from there without
 * trouble: a long build log before a failed push names the base image's registry (MCR, Docker Hub) on a line
 * that is no failure at all.
 */
function namedOutsideCompletedSteps(index: LineIndex, host: string): boolean {
  return index.linesWith(host).some((lineNo) => !completedBaseImageStep(index, lineNo));
}

export function findHosts(index: LineIndex): HostFindings {
  const servers = new Map<string, LoginServer>();
  let mixedCase = false;
  let mcrBackend = false;
  let repository: string | null = null;
  let tag: string | null = null;

  for (const lineNo of index.linesWith('azurecr')) {
    const line = index.line(lineNo);
    const lower = index.lower(lineNo);
    let from = 0;
    for (let at = lower.indexOf('azurecr', from); at >= 0; at = lower.indexOf('azurecr', from)) {
      from = at + 7;
      const suffix = ACR_SUFFIXES.find(([s]) => lower.startsWith(s, at));
      if (!suffix) continue;
      let start = at;
      while (start > 0 && at - start < 253 && HOST_CHAR.test(line[start - 1] as string)) start--;
      const end = at + suffix[0].length;
      if (NAME_CHAR.test(line[end] ?? ' ')) continue; // e.g. azurecr.iox
      // `contoso.azurecr.io.evil.com` is a host under evil.com, not an ACR login server (a final full stop is fine).
      if (line[end] === '.' && LETTER_OR_DIGIT.test(line[end + 1] ?? ' ')) continue;
      const raw = line.slice(start, end);
      const written = raw.replace(LEADING_JUNK, '');
      const host = written.toLowerCase();
      // `...azurecr.io` or `…azurecr.io`: the name cut out with an ellipsis is a redaction too.
      const elided = host === suffix[0] && (raw.startsWith('..') || line[start - 1] === '…');
      const redacted = elided || isPlaceholderName(written.split('.')[0] ?? '');
      const server = redacted
        ? { host, registry: '', cloud: suffix[1], kind: 'login-server' as const, validName: false }
        : classify(host, suffix[1]);
      if (!server) continue;
      if (MCR_BACKENDS.has(server.registry) && server.kind !== 'private-link') {
        mcrBackend = true;
        continue;
      }
      if (!servers.has(host)) servers.set(host, server);
      if (written !== host && !redacted) mixedCase = true;
      if (repository === null) {
        const ref = readImageRef(lower, end);
        if (ref) ({ repository, tag } = ref);
      }
    }
  }

  const typo = ACR_TYPOS.some((t) => index.linesWith(typoKey(t)).some((i) => index.lower(i).includes(t)));
  const otherRegistries = OTHER_REGISTRIES.filter((r) => namedOutsideCompletedSteps(index, r));
  // Hosts the text names outright are already in the list; structure adds the others (and Docker Hub implied).
  const known = (host: string) => otherRegistries.some((r) => host === r || host.endsWith(`.${r}`));
  const behindEdgeProxy = index.linesWithAny(IOT_EDGE_DAEMONS).length > 0;
  const structural = structuralHosts(index).filter(
    (h) =>
      !known(h.host) &&
      !completedBaseImageStep(index, h.line) &&
      !(behindEdgeProxy && parseIpv4(h.host.split(':')[0] ?? '') !== null),
  );
  return {
    loginServers: [...servers.values()],
    mixedCase,
    typo,
    otherRegistries: [...otherRegistries, ...new Set(structural.map((h) => h.host))],
    structural,
    mcr: mcrBackend || namedOutsideCompletedSteps(index, MCR),
    repository,
    tag,
  };
}
