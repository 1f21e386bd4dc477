import type { LineIndex } from '../line-index';

export const UNRESOLVED_KEYWORDS = ['enotfound', 'no such host', 'could not resolve host'];

// Each names the host that did not resolve: Node's getaddrinfo, Go's resolver, curl.
const UNRESOLVED = [
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([a-z0-9.-]{1,253})/gi,
  /lookup ([a-z0-9.-]{1,253})(?: on [0-9a-f.:[\]]{2,60})?: no such host/gi,
  /Could not resolve host: ([a-z0-9.-]{1,253})/gi,
];

/**
 * Azure's control plane and Entra ID: a client that cannot resolve these has a network or DNS problem of its own
 * (or a sovereign cloud mix-up), not a wrong registry name — the registry was never looked up.
 */
const AZURE_ENDPOINTS: readonly string[] = [
  'management.azure.com',
  'management.chinacloudapi.cn',
  'management.usgovcloudapi.net',
  'login.microsoftonline.com',
  'login.chinacloudapi.cn',
  'login.microsoftonline.us',
  'graph.microsoft.com',
];

export interface UnresolvedHosts {
  /** Every host the paste says did not resolve, lower case. */
  readonly hosts: readonly string[];
  /** The 0-based line of the first. */
  readonly line: number | undefined;
}

const TRAILING_DOT = /\.$/;

/** The hosts one line says did not resolve, lower case, in the order the patterns find them. */
export function hostsUnresolvedOn(line: string): string[] {
  const hosts: string[] = [];
  for (const pattern of UNRESOLVED)
    for (const m of line.matchAll(pattern))
      hosts.push((m[1] as string).toLowerCase().replace(TRAILING_DOT, ''));
  return hosts;
}

export function findUnresolvedHosts(index: LineIndex): UnresolvedHosts {
  const hosts: string[] = [];
  let line: number | undefined;
  for (const i of index.linesWithAny(UNRESOLVED_KEYWORDS))
    for (const host of hostsUnresolvedOn(index.line(i))) {
      if (!hosts.includes(host)) hosts.push(host);
      line ??= i;
    }
  return { hosts, line };
}

/** AKS API servers' names (public `<dns>.hcp.<region>.azmk8s.io`, private `<dns>.privatelink.<region>.azmk8s.io`). */
export const CLUSTER_API_SUFFIX = '.azmk8s.io';

/**
 * Every unresolved host is an AKS API server: kubectl (or a step checking the cluster) could not find the cluster,
 * which a stopped or deleted cluster, or a private cluster seen from outside, does; no registry was looked up.
 */
export function onlyClusterApiUnresolved(found: UnresolvedHosts): boolean {
  return onlyUnresolved(found, (h) => h.endsWith(CLUSTER_API_SUFFIX));
}

/** Every unresolved host is one of Azure's own endpoints (and there is at least one). */
export function onlyAzureEndpointsUnresolved(found: UnresolvedHosts): boolean {
  return onlyUnresolved(found, (h) => AZURE_ENDPOINTS.includes(h));
}

function onlyUnresolved(found: UnresolvedHosts, is: (host: string) => boolean): boolean {
  return found.hosts.length > 0 && found.hosts.every(is);
}
