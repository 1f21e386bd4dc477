import { diagnose } from '../../../src/diagnosis';

/**
 * What field52's first look missed, generalised: a region out of capacity for the service being created, a
 * single-page app's token redeemed outside a browser, a registry SKU without anonymous pull, Container Apps told to
 * pull with an identity the app does not have. Every paste here is our own.
 */
describe("field52's misses, in other words", () => {
  it.each([
    [
      'a region out of capacity',
      'Code: ProvisioningDisabled\nMessage: The subscription does not have sufficient capacity for the requested operation in this region. Try another region.',
      'platform-quota-or-image-os',
      'not-acr',
    ],
    [
      'capacity restrictions',
      'Cosmos DB account creation failed: the region northeurope is under capacity restrictions right now.',
      'platform-quota-or-image-os',
      'not-acr',
    ],
    [
      "a single-page app's token",
      'POST /oauth2/v2.0/token 400 invalid_request: AADSTS9002327: Tokens issued for the Single-Page Application client-type may only be redeemed via cross-origin requests.',
      'app-sign-in-misconfigured',
      'not-acr',
    ],
    [
      'anonymous pull on a Basic registry',
      "ERROR: (BadRequest) Anonymous pull is not supported for SKU Basic. Use 'Standard' or 'Premium'.",
      'cli-usage-or-unsupported',
      'not-acr',
    ],
    [
      'an identity the app does not have',
      "ERROR: (InvalidParameterValueInContainerTemplate) Identity with resource ID '/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pull' not found for registry contoso.azurecr.io",
      'platform-registry-credentials-missing',
      'acr',
    ],
  ])('%s', (_what, text, cause, verdict) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe(cause);
    expect(d.verdict).toBe(verdict);
  });
});
