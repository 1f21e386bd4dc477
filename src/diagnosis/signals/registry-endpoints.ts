import type { LineIndex } from '../line-index';
import { hostRunEnd, urlHostBefore } from './host-scan';

/**
 * Registry hosts a line names by the protocol's structure, beyond the `https://host/v2/` root that hosts.ts reads:
 *
 * - the v1 API an old Docker client tries first (`Get https://host/v1/_ping`, `/v1/users/`, `/v1/repositories/`);
 * - a token realm: the URL a client asks for a registry token (containerd's and BuildKit's "failed to fetch
 *   anonymous token: … https://auth.example.com/token", a `?scope=repository:…` query). The realm is the registry's
 *   own auth server; ACR's is its login server (`/oauth2/token`), read as ACR by the caller's predicate;
 * - containers/image's (podman, skopeo, buildah) "… in <host>": "initiating layer upload to /v2/…/uploads/ in
 *   registry.example.com: …", "reading manifest 1.4 in registry.example.com/team/app: …", "checking whether a blob …
 *   exists in registry.example.com/team/app: …".
 *
 * - containers/image's sign-in and registry ping, which name the host alone: `logging into "registry.example.com": …`,
 *   `authenticating creds for "registry.example.com": …`, `pinging container registry registry.example.com: …`; and
 *   Helm's registry client (oras-go) signing in: `Error: authenticating to "registry.example.com": …`.
 *
 * - a Helm chart repository's URL, where `helm repo add` names it or a client reads its `index.yaml`.
 *
 * - BuildKit's progress line for each registry token it asks for (moby/buildkit's authprovider):
 *   `[auth] library/node:pull token for registry-1.docker.io`, `[build auth] team/app:pull,push token for host`.
 *
 * - Resource Manager refusing a container group's registry credentials, which names the server they were for:
 *   `The server '10.0.0.4:5000' in the 'imageRegistryCredentials' of container group 'web' is invalid.`
 *
 * Which hosts are someone else's registry is the caller's to decide (hosts.ts: dotted labels or a port, not ACR, not
 * Entra or Resource Manager, not a placeholder).
 */

const V1_PATHS = ['/v1/_ping', '/v1/users/', '/v1/repositories/'];
const TOKEN_MARKS = ['anonymous token', 'oauth token', 'scope=repository'];
/** containers/image phrases whose next word is a reference: with a path, or (after an upload) a bare host. */
const IN_REFERENCE = ['uploads/ in ', ' exists in '];
const READING_MANIFEST = 'reading manifest ';
const HOST_ALONE = [
  'logging into ',
  'authenticating creds for ',
  'pinging container registry ',
  'authenticating to "',
];
/** A Helm chart repository: added by its URL, read through its `index.yaml`. */
const CHART_REPOSITORY = ['helm repo add ', '/index.yaml'];
/** BuildKit's token progress: the host follows TOKEN_FOR on a line whose step name ends in AUTH_STEP. */
const AUTH_STEP = 'auth] ';
const TOKEN_FOR = ' token for ';
/** " in " before the reference of "reading manifest <ref> in <reference>". */
const IN_BEFORE_REFERENCE = / in (?=\S)/;
const TRAILING_COLON = /:$/;
/** A container group's credentials: the server's name sits between the two. */
const CREDENTIAL_SERVER = "the server '";
const CREDENTIAL_SERVER_OF = "' in the 'imageregistrycredentials'";

export const ENDPOINT_KEYWORDS = [
  ...V1_PATHS,
  ...TOKEN_MARKS,
  ...IN_REFERENCE,
  READING_MANIFEST,
  ...HOST_ALONE,
  ...CHART_REPOSITORY,
  TOKEN_FOR,
  CREDENTIAL_SERVER_OF,
];

