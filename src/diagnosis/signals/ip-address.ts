/** IPv4/IPv6 parsing and private-range classification, without regex backtracking. */

const OCTET = /^\d{1,3}$/;
const IPV6_CHARS = /^[0-9a-fA-F:]{2,45}$/;

export function parseIpv4(text: string): [number, number, number, number] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (OCTET.test(p) ? Number(p) : NaN));
  if (octets.some((o) => !(o >= 0 && o <= 255))) return null;
  return octets as [number, number, number, number];
}

export function isIp(text: string): boolean {
  return (
    parseIpv4(text) !== null || (IPV6_CHARS.test(text) && text.includes(':') && text.split(':').length >= 3)
  );
}

/** RFC 1918, CGNAT, loopback, link-local and IPv6 ULA/link-local addresses. */
export function isPrivateIp(text: string): boolean {
  const v4 = parseIpv4(text);
  if (v4) {
    const [a, b] = v4;
    return (
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254)
    );
  }
  const lower = text.toLowerCase();
  return lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80') || lower === '::1';
}
