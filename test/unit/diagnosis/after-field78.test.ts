import { diagnose } from '../../../src/diagnosis';

/** What field78's first look missed, generalised. Our own pastes. */
describe("Resource Manager's refusal of a namespace it does not offer", () => {
  it('is the subscription’s or the cloud’s restriction, not an access problem', () => {
    const d = diagnose(
      "Code: InvalidResourceNamespace\nMessage: The resource namespace 'Microsoft.ContainerRegistry' is invalid.",
    );
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });
});