/** The host of every `http(s)://host/` URL on a lower-cased line. */
function urlHosts(lower: string): string[] {
  const hosts: string[] = [];
  for (let at = lower.indexOf('://'); at >= 0; at = lower.indexOf('://', at + 3)) {
    if (!lower.endsWith('http', at) && !lower.endsWith('https', at)) continue;
    const end = hostRunEnd(lower, at + 3);
    if (end > at + 3) hosts.push(lower.slice(at + 3, end));
  }
  return hosts;
}

/** The host of the reference that starts at `from`: the first component of `host/path`, or a bare `host:` at the end. */
function referenceHost(lower: string, from: number, bareHost: boolean): string | null {
  const end = hostRunEnd(lower, from);
  let host = lower.slice(from, end);
  if (lower[end] === '/') return host;
  // "… in registry.example.com: denied": the host then ends in the message's own colon.
  if (!bareHost || !host.endsWith(':')) return null;
  host = host.slice(0, -1);
  return host === '' ? null : host;
}

export function findEndpointHosts(
  index: LineIndex,
  isRegistryHost: (host: string) => boolean,
): Array<{ host: string; line: number }> {
  const found: Array<{ host: string; line: number }> = [];
  const take = (host: string | null, line: number) => {
    if (host !== null && isRegistryHost(host)) found.push({ host, line });
  };
  for (const line of index.linesWithAny(V1_PATHS)) {
    const lower = index.lower(line);
    for (const path of V1_PATHS)
      for (let at = lower.indexOf(path); at > 0; at = lower.indexOf(path, at + path.length))
        take(urlHostBefore(lower, at), line);
  }
  for (const line of index.linesWithAny(TOKEN_MARKS))
    for (const host of urlHosts(index.lower(line))) take(host, line);
  for (const line of index.linesWithAny(CHART_REPOSITORY))
    for (const host of urlHosts(index.lower(line))) take(host, line);
  for (const line of index.linesWithAny(IN_REFERENCE)) {
    const lower = index.lower(line);
    for (const key of IN_REFERENCE) {
      const at = lower.indexOf(key);
      if (at >= 0) take(referenceHost(lower, at + key.length, key === IN_REFERENCE[0]), line);
    }
  }
  for (const line of index.linesWith(READING_MANIFEST)) {
    const lower = index.lower(line);
    const at = lower.indexOf(READING_MANIFEST);
    // "reading manifest <tag or digest> in <reference>"
    const m = IN_BEFORE_REFERENCE.exec(
      lower.slice(at + READING_MANIFEST.length, at + READING_MANIFEST.length + 200),
    );
    if (m) take(referenceHost(lower, at + READING_MANIFEST.length + m.index + 4, false), line);
  }
  for (const line of index.linesWithAny(HOST_ALONE)) {
    const lower = index.lower(line);
    for (const key of HOST_ALONE) {
      const at = lower.indexOf(key);
      if (at < 0) continue;
      // The host, quoted or not (people re-quote what they paste), ends at the quote or at the message's own colon.
      const from =
        at + key.length + (lower[at + key.length] === '"' || lower[at + key.length] === "'" ? 1 : 0);
      const host = lower.slice(from, hostRunEnd(lower, from)).replace(TRAILING_COLON, '');
      if (host !== '') take(host, line);
    }
  }
  for (const line of index.linesWith(TOKEN_FOR)) {
    const lower = index.lower(line);
    const step = lower.indexOf(AUTH_STEP);
    const at = step < 0 ? -1 : lower.indexOf(TOKEN_FOR, step);
    if (at < 0) continue;
    const from = at + TOKEN_FOR.length;
    take(lower.slice(from, hostRunEnd(lower, from)), line);
  }
  for (const line of index.linesWith(CREDENTIAL_SERVER_OF)) {
    const lower = index.lower(line);
    const at = lower.indexOf(CREDENTIAL_SERVER);
    if (at < 0) continue;
    const from = at + CREDENTIAL_SERVER.length;
    const end = hostRunEnd(lower, from);
    if (lower.startsWith(CREDENTIAL_SERVER_OF, end)) take(lower.slice(from, end), line);
  }
  return found;
}
