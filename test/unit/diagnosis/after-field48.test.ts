import { diagnose } from '../../../src/diagnosis';

/**
 * What field48's first look missed, generalised: Resource Manager codes however a log or a person places them, an
 * app's own browser sign-in refused for its registration, kubectl refused by the cluster's RBAC, az refusing how it
 * was called. Every paste here is our own.
 */
describe("Resource Manager's codes, wherever they stand", () => {
  it.each([
    // In parentheses at the end of a line, or before a full stop.
    "ERROR: (ManagedEnvironmentNotFound)\nThe managed environment 'cae-orders' was not found in resource group 'rg-orders'",
    'The assignment could not resolve its definition (PolicyDefinitionNotFound).',
    // A validation code that begins its own line.
    "Deployment Error Details:\nInvalidResourceReference: Resource 'vnet-hub/snet-apps' referenced by resource 'cae-orders' was not found.",
    // Named as the kind of an error.
    'Retry the step: it prevents ManagedEnvironmentProvisioningInProgress errors when two jobs run at once.',
  ])('%#: is another resource refused', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('arm-error:no-registry');
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    // A language's own errors at the start of a line are not Resource Manager's.
    "Traceback (most recent call last):\nValueError: invalid literal for int() with base 10: 'abc'",
    // The generic not-found codes stay with the causes that read them (a registry, a wrong subscription).
    "(ResourceNotFound) The Resource 'orders' under resource group 'rg-app' was not found.",
  ])('%#: leaves codes that are not a named resource', (text) => {
    expect(diagnose(text).signals.facts).not.toContain('arm-error:no-registry');
  });
});

describe('sign-ins and commands that are not the registry', () => {
  it.each([
    [
      "AADSTS50011: The redirect URI 'http://localhost:8080/signin-oidc' specified in the request does not match the redirect URIs configured for the application.",
      'app-sign-in-misconfigured',
    ],
    [
      "AADSTS700054: response_type 'id_token' is not enabled for the application.",
      'app-sign-in-misconfigured',
    ],
    [
      'The smoke test failed: kubectl get pods answered Forbidden for the pipeline identity.',
      'kubernetes-not-registry',
    ],
    ["az storage container create --name '' fails with 'incorrect usage'.", 'cli-usage-or-unsupported'],
  ])('%#: is not the registry', (text, id) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe(id);
    expect(d.verdict).toBe('not-acr');
  });

  it("a pull refused with 403 is the registry's even where kubectl printed it", () => {
    const d = diagnose(
      'kubectl describe pod api-7d9f\n  Warning  Failed  12s  kubelet  Failed to pull image "contoso.azurecr.io/api:3": failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
    );
    expect(d.verdict).toBe('acr');
  });
});
