import type { Cloud, LoginServer } from '../types';
import type { LineIndex } from '../line-index';
import { isPlaceholderName, isValidRegistryName } from './acr-names';

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
];

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

export const HOST_KEYWORDS = ['azurecr', 'azureacr', 'azurcr', MCR, ...OTHER_REGISTRIES];

// `<` and `>` keep redacted names such as `<acrname>.azurecr.io` together; they are recognised as placeholders.
const HOST_CHAR = /[A-Za-z0-9.\-_<>]/;
const REPO_CHAR = /[a-z0-9._\-/]/;

export interface HostFindings {
  readonly loginServers: LoginServer[];
  readonly mixedCase: boolean;
  readonly typo: boolean;
  readonly otherRegistries: string[];
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
    const m = /^v2\/(.+?)\/(?:manifests|blobs|tags)(?:\/|$)/.exec(line.slice(end + 1, end + 300));
    if (!m) return null;
    repository = m[1] as string;
    const ref = /\/manifests\/([\w.-]{1,128})/.exec(line.slice(end + 1, end + 400));
    return { repository, tag: ref && !(ref[1] as string).startsWith('sha256') ? (ref[1] as string) : null };
  }
  if (!repository || repository.startsWith('oauth2')) return null;
  const tagMatch = line[i] === ':' ? /^:([\w][\w.-]{0,127})/.exec(line.slice(i)) : null;
  return { repository, tag: tagMatch ? (tagMatch[1] as string) : null };
}

export function findHosts(index: LineIndex): HostFindings {
  const servers = new Map<string, LoginServer>();
  let mixedCase = false;
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
      if (/[A-Za-z0-9_]/.test(line[end] ?? ' ')) continue; // e.g. azurecr.iox
      // `contoso.azurecr.io.evil.com` is a host under evil.com, not an ACR login server (a final full stop is fine).
      if (line[end] === '.' && /[A-Za-z0-9]/.test(line[end + 1] ?? ' ')) continue;
      const written = line.slice(start, end).replace(/^[.\-_>]+/, '');
      const host = written.toLowerCase();
      const server = classify(host, suffix[1]);
      if (!server) continue;
      if (!servers.has(host)) servers.set(host, server);
      if (written !== host && !isPlaceholderName(written.split('.')[0] ?? '')) mixedCase = true;
      if (repository === null) {
        const ref = readImageRef(lower, end);
        if (ref) ({ repository, tag } = ref);
      }
    }
  }

  const typo = ACR_TYPOS.some((t) =>
    index
      .linesWith(t.startsWith('azurecr') ? 'azurecr' : t.slice(0, t.indexOf('.')))
      .some((i) => index.lower(i).includes(t)),
  );
  const otherRegistries = OTHER_REGISTRIES.filter((r) => index.has(r));
  return {
    loginServers: [...servers.values()],
    mixedCase,
    typo,
    otherRegistries,
    mcr: index.has(MCR),
    repository,
    tag,
  };
}
