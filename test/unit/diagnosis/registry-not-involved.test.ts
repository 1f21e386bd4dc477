/**
 * Issue 7 (look-alikes): an Entra sign-in that failed where no registry appears at all is an Azure sign-in problem,
 * not the registry's. The sign-in cause is still the first cause (its fix is what the person needs), but the verdict
 * says the registry is not what failed. Motivated by field4 k015 (azure/login), k016 (a storage driver's token), k045
 * (a federated credential of a deployment) and field5 a002; b028 for Azure's control plane failing to resolve.
 */
import { diagnose } from '../../../src/diagnosis';

const EXPIRED =
  "Error: AADSTS7000222: The provided client secret keys for app '5b1c9e0a-3d2f-4a67-8e91-2c4b6d8f0a13' are expired. " +
  'Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret';

describe('an Entra sign-in with no registry in sight', () => {
  it('keeps the sign-in cause first but says the registry is not what failed', () => {
    const d = diagnose(
      `Run azure/login@v2\nRunning Azure CLI Login.\nAttempting Azure CLI login by using service principal with secret...\n${EXPIRED}`,
    );
    expect(d.causes[0]?.family).toBe('expired-credentials');
    expect(d.signals.facts).toContain('registry-absent');
    expect(d.verdict).toBe('not-acr');
  });

  it('a federated credential mismatch of a deployment is not the registry either', () => {
    const d = diagnose(
      "Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/app:environment:production'.",
    );
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    ['an ACR login server', `docker login contoso.azurecr.io\n${EXPIRED}`],
    ['az acr', `$ az acr login -n contoso\n${EXPIRED}`],
    ['a registry word', `Failed to get credentials for the container registry\n${EXPIRED}`],
    [
      'the credential provider',
      `E0311 azure_credentials.go:173] Failed to ensure fresh service principal token\n${EXPIRED}`,
    ],
    ['a Docker credential helper', `error getting credentials - err: exit status 1, out: \`${EXPIRED}\``],
  ])('stays an ACR verdict when the paste shows %s', (_what, text) => {
    const d = diagnose(text);
    expect(d.signals.facts).not.toContain('registry-absent');
    expect(d.verdict).toBe('acr');
  });

  it('does not call a registry refusal without a host "not the registry"', () => {
    // No registry word here either, but no Entra code: the registry's own refusals are too short to judge by absence.
    expect(diagnose('FATA[0000] unexpected status code 403').verdict).not.toBe('not-acr');
    expect(diagnose('Error: Username and password required').verdict).toBe('acr');
  });

  it('takes a registry named outside the paste as a registry in the story', () => {
    expect(diagnose(EXPIRED, { registryHint: 'contoso' }).verdict).toBe('acr');
  });
});

describe("Azure's control plane failing to resolve", () => {
  it('is the client network, not the registry (field5 b028)', () => {
    const d = diagnose(
      'Error Message: request to https://management.azure.com/subscriptions/x/providers/Microsoft.ContainerRegistry/registries?api-version=2019-12-01-preview failed, reason: getaddrinfo ENOTFOUND management.azure.com',
    );
    expect(d.causes[0]?.family).toBe('dns-resolution-failure');
    expect(d.verdict).toBe('not-acr');
  });

  it('the registry itself failing to resolve stays an ACR verdict', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": dial tcp: lookup contoso.azurecr.io on 10.0.0.10:53: no such host',
    );
    expect(d.verdict).toBe('acr');
  });
});
