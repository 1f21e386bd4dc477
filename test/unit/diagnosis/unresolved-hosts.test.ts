import { diagnose } from '../../../src/diagnosis';

/**
 * A name that does not resolve is a wrong registry name only when it is the registry's: when the only names that
 * failed are Azure's control plane or Entra ID, the registry was never looked up.
 */
describe('hosts that did not resolve', () => {
  it.each([
    'request to https://management.azure.com/subscriptions/x/providers/Microsoft.ContainerRegistry/registries?api-version=2023-07-01 failed, reason: getaddrinfo ENOTFOUND management.azure.com',
    'Get "https://login.microsoftonline.com/72f988bf/oauth2/v2.0/token": dial tcp: lookup login.microsoftonline.com on 10.0.0.10:53: no such host\naz acr login -n contoso',
    'curl: (6) Could not resolve host: management.azure.com\naz acr show -n contoso',
  ])('are Azure endpoints: no confident wrong registry name (%#)', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('unresolved:azure-endpoint');
    const named = d.causes.find((c) => c.id === 'registry-name-wrong-or-missing');
    expect(named?.confidence ?? 0).toBeLessThan(0.5);
  });

  it.each([
    'Error response from daemon: Get "https://contosoo.azurecr.io/v2/": dial tcp: lookup contosoo.azurecr.io on 127.0.0.53:53: no such host',
    'Error: getaddrinfo ENOTFOUND contosoo.azurecr.io',
    // One Azure endpoint and the registry both failing: the registry's name is still in question.
    'getaddrinfo ENOTFOUND management.azure.com\ngetaddrinfo ENOTFOUND contosoo.azurecr.io',
  ])('include the registry: the wrong name stays first (%#)', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).not.toContain('unresolved:azure-endpoint');
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});
