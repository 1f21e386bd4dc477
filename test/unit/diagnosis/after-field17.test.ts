import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field17's first look (test/fixtures/first-looks/field17.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone.
 */
const first = (text: string) => diagnose(text).causes[0];

describe("the AKS node's registry mirror without an identity (field17 17A001)", () => {
  const journal = [
    '  ERROR lifec_registry: Error with azure sdk, request token error',
    '  ERROR ...login: Could not authn request, falling back to anonymous auth',
  ].join('\n');

  it("is the node's identity missing, and not certain from one event", () => {
    const d = diagnose(journal);
    expect(d.causes[0]?.id).toBe('aks-kubelet-identity-removed-from-vmss');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.95);
  });
});

describe('an image that is not there, in other words (field17 17A002, 17A003)', () => {
  it.each([
    "This caused 'manifest not found' errors for selenium image",
    "GRID e2e nodes failed with 'ctr: image aks-gpu-grid:1.0: not found' -> exit 84",
  ])('is read as a missing tag: %s', (text) => {
    expect(first(text)?.family).toBe('image-or-tag-not-found');
  });
});

describe('App Service told not to pull with its identity (field17 17C001)', () => {
  it('is the setting, not a role the identity lacks', () => {
    const text =
      'When using AzureWebAppContainerV1 to deploy an application, acrUseManagedIdentityCreds is silently switched to "false" which causes the deployment to fail due to "unauthorized: authentication required" error.';
    expect(first(text)?.id).toBe('platform-registry-credentials-missing');
  });

  it('leaves the role first when the setting is on', () => {
    const text =
      'acrUseManagedIdentityCreds is true and the identity is set, yet the pull fails with "unauthorized: authentication required" from contoso.azurecr.io';
    expect(first(text)?.id).not.toBe('platform-registry-credentials-missing');
  });
});
