/**
 * What field44's first look missed, generalised (each written from what the program or the sentence means, with
 * pastes of our own, none of field44's texts): Container Apps' and AKS's own quota and capacity codes; a namespace's
 * resource quota; a pod that cannot reach the cluster's API server; Resource Manager refusing to link another
 * resource; a registry that was never created, told in a sentence; Django refusing the health probe's host.
 */
import { diagnose } from '../../../src/diagnosis';

describe("the hosting platform's quotas and capacity", () => {
  it.each([
    [
      "Container Apps' cap on environments",
      'ERROR: (MaxNumberOfGlobalEnvironmentsInSubExceeded) The subscription has reached its maximum number of managed environments.',
    ],
    [
      'a region out of capacity for Container Apps',
      'Code: ManagedEnvironmentCapacityHeavyUsageError. Message: The region is under heavy usage, try another region.',
    ],
    [
      'AKS without the vCPU quota',
      'Status=400 Code="ErrCode_InsufficientVCPUQuota" Message="Insufficient regional vcpu quota left"',
    ],
  ])('%s is not the registry', (_, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('platform-quota-or-image-os');
  });
});

describe('Kubernetes, not the registry', () => {
  it("a namespace's resource quota refusing the pod", () => {
    const d = diagnose(
      'Warning FailedCreate replicaset/api-7d9 Error creating: pods "api-7d9-x2" is forbidden: exceeded quota: team-quota, requested: pods=1',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
  });

  it("a pod that cannot reach the cluster's API server is no private endpoint", () => {
    const d = diagnose(
      'The operator pod restarts: dial tcp 10.0.0.1:443: i/o timeout while talking to the API server.',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
  });

  it('the same dial to a registry address is still the private endpoint', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://shopacr.azurecr.io/v2/": dial tcp 10.20.4.7:443: i/o timeout',
    );
    expect(d.causes[0]?.family).toBe('private-endpoint-or-private-dns');
  });
});

describe('Resource Manager refusing to link another resource', () => {
  it('LinkedAuthorizationFailed is the linked resource, not a registry role', () => {
    const d = diagnose(
      "(LinkedAuthorizationFailed) The client has permission to perform action 'Microsoft.App/containerApps/write' but does not have permission to perform action 'Microsoft.App/managedEnvironments/join/action' on the linked scope.",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('other-azure-service-refused');
  });
});

describe('a registry that was never created, told in a sentence', () => {
  it.each([
    'The release job is red: the container registry it pushes to does not exist.',
    'The deploy failed: the ACR was never created in the dev subscription.',
  ])('%s', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
    expect(d.fallback?.basis).toBe('statement');
  });

  it.each([
    ['an image', 'The image does not exist in the registry, so the deploy failed.'],
    ['credentials', 'The deploy failed because the registry credentials are missing from the app.'],
  ])('not when %s is what is missing', (_, text) => {
    expect(diagnose(text).causes[0]?.family).not.toBe('wrong-registry-name-or-not-found');
  });
});

describe("Django refusing the health probe's host", () => {
  it('the app answers, its probe fails: not the registry', () => {
    const d = diagnose(
      "Invalid HTTP_HOST header: '10.244.1.17:8000'. You may need to add '10.244.1.17' to ALLOWED_HOSTS. User-Agent: kube-probe/1.29",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('platform-app-did-not-start');
  });
});
