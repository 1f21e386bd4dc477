import { onDemandIndex, type LineIndex } from '../line-index';
import { REGISTRY_HOST_MARKS } from './hosts';

/**
 * The words of a connection or certificate failure, as clients and their HTTP or database libraries print them: Go's
 * and OpenSSL's certificate errors, Node's, Python's, Java's and .NET's socket and resolver errors, apt's and apk's
 * own, SQL clients'. Not the bare word "certificate": apt names the ca-certificates package it downloads from the
 * same mirror.
 */
const TRANSPORT_FAILURES = [
  'x509:',
  'certificate verify failed',
  'certificate_verify_failed',
  'certificate signed by unknown authority',
  'self-signed certificate',
  'self signed certificate',
  'unable to get local issuer certificate',
  'certificate has expired',
  'ssl certificate problem',
  'sslerror',
  'ssl connection could not be established',
  'tls handshake',
  'pkix',
  'self_signed_cert',
  'unable_to_get_issuer',
  'temporary failure resolving',
  'temporary failure in name resolution',
  'could not resolve host',
  'no such host',
  'eai_again',
  'enotfound',
  'etimedout',
  'econnreset',
  'econnrefused',
  'connection refused',
  'connection reset',
  'timed out',
  'i/o timeout',
  'temporary error',
  'dns lookup error',
  'could not connect to server',
  'network is unreachable',
  'max retries exceeded',
  // Resolver failures in the words of libpq (psycopg, node-postgres), glibc, Java and .NET.
  'could not translate host name',
  'name or service not known',
  'nodename nor servname',
  'unknownhostexception',
  'getaddrinfo failed',
  // SQL Server's clients (ODBC, SqlClient) when the server cannot be reached.
  'a network-related or instance-specific error',
  'login timeout expired',
];

/** What only a container registry's traffic has: the distribution API's path, and registry hosts. */
const REGISTRY_MARKS = ['/v2/', ...REGISTRY_HOST_MARKS];

/**
 * The failure words and registry marks get a scanner of their own, run only on a paste that names one of the servers
 * a caller asks about: indexing "timed out" on every paste would slow the common path for a rare one.
 */
const failureIndex = onDemandIndex([...TRANSPORT_FAILURES, ...REGISTRY_MARKS]);

/**
 * The 0-based line of the first connection or certificate failure that names one of `servers` (on its line, or on
 * the line before it, where apk prints the `fetch <url>` that its bare "ERROR: temporary error" is about), when no
 * such failure names a registry: the request that failed went to that server, not to a registry. A proxy's
 * certificate or a network without DNS breaks those the same way it breaks a registry call. Undefined otherwise.
 * `servers` must be among the engine's keywords (the index finds their lines).
 */
export function findFailureNaming(index: LineIndex, servers: readonly string[]): number | undefined {
  const named = index.linesWithAny(servers);
  if (named.length === 0) return undefined;
  const failures = failureIndex(index.lines);
  const failing = new Set(failures.linesWithAny(TRANSPORT_FAILURES));
  if (failing.size === 0) return undefined;
  for (const i of failures.linesWithAny(REGISTRY_MARKS)) if (failing.has(i)) return undefined;
  const naming = new Set(named);
  for (const i of failing) if (naming.has(i) || naming.has(i - 1)) return i;
  return undefined;
}
