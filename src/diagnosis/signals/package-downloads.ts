import { onDemandIndex, type LineIndex } from '../line-index';
import { REGISTRY_HOST_MARKS } from './hosts';

/**
 * The words of a connection or certificate failure, as package managers and their HTTP libraries print them:
 * Go's and OpenSSL's certificate errors, Node's and Python's socket errors, apt's and apk's own. Not the bare word
 * "certificate": apt names the ca-certificates package it downloads from the same mirror.
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
];

/**
 * Package servers (npm, PyPI, Go's module proxy, NuGet, Maven, Gradle, RubyGems, crates.io, Packagist, CRAN,
 * conda, Debian, Ubuntu, Alpine, RHEL/CentOS mirrors, Microsoft's Linux repository, Azure Artifacts) by host, and
 * the paths their clients request wherever the host is left off or is a mirror: pip's `/simple/` index, NuGet's
 * service index, a Maven repository, an apt `InRelease` or `/dists/`, Alpine's APKINDEX, Azure Artifacts' feeds.
 */
const PACKAGE_SERVERS = [
  'registry.npmjs.org',
  'registry.yarnpkg.com',
  'registry.npmmirror.com',
  'pypi.org',
  'pypi.python.org',
  'files.pythonhosted.org',
  'proxy.golang.org',
  'sum.golang.org',
  'goproxy.io',
  'goproxy.cn',
  'api.nuget.org',
  'repo.maven.apache.org',
  'repo1.maven.org',
  'plugins.gradle.org',
  'services.gradle.org',
  'rubygems.org',
  'crates.io',
  'packagist.org',
  'cran.r-project.org',
  'conda.anaconda.org',
  'repo.anaconda.com',
  'deb.debian.org',
  'security.debian.org',
  'archive.ubuntu.com',
  'security.ubuntu.com',
  'ports.ubuntu.com',
  'dl-cdn.alpinelinux.org',
  'mirrorlist.centos.org',
  'mirror.centos.org',
  'cdn.redhat.com',
  'packages.microsoft.com',
  'pkgs.dev.azure.com',
  'pkgs.visualstudio.com',
  '/_packaging/',
  '/simple/',
  '/v3/index.json',
  '/maven2/',
  'apkindex',
  'inrelease',
  '/dists/',
];

/** What only a container registry's traffic has: the distribution API's path, and registry hosts. */
const REGISTRY_MARKS = ['/v2/', ...REGISTRY_HOST_MARKS];

/**
 * Only the package servers go into the engine's scanner, which every paste pays for; the failure words and registry
 * marks get a scanner of their own, run only on a paste that names a package server.
 */
export const PACKAGE_DOWNLOAD_KEYWORDS = PACKAGE_SERVERS;

const failureIndex = onDemandIndex([...TRANSPORT_FAILURES, ...REGISTRY_MARKS]);

/**
 * The 0-based line of the first connection or certificate failure that names a package server (on its line, or on
 * the line before it, where apk prints the `fetch <url>` that its bare "ERROR: temporary error" is about), when no
 * such failure names a registry: a build step (`RUN apt-get update`, `npm ci`, `pip install`, `go mod download`)
 * could not download its packages. A corporate proxy's certificate or a build network without DNS breaks those the
 * same way it breaks a registry call, but the request that failed was not one to a registry. Undefined otherwise.
 */
export function findPackageDownloadFailure(index: LineIndex): number | undefined {
  const servers = index.linesWithAny(PACKAGE_SERVERS);
  if (servers.length === 0) return undefined;
  const failures = failureIndex(index.lines);
  const failing = new Set(failures.linesWithAny(TRANSPORT_FAILURES));
  if (failing.size === 0) return undefined;
  for (const i of failures.linesWithAny(REGISTRY_MARKS)) if (failing.has(i)) return undefined;
  const named = new Set(servers);
  for (const i of failing) if (named.has(i) || named.has(i - 1)) return i;
  return undefined;
}
