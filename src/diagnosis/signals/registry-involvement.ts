import type { Fact } from '../../knowledge';
import type { LineIndex } from '../line-index';

/**
 * Whether anything in a paste is about a container registry at all. A paste that names no registry (no host, not
 * ACR by name), speaks none of the registry protocol (its paths, token endpoints, error codes, pull and push output)
 * and runs no registry command cannot show a registry failing, whatever else failed in it: an Entra sign-in of
 * `azure/login` or of a storage driver, a local Docker daemon that is not running. The engine still says what failed
 * (the cause), but not that the registry did (see verdict.ts).
 *
 * The words are deliberately broad — "registr…", "manifest", "repository": a false "involved" only keeps the
 * verdict the rules give; a false "absent" would tell someone whose registry did fail that it did not.
 */
export const REGISTRY_INVOLVEMENT_KEYWORDS = [
  'registr',
  // With its dot: a login server. Bare, it is also inside "DefaultAzureCredential", which names no registry.
  'azurecr.',
  'manifest',
  'repositor',
  '/v2/',
  'oauth2/token',
  'oauth2/exchange',
  'docker login',
  'docker pull',
  'docker push',
  'podman login',
  'podman pull',
  'podman push',
  'helm push',
  'helm pull',
  'oci://',
  'docker://',
  'pull image',
  'pulling image',
  'image pull',
  'imagepull',
  'failed to pull',
  'push refers to',
  'pull access denied',
  'access to the resource is denied',
  'authentication required',
  'login succeeded',
  // The AKS kubelet's ACR credential provider (binary, klog source file) and Docker's credential helpers.
  'acr-credential-provider',
  'azure_credentials.go',
  'credential provider',
  'docker-credential-',
  'error getting credentials',
  'error storing credentials',
  'credsstore',
  'credhelpers',
];

/** Facts that only a registry (or a registry client talking to one) gives rise to. */
const REGISTRY_FACT_KINDS = [
  'host:',
  'registry-elsewhere',
  'acr-named',
  'code:',
  'oci:',
  'token-status:',
  'exchange-status:',
  'scope:',
  'auth-proven',
  'client-ip:',
  'aad-failure',
  'admin-fallback',
  'anonymous-attempt',
  'login-user:',
  'private-link:',
  'cloud:',
  'tool:acr-tasks',
  'tool:aks-check-acr',
] as const;

/** 0-based line of the first registry word, or undefined when the paste has none. */
export function registryWordLine(index: LineIndex): number | undefined {
  return index.linesWithAny(REGISTRY_INVOLVEMENT_KEYWORDS)[0];
}

/** No registry word and none of the registry's facts: nothing in the paste is about a container registry. */
export function registryAbsent(index: LineIndex, facts: Iterable<Fact>): boolean {
  if (registryWordLine(index) !== undefined) return false;
  for (const fact of facts) if (REGISTRY_FACT_KINDS.some((kind) => fact.startsWith(kind))) return false;
  return true;
}
