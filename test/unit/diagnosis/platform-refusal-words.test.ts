/**
 * The kubelet's and Resource Manager's own words for failures next to a pull that are not the registry's (their
 * event reasons and deployment summaries), read as such: a pod that could not be created from the pulled image or was
 * evicted, a template deployment refused by a policy, a deployment Resource Manager refused in itself.
 */
import { diagnose } from '../../../src/diagnosis';

describe("the kubelet's reasons after a pull", () => {
  it.each([
    ['the container could not be created', 'Warning  Failed  12s  kubelet  Error: CreateContainerError'],
    [
      'the node evicted the pod',
      'Warning  Evicted  3m  kubelet  The node was low on resource: memory. Container api was using 1.9Gi.',
    ],
  ])('%s: not the registry', (_, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
  });

  it('a pull that failed beside it is still what the person needs first', () => {
    const d = diagnose(
      [
        'Warning  Failed  kubelet  Failed to pull image "shopacr.azurecr.io/api:v3": rpc error: code = NotFound desc = failed to pull and unpack image "shopacr.azurecr.io/api:v3": failed to resolve reference "shopacr.azurecr.io/api:v3": shopacr.azurecr.io/api:v3: not found',
        'Warning  Failed  kubelet  Error: CreateContainerError',
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });
});

describe("Resource Manager's template deployment refused by a policy", () => {
  it('is the policy, not the registry', () => {
    const d = diagnose(
      'ERROR: (InvalidTemplateDeployment) The template deployment failed because of policy violation. Please see details for more information.',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });
});

describe('Resource Manager refusing the deployment itself', () => {
  it.each([
    [
      'a template it cannot validate',
      "ERROR: (InvalidTemplate) Deployment template validation failed: 'The resource 'Microsoft.Authorization/roleAssignments/pull' is not defined in the template.'",
    ],
    [
      'a resource group being deleted',
      "ERROR: (ResourceGroupBeingDeleted) The resource group 'rg-shop' is in deprovisioning state and cannot perform this operation.",
    ],
    [
      'a name taken in another location',
      "Code: InvalidResourceLocation. The resource 'shopacr' already exists in location 'westeurope' in resource group 'rg-shop'.",
    ],
  ])('%s: not the registry', (_, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });

  it('a provider not registered for the location is the subscription', () => {
    const d = diagnose(
      "Code: MissingRegistrationForLocation. The subscription is not registered for the resource type 'registries' in the location 'westus9'.",
    );
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });
});
