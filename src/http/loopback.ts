import { isIP } from 'node:net';

/**
 * Local mode answers anyone who can reach it without a token, so it must be reachable from this machine only
 * and only by programs, not by a web page: a page can make the browser post to 127.0.0.1 (or to a name it
 * re-points at 127.0.0.1), but it cannot forge the Host header's name or drop the Origin header.
 */

/** 127.0.0.0/8, ::1 and `localhost`; a bracketed IPv6 literal or a trailing port are accepted. */
export function isLoopbackHostname(hostname: string): boolean {
  let host = hostname.trim().toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  if (host.startsWith('::ffff:')) host = host.slice('::ffff:'.length);
  return isIP(host) === 4 && host.startsWith('127.');
}

/** A Host header value (`name[:port]`). */
export function isLoopbackHostHeader(value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  try {
    return isLoopbackHostname(new URL(`http://${value}`).hostname);
  } catch {
    return false;
  }
}

/** An Origin header: absent (not a browser) or a loopback page such as the Agents Playground. */
export function isLoopbackOrigin(value: string | undefined): boolean {
  if (value === undefined) return true;
  try {
    return isLoopbackHostname(new URL(value).hostname);
  } catch {
    return false;
  }
}
