/**
 * IPv4 addresses and CIDR ranges, as registry firewall rules hold them (ACR IP rules are IPv4 only: a single
 * address or a range such as 203.0.113.0/24).
 */
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

export function parseIpv4(text: string): number | null {
  const m = IPV4.exec(text.trim());
  if (!m) return null;
  return ((Number(m[1]) << 24) >>> 0) + (Number(m[2]) << 16) + (Number(m[3]) << 8) + Number(m[4]);
}

export function isIpv4(text: string): boolean {
  return parseIpv4(text) !== null;
}

export interface Ipv4Range {
  readonly first: number;
  readonly last: number;
}

/** `a.b.c.d` or `a.b.c.d/n` (0 ≤ n ≤ 32); host bits set in a CIDR are ignored, as Azure does. */
export function parseIpv4Range(rule: string): Ipv4Range | null {
  const [address, prefixText, extra] = rule.trim().split('/');
  if (address === undefined || extra !== undefined) return null;
  const base = parseIpv4(address);
  if (base === null) return null;
  if (prefixText === undefined) return { first: base, last: base };
  if (!/^\d{1,2}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > 32) return null;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const first = (base & mask) >>> 0;
  const last = (first | (~mask >>> 0)) >>> 0;
  return { first, last };
}

/** The first rule that contains the address, or null; rules that do not parse never match. */
export function matchingRule(ip: string, rules: readonly string[]): string | null {
  const address = parseIpv4(ip);
  if (address === null) return null;
  for (const rule of rules) {
    const range = parseIpv4Range(rule);
    if (range && address >= range.first && address <= range.last) return rule;
  }
  return null;
}

/** RFC 1918, loopback, link-local and CGNAT addresses: a registry firewall never sees these as a client's IP. */
export function isPrivateIpv4(ip: string): boolean {
  return [
    '10.0.0.0/8',
    '172.16.0.0/12',
    '192.168.0.0/16',
    '127.0.0.0/8',
    '169.254.0.0/16',
    '100.64.0.0/10',
  ].some((r) => matchingRule(ip, [r]) !== null);
}
