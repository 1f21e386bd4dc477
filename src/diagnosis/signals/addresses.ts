import type { LineIndex } from '../line-index';
import { isIp, isPrivateIp, parseIpv4 } from './ip-address';

/** Node's words for a connect that failed, with the address it dialled: `connect ECONNREFUSED 10.1.2.4:443`. */
const NODE_CONNECT_KEYWORDS = [
  'connect econnrefused ',
  'connect etimedout ',
  'connect ehostunreach ',
  'connect enetunreach ',
];
/**
 * curl's verbose trace: the address it tries, the one it failed on, the one it connected to. ("connect to " is also
 * where Java's clients print `host/ip`.)
 */
const CURL_KEYWORDS = ['trying ', 'connect to ', 'connected to '];
/** Where a paste shows the address a name resolved to (the client's own address is the registry's firewall's). */
export const RESOLVED_ADDRESS_KEYWORDS = [
  ' at ip ',
  'dial tcp',
  'address:',
  'addresses:',
  ...CURL_KEYWORDS,
  ...NODE_CONNECT_KEYWORDS,
];
export const ADDRESS_KEYWORDS = ['client with ip', ...RESOLVED_ADDRESS_KEYWORDS];

const CLIENT_IP = /client with IP '([0-9a-fA-F:.]{2,45})'/gi;
const AT_IP = /\bat IP ([0-9.]{7,15})\b/g;
const DIAL = /dial tcp ([0-9.]{7,15}):\d{1,5}/g;
/**
 * Java prints a resolved address as `host/ip` (InetAddress.toString): Apache HttpClient's "Connect to
 * contoso.azurecr.io:443 [contoso.azurecr.io/10.1.2.4] failed", OkHttp's "Failed to connect to host/ip:443".
 */
const JAVA_INET = /\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}\/([0-9.]{7,15})\b/gi;
const NODE_CONNECT = /connect E[A-Z]{4,12} ([0-9.]{7,15}):\d{1,5}/g;
/**
 * curl -v (lib/connect.c, lib/cf-socket.c): "*   Trying 10.1.2.4:443...", "* connect to 10.1.2.4 port 443 failed:
 * …", "* Connected to contoso.azurecr.io (10.1.2.4) port 443". Only port 443: through a proxy curl tries and
 * connects to the proxy's address (port 3128, 8080 …), which says nothing of the registry's.
 */
const CURL_ADDRESS =
  /\bTrying ([0-9.]{7,15}):443\.\.\.|\bconnect to ([0-9.]{7,15}) port 443\b|\bConnected to [^\s()]{1,253} \(([0-9.]{7,15})\) port 443\b/gi;
const NSLOOKUP_ADDRESS = /^\s{0,8}Address(?:es)?:\s{0,8}([0-9.]{7,15})\s*$/i;

export interface AddressFindings {
  /** IPs a registry firewall message names as the client. */
  readonly clientIps: string[];
  /** Addresses the login server resolved or was dialled to. */
  readonly resolved: string[];
  /** 0-based line where a client dialled the very address its URL names (a registry addressed by IP), if any. */
  readonly addressedByIp: number | undefined;
}

/**
 * Go dials the address it resolved the URL's host to: `Get "https://x.azurecr.io/v2/": dial tcp 10.1.2.4:443`. When
 * the URL's host is that address already (`Get "https://10.10.47.1/v2/": dial tcp 10.10.47.1:443`, a registry
 * addressed by IP, field23 23V004), no name was resolved, and the address says nothing about a private endpoint.
 */
function dialsItsOwnUrl(lower: string, ip: string): boolean {
  return lower.includes(`//${ip}/`) || lower.includes(`//${ip}:`);
}

export function findAddresses(index: LineIndex): AddressFindings {
  const clientIps: string[] = [];
  const resolved: string[] = [];
  let addressedByIp: number | undefined;
  const add = (list: string[], ip: string) => {
    if (!list.includes(ip)) list.push(ip);
  };
  for (const i of index.linesWith('client with ip')) {
    for (const m of index.line(i).matchAll(CLIENT_IP))
      if (isIp(m[1] as string)) add(clientIps, m[1] as string);
  }
  for (const i of index.linesWith(' at ip '))
    for (const m of index.line(i).matchAll(AT_IP))
      if (parseIpv4(m[1] as string)) add(resolved, m[1] as string);
  for (const i of index.linesWith('dial tcp'))
    for (const m of index.line(i).matchAll(DIAL)) {
      if (!parseIpv4(m[1] as string)) continue;
      if (!dialsItsOwnUrl(index.lower(i), m[1] as string)) add(resolved, m[1] as string);
      else addressedByIp ??= i;
    }
  for (const i of index.linesWithAny(NODE_CONNECT_KEYWORDS))
    for (const m of index.line(i).matchAll(NODE_CONNECT))
      if (parseIpv4(m[1] as string)) add(resolved, m[1] as string);
  for (const i of index.linesWith('connect to '))
    for (const m of index.line(i).matchAll(JAVA_INET))
      if (parseIpv4(m[1] as string)) add(resolved, m[1] as string);
  for (const i of index.linesWithAny(CURL_KEYWORDS))
    for (const m of index.line(i).matchAll(CURL_ADDRESS)) {
      const ip = (m[1] ?? m[2] ?? m[3]) as string;
      if (parseIpv4(ip) && !dialsItsOwnUrl(index.lower(i), ip)) add(resolved, ip);
    }
  // nslookup: the answer's "Address:" lines follow "Name:"; the server's own "Address: 10.0.0.10#53" carries a port.
  for (const i of index.linesWithAny(['address:', 'addresses:'])) {
    const m = NSLOOKUP_ADDRESS.exec(index.line(i));
    if (
      m &&
      parseIpv4(m[1] as string) &&
      i > 0 &&
      /name:|canonical name/i.test(index.line(i - 1) + index.line(Math.max(0, i - 2)))
    ) {
      add(resolved, m[1] as string);
    }
  }
  return { clientIps, resolved, addressedByIp };
}

export const classifyIps = (ips: readonly string[]) => ({
  anyPrivate: ips.some(isPrivateIp),
  anyPublic: ips.some((ip) => parseIpv4(ip) !== null && !isPrivateIp(ip)),
});
