import type { LineIndex } from '../line-index';
import { findFailureNaming } from './transport-failures';

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

/** Only the package servers go into the engine's scanner, which every paste pays for (see transport-failures). */
export const PACKAGE_DOWNLOAD_KEYWORDS = PACKAGE_SERVERS;

/**
 * The 0-based line of the first connection or certificate failure that names a package server, when none names a
 * registry: a build step (`RUN apt-get update`, `npm ci`, `pip install`, `go mod download`) could not download its
 * packages, which a corporate proxy's certificate or a build network without DNS breaks the way it breaks a registry
 * call. Undefined otherwise.
 */
export function findPackageDownloadFailure(index: LineIndex): number | undefined {
  return findFailureNaming(index, PACKAGE_SERVERS);
}
