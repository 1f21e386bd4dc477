import { diagnose } from '../../../src/diagnosis';

/**
 * What field54's first look missed, generalised: the .NET SDK's own words for a registry it could not sign in to,
 * reach or find a base image in (its Strings.resx), Docker Hub's token server refusing a scope, a name with no
 * registry host pushed to Docker Hub, a database's and a port's "denied", another service's resource that does not
 * exist, a role named in a code span, and the admin user's commands. Every paste here is our own.
 */
describe("field54's misses, in other words", () => {
  it.each([
    [
      'no credential for the registry',
      'dotnet publish -p ContainerRegistry=orders.azurecr.io\nerror CONTAINER1013: Failed to push to the output registry: CONTAINER1008: Failed retrieving credentials for "orders.azurecr.io"',
      'builder-without-registry-credentials',
    ],
    [
      'a credential helper that answered "not found"',
      'CI step failed with CONTAINER1008: Failed retrieving credentials for "orders.azurecr.io":\ncredentials not found in native keychain',
      'docker-credential-store-failing',
    ],
    [
      'a base image without the runtime identifier’s platform',
      "error CONTAINER1011: Couldn't find matching base image for orders.azurecr.io/base/runtime:9.0 that matches RuntimeIdentifier linux-musl-arm64.",
      'platform-architecture-mismatch',
    ],
  ])('the .NET SDK: %s', (_what, text, cause) => {
    expect(diagnose(text).causes[0]?.id).toBe(cause);
  });

  it("reads the .NET SDK's 'unable to communicate' as a registry it could not reach", () => {
    const d = diagnose("error CONTAINER1017: Unable to communicate with the registry 'orders.azurecr.io'.");
    expect([
      'wrong-registry-name-or-not-found',
      'dns-resolution-failure',
      'client-firewall-blocks-endpoints',
    ]).toContain(d.causes[0]?.family);
  });

  it.each([
    [
      'a push of a name with no registry host (the owner masked by CI)',
      'ERROR: failed to push ***/billing-api:main: push access denied, repository does not exist or may require authorization',
    ],
    [
      "Docker Hub's token server refusing the scope",
      '#12 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    ],
  ])('%s is another registry’s refusal', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('keeps the same refusal from a named ACR an ACR answer', () => {
    const d = diagnose(
      'failed to push orders.azurecr.io/billing-api:2.3.1: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(d.verdict).toBe('acr');
  });

  it.each([
    [
      'MySQL’s privilege',
      'backup job: mysqldump: Got error: 1227: Access denied; you need (at least one of) the SUPER privilege(s)',
    ],
    ['a MySQL health check', 'readiness gate: mysqladmin ping returned Access denied for the app user'],
    [
      'a port below 1024',
      'web container exits: nginx: [emerg] bind() to 0.0.0.0:443 failed (13: Permission denied)',
    ],
    ['Node’s port', 'Error: listen EACCES: permission denied 0.0.0.0:80'],
    [
      'another service’s resource not there yet',
      'Error: authorization.RoleAssignmentsClient#Create: StatusCode=404\n  ParentResourceNotFound: Microsoft.Storage/storageAccounts/stordersprod could not be found',
    ],
  ])('%s is not the registry', (_what, text) => {
    expect(diagnose(text).verdict).toBe('not-acr');
  });

  it('reads a role the person wrote as code', () => {
    const d = diagnose(
      '### Image pull unauthorized (web app 503)\nThe web app’s managed identity needs `AcrPull` on the registry.',
    );
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });

  it("reads the admin user's commands as the admin user", () => {
    const d = diagnose(
      'our release job runs az acr credential show and it fails since the registry was redeployed with admin set to false',
    );
    expect(d.causes[0]?.id).toBe('admin-user-disabled');
  });
});
