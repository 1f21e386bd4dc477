import { diagnose } from '../../../src/diagnosis';

/**
 * What field51's first look missed, generalised: Key Vault's refusal codes, a shell entrypoint exec-ing a program the
 * image lacks, the .NET SDK failing on the project, AKS handing out a kubeconfig, kubectl with no cluster configured,
 * an app asking Entra for a token for itself, az's unreadable token cache, Resource Manager codes a sentence or a line
 * begins with, and Container Apps' invalid secret, which may be the registry's password. Every paste here is our own.
 */
const first = (text: string) => diagnose(text).causes[0];

describe('another program or service, told by its own words', () => {
  it.each([
    [
      'Key Vault behind a private endpoint',
      'Error: checking for existing Secret "db-password": keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=403 -- Original Error: Code="ForbiddenByConnection"',
      'other-azure-service-refused',
    ],
    [
      'Key Vault RBAC',
      "Set-AzKeyVaultSecret: Operation returned an invalid status code 'Forbidden' Code: ForbiddenByRbac",
      'other-azure-service-refused',
    ],
    [
      'an entrypoint exec-ing a missing program',
      '2026-11-02T10:14:03Z /app/start.sh: 12: exec: uvicorn: not found',
      'container-start-failed',
    ],
    [
      'the .NET SDK',
      '/src/Orders.Api/Orders.Api.csproj : error NETSDK1045: The current .NET SDK does not support targeting .NET 9.0.',
      'build-input-missing',
    ],
    [
      'MSBuild',
      'C:\\agent\\_work\\1\\s\\build.proj(41,5): error MSB3073: The command "npm run build" exited with code 1.',
      'build-input-missing',
    ],
    [
      'AKS credentials refused',
      "(AuthorizationFailed) The client 'dev@contoso.com' does not have authorization to perform listClusterAdminCredential on the cluster 'aks-orders'",
      'kubernetes-not-registry',
    ],
    [
      'kubectl with no cluster',
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
      'kubernetes-not-registry',
    ],
    [
      'an app asking a token for itself',
      "OAuth callback failed: AADSTS90009: Application '2b4c0f2e-0000-4000-8000-00000000a1b2' is requesting a token for itself.",
      'app-sign-in-misconfigured',
    ],
  ])('%s', (_what, text, cause) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe(cause);
    expect(d.verdict).toBe('not-acr');
  });

  it("reads az's token cache it cannot load back as a stale az session", () => {
    const text = "ERROR: Can't get attribute 'NormalizedResponse' on <module 'msal.throttled_http_client'>";
    expect(first(text)?.id).toBe('az-cli-session-stale');
  });
});

describe("Resource Manager's codes, wherever a sentence or a line puts them", () => {
  it.each([
    'The node pool rotation hit OverconstrainedAllocationRequest in westeurope twice.',
    'a lowercase alias fixed it: the uppercase one caused InvalidDomainNameLabel on the load balancer',
    'SubnetIsFull: Subnet snet-apps with address prefix 10.1.0.0/26 does not have enough capacity for 12 IP addresses.',
  ])('%#: is another resource refused', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('arm-error:no-registry');
    expect(d.verdict).toBe('not-acr');
  });

  it("leaves an exception's class at the start of a line alone", () => {
    expect(
      diagnose('NullReferenceException: Object reference not set to an instance of an object.').signals.facts,
    ).not.toContain('arm-error:no-registry');
  });
});

describe("Container Apps' invalid secret", () => {
  it('is the template’s first, and the registry password’s second, when nothing says which secret', () => {
    const d = diagnose('Deployment failed with ContainerAppSecretInvalid.');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.map((c) => c.id).slice(0, 2)).toEqual([
      'cli-usage-or-unsupported',
      'platform-registry-credentials-missing',
    ]);
  });

  it('is the registry password’s when the line names the registry', () => {
    const d = diagnose(
      "ContainerAppSecretInvalid: the secret 'registry-password' referenced by the registry has no value",
    );
    expect(d.causes[0]?.id).toBe('platform-registry-credentials-missing');
    expect(d.verdict).toBe('acr');
  });
});
