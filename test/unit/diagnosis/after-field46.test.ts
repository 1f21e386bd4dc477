import { diagnose } from '../../../src/diagnosis';

/**
 * What field46's first look missed, generalised: other services' refusals (a database's sign-in, Storage's
 * authorisation), Resource Manager codes quoted in markdown or in a sentence, an app that cannot start in its image,
 * and a resource-group code that means two things. Every paste here is our own.
 */
describe('failures next to a registry that are not the registry', () => {
  it.each([
    [
      'psql: error: connection to server at "10.0.4.5", port 5432 failed: FATAL:  password authentication failed for user "orders_app"',
      'other-azure-service-refused',
    ],
    [
      'asyncpg.exceptions.ClientConfigurationError: No password has been provided but the backend requires one (in SASL/SCRAM-SHA-256)',
      'other-azure-service-refused',
    ],
    [
      "Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user '<token-identified principal>'.",
      'other-azure-service-refused',
    ],
    [
      'Azure.RequestFailedException: This request is not authorized to perform this operation. Status: 403 (This request is not authorized to perform this operation.) ErrorCode: AuthorizationFailure',
      'other-azure-service-refused',
    ],
    [
      'Exception in thread "main" java.lang.UnsupportedClassVersionError: com/contoso/orders/App has been compiled by a more recent version of the Java Runtime (class file version 65.0)',
      'container-start-failed',
    ],
    [
      'Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\n    from fastapi import FastAPI\nModuleNotFoundError: No module named \'fastapi\'',
      'container-start-failed',
    ],
    [
      '(NetworkRuleNotSupported) Network rules are not supported for registries of this SKU.',
      'cli-usage-or-unsupported',
    ],
    [
      'Deployment of the database failed with `LocationIsOfferRestricted`: subscriptions of this offer cannot create servers in this region.',
      'subscription-policy-or-sku-restriction',
    ],
  ])('%#: is not the registry', (text, id) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe(id);
    expect(d.verdict).toBe('not-acr');
  });

  it("az's own missing module is the tool, not an app that failed to start", () => {
    const d = diagnose("ModuleNotFoundError: No module named 'azure.cli.command_modules.acr'");
    expect(d.causes[0]?.id).not.toBe('container-start-failed');
  });
});

describe("Resource Manager's code where nothing is about a registry, however it is quoted", () => {
  it.each([
    'The environment deployment fails with `ManagedEnvironmentInvalidSubnetConfiguration` until the subnet is a /23.',
    'Without the delegation the deployment fails with ManagedEnvironmentSubnetDelegationError.',
    '| 3 | `Microsoft.Resources/deployments/db` | `ServerNameAlreadyExists` | "Specified server name is already used." |',
  ])('%#: is another resource refused', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('arm-error:no-registry');
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    // Class and setting names quoted in markdown are not codes.
    'The app signs in with `DefaultAzureCredential` and gets nothing back.',
    // An image or a pull named in the code leaves it to the registry's rules.
    'The revision failed with `ImagePullBackOff` for an hour.',
  ])('%#: leaves names that are not a code of another resource', (text) => {
    expect(diagnose(text).signals.facts).not.toContain('arm-error:no-registry');
  });
});

describe('a resource group that was not found', () => {
  it('may be another subscription or a group not created yet: said, and never certain', () => {
    const d = diagnose('deploy.ps1 failed with `ResourceGroupNotFound` at the registry step');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
    expect(d.causes.map((c) => c.family)).toEqual(
      expect.arrayContaining(['wrong-tenant-or-subscription', 'other']),
    );
  });
});
