/**
 * What field43's first look missed, generalised (each written from what the program or the sentence means, with
 * pastes of our own, none of field43's texts): "root cause" is not a root CA; a region the subscription's offer does
 * not allow, and Resource Manager's other refusals of the resource from its catalogue of deployment errors; Container Apps reading a Key Vault secret; a start command naming a file the image lacks; a platform
 * still busy with an earlier operation; the registry's own service principal disabled in the tenant; both halves of
 * Go's request timeout are one piece of evidence.
 */
import { diagnose } from '../../../src/diagnosis';

const families = (text: string) => diagnose(text).causes.map((c) => c.family);

describe('a write-up that names its root cause', () => {
  it('is not about a root CA: no certificate cause from the heading', () => {
    const d = diagnose(
      'Root cause of the failed rollout: the new job has its own identity and nobody granted it AcrPull on the registry.',
    );
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
    expect(d.causes.map((c) => c.family)).not.toContain('tls-or-proxy-interception');
  });

  it('a root CA told as such still reads as TLS interception', () => {
    expect(families('docker login fails since IT replaced the root CA on our laptops')[0]).toBe(
      'tls-or-proxy-interception',
    );
  });
});

describe('Azure refusing the registry resource itself', () => {
  it("a region the subscription's offer does not allow is not registry access", () => {
    const d = diagnose(
      "(RequestDisallowedByAzure) Resource 'shopacr' was disallowed by Azure: This policy maintains a set of best available regions.",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });
});

describe("Resource Manager's other refusals of the registry resource", () => {
  it.each([
    [
      'the type not offered in the region',
      "Code: LocationNotAvailableForResourceType Message: The provided location 'westus9' is not available for resource type 'Microsoft.ContainerRegistry/registries'.",
    ],
    [
      'the SKU not offered',
      "Code=SkuNotAvailable; Message=The requested tier for resource 'teamacr' is currently not available in location 'eastus3'.",
    ],
    [
      'a disabled subscription',
      'az acr create failed: (ReadOnlyDisabledSubscription) The subscription is disabled and therefore marked as read only.',
    ],
  ])('%s', (_, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });
});

describe('Container Apps reading a Key Vault secret with its identity', () => {
  it('is the vault, not the registry', () => {
    const d = diagnose(
      [
        'Failed to provision revision for container app "orders-api".',
        'Error: Unable to get value using Managed identity /subscriptions/x/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-orders for secret db-password.',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('other-azure-service-refused');
  });
});

describe('a start command naming a file the image does not hold', () => {
  it("Node's missing entry file: the image was pulled, the app did not start", () => {
    const d = diagnose(
      "The revision keeps failing: Error: Cannot find module '/usr/src/app/server/index.js' at Module._resolveFilename",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('platform-app-did-not-start');
  });

  it("Python's missing script reads the same", () => {
    const d = diagnose("python: can't open file '/srv/api/main.py': [Errno 2] No such file or directory");
    expect(d.causes[0]?.id).toBe('platform-app-did-not-start');
  });

  it('a package a build cannot resolve is not a start command', () => {
    expect(diagnose("Error: Cannot find module 'left-pad'").causes.map((c) => c.id)).not.toContain(
      'platform-app-did-not-start',
    );
  });
});

describe('a platform still busy with an earlier operation', () => {
  it('refuses the next change; registry access is not the problem', () => {
    const d = diagnose(
      "ERROR: (ContainerAppOperationInProgress) Cannot modify a container app 'billing' because there is an operation in progress.",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('transient-service-error');
  });
});

describe("the registry's own service principal disabled in the tenant", () => {
  it('AADSTS500014 is the service principal, not a role', () => {
    const d = diagnose(
      "AADSTS500014: The service principal for resource 'https://containerregistry.azure.net' is disabled.",
    );
    expect(d.causes[0]?.family).toBe('service-principal-not-registered');
  });
});

describe("Go's request timeout", () => {
  it('both halves of the message are one piece of evidence: never certain, the other readings listed', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://shopacr.azurecr.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    );
    expect(d.causes[0]?.family).toBe('client-firewall-blocks-endpoints');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    const all = d.causes.map((c) => c.family);
    expect(all).toContain('private-endpoint-or-private-dns');
    expect(all).toContain('tls-or-proxy-interception');
  });
});
