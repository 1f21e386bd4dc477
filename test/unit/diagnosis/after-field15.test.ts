import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field15's first look (test/fixtures/first-looks/field15.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone.
 */
const first = (text: string) => diagnose(text).causes[0];

describe('a refusal from Microsoft Container Registry (field15 15B002)', () => {
  const text =
    'Failed to pull image "myregistry.azurecr.io/orders-worker:2026.05.07-rev41": GET https://mcr.microsoft.com/v2/azure-container-apps/k8se/manifests/... 403 Forbidden';

  it('is an egress firewall refusing MCR, and not an ACR problem', () => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('mcr-blocked-by-egress');
    expect(d.verdict).toBe('not-acr');
  });

  it("leaves an ACR 403 after an MCR base image that was pulled fine to the registry's own causes", () => {
    const log = [
      'Step 1/6 : FROM mcr.microsoft.com/dotnet/aspnet:8.0',
      ' ---> 6a2c3b8e1f0d',
      'Successfully built 9d8c7b6a5f4e',
      'The push refers to repository [contoso.azurecr.io/web]',
      "denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    ].join('\n');
    expect(first(log)?.id).not.toBe('mcr-blocked-by-egress');
    expect(first(log)?.family).toBe('firewall-ip-not-allowed');
  });

  it('needs the refusal on the line that names MCR', () => {
    const text2 =
      'Pulling mcr.microsoft.com/azure-cli:latest ... done\nError response from daemon: Head "https://contoso.azurecr.io/v2/app/manifests/1": 403 Forbidden';
    expect(first(text2)?.id).not.toBe('mcr-blocked-by-egress');
  });
});

describe("Container Apps on an index without an OS (field15 15B001: BuildKit's attestations)", () => {
  it('reads it as the image having no variant the platform can run', () => {
    const d = diagnose("Selected tag uses an invalid operating system ''.");
    expect(d.causes[0]?.id).toBe('platform-architecture-mismatch');
    expect(d.causes[0]?.fix.some((f) => (f.command ?? '').includes('--provenance=false'))).toBe(true);
  });
});

describe("the azurerm provider's check of a registry name (field15 15C001)", () => {
  it('reads a login-server label given as the name as a wrong registry name', () => {
    const text = [
      'Error: alpha numeric characters only are allowed in "name":',
      '  "maberdevcontainerregistry-ccedhvhwfndwetdp"',
      '  with data.azurerm_container_registry.shared,',
      '  on main.tf line 389',
    ].join('\n');
    expect(first(text)?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe('the same azurerm words for an AKS node pool (AgentPoolName)', () => {
  it('are not read as a registry name', () => {
    const text = [
      '│ Error: alpha numeric characters only are allowed in "name": "user_pool"',
      '│',
      '│   with azurerm_kubernetes_cluster_node_pool.user,',
    ].join('\n');
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('other');
    expect(d.causes.map((c) => c.family)).not.toContain('wrong-registry-name-or-not-found');
  });
});
