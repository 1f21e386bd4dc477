/**
 * Look-alikes read from the programs' own words (git, BuildKit and the classic builder, Helm's release bookkeeping,
 * Terraform's azurerm provider, ARM's role-assignment errors) and registries named by address. Written before
 * field27 was merged, from the programs' sources, not from any corpus paste.
 */
import { diagnose } from '../../../src/diagnosis';

const PULL_BY_ADDRESS =
  'Failed to pull image "10.10.47.1/team/api:1.2": rpc error: code = Unknown desc = failed to pull and unpack image ' +
  '"10.10.47.1/team/api:1.2": failed to resolve reference "10.10.47.1/team/api:1.2": failed to do request: Head ' +
  '"https://10.10.47.1/v2/team/api/manifests/1.2": dial tcp 10.10.47.1:443: connect: connection refused';

describe('a registry named by its address', () => {
  it('is someone else’s registry, not the ACR’s client firewall', () => {
    const d = diagnose(PULL_BY_ADDRESS);
    expect(d.verdict).toBe('not-acr');
    expect(d.notAcrReason).toBe('look-alike');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('keeps an ACR named beside it as the registry that failed', () => {
    const d = diagnose(
      'Failed to pull image "contoso.azurecr.io/api:1": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\n' +
        'mirror 10.10.47.1/team/api:1 was not tried',
    );
    expect(d.verdict).toBe('acr');
  });

  it('may be the ACR behind a nested IoT Edge parent’s proxy', () => {
    const d = diagnose(
      'Mar 12 21:52:14 edge aziot-edged[321]: 2021-03-12T21:52:14Z [WARN] - Could not pull image 10.16.6.4:443/simulated-sensor:1.0\n' +
        'Mar 12 21:52:14 edge aziot-edged[321]: 2021-03-12T21:52:14Z [WARN] -         caused by: manifest for 10.16.6.4:443/simulated-sensor:1.0 not found: manifest unknown: ',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });

  it('is not a word of a message after "image:" starting a sentence', () => {
    const d = diagnose(
      'error: build error: failed to pull image: After retrying 2 times, Pull image still failed due to error: unauthorized: authentication required',
    );
    expect(d.signals.otherRegistries).not.toContain('docker.io');
    expect(d.verdict).toBe('acr');
  });
});

describe("look-alikes in the programs' own words", () => {
  it.each([
    [
      'git-source-access',
      "fatal: could not read Username for 'https://github.com': No such device or address",
    ],
    [
      'git-source-access',
      "fatal: Authentication failed for 'https://dev.azure.com/contoso/Platform/_git/api/'",
    ],
    [
      'git-source-access',
      'git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.',
    ],
    [
      'build-input-missing',
      'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
    ],
    [
      'build-input-missing',
      "The command '/bin/sh -c pip install -r requirements.txt' returned a non-zero code: 1",
    ],
    [
      'build-input-missing',
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref abc::def: "/app/build": not found',
    ],
    [
      'build-input-missing',
      'COPY failed: file not found in build context or excluded by .dockerignore: stat app/build: file does not exist',
    ],
    ['build-input-missing', 'An image does not exist locally with the tag: contoso.azurecr.io/web'],
    ['kubernetes-not-registry', 'Error: INSTALLATION FAILED: cannot re-use a name that is still in use'],
    [
      'kubernetes-not-registry',
      'Error: INSTALLATION FAILED: rendered manifests contain a resource that already exists. Unable to continue with install: Deployment "api" in namespace "prod" exists',
    ],
    ['kubernetes-not-registry', 'Error: UPGRADE FAILED: "api" has no deployed releases'],
    [
      'cli-usage-or-unsupported',
      'Error: A resource with the ID "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso" already exists - to be managed via Terraform this resource needs to be imported into the State. Please see the resource documentation for "azurerm_container_registry" for more information.',
    ],
    [
      'cli-usage-or-unsupported',
      'Error: unexpected status 409 (409 Conflict) with error: RoleAssignmentExists: The role assignment already exists.',
    ],
    [
      'cli-usage-or-unsupported',
      '{"code":"RoleAssignmentUpdateNotPermitted","message":"Tenant ID, application ID, principal ID, and scope are not allowed to be updated."}',
    ],
    [
      'cli-usage-or-unsupported',
      '│ Error: Error acquiring the state lock\n│\n│ Error message: resource not found',
    ],
  ])('%s: %s', (cause, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe(cause);
  });
});

describe("git's own failures", () => {
  it('gives way to a registry refusal after the checkout', () => {
    const d = diagnose(
      "fatal: Authentication failed for 'https://github.com/contoso/tools.git/'\n" +
        'Error response from daemon: Get "https://contoso.azurecr.io/v2/api/manifests/1": unauthorized: authentication required',
    );
    expect(d.verdict).toBe('acr');
  });
});

describe('a Dockerfile step that failed on its own', () => {
  it('still reads an ACR sign-in failing inside a RUN step as the sign-in', () => {
    const d = diagnose(
      'ERROR: failed to solve: process "/bin/sh -c az acr login -n contoso" did not complete successfully: exit code: 1\n' +
        " > [4/6] RUN az acr login -n contoso:\nERROR: Please run 'az login' to setup account.",
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('az-cli-not-logged-in-or-token-expired');
  });

  it('still reads a registry refusal inside a RUN step as the registry', () => {
    const d = diagnose(
      'Step 5/9 : RUN docker pull contoso.azurecr.io/tools:1\n' +
        'Error response from daemon: Get "https://contoso.azurecr.io/v2/tools/manifests/1": unauthorized: authentication required\n' +
        "The command '/bin/sh -c docker pull contoso.azurecr.io/tools:1' returned a non-zero code: 1",
    );
    expect(d.verdict).toBe('acr');
  });
});

describe("infrastructure code's own bookkeeping", () => {
  it("reads ARM's PrincipalNotFound with its replication-delay hint as an ambiguous propagation delay", () => {
    const d = diagnose(
      'Error: creating Role Assignment: (Name "1111" / Scope "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso"): ' +
        'unexpected status 400 (400 Bad Request) with error: PrincipalNotFound: Principal 2222 does not exist in the directory 3333. Check that you have the correct principal ID. ' +
        'If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay.',
    );
    expect(d.causes[0]?.id).toBe('role-assignment-propagation-delay');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    expect(d.causes.map((c) => c.id)).toContain('sp-not-found-in-tenant');
  });

  it('keeps PrincipalNotFound without the hint as a principal from another directory', () => {
    const d = diagnose('PrincipalNotFound: Principal 2222 does not exist in the directory 3333.');
    expect(d.causes[0]?.id).toBe('sp-not-found-in-tenant');
  });
});
