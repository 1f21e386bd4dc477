import { diagnose } from '../../../src/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * Messages of tools people run against ACR, taken from the tools' sources (Flux's fluxcd/pkg auth, Ratify's
 * Azure auth providers, Testcontainers' credential lookup), with other names than the corpus pastes that showed
 * the gap (field6 6b014, 6b017).
 */
const top = (text: string) => diagnose(text).causes[0];
const ids = (text: string) => diagnose(text).causes.map((c) => c.id);

describe("the flux CLI's own registry login (field6 6b014's shape)", () => {
  const text =
    '► logging in to registry with provider credentials\n' +
    '✗ error during login with provider: could not login to provider azure with url northwind.azurecr.io/deploy/bundle: ' +
    'failed to create provider access token for the controller: ManagedIdentityCredential: failed to authenticate a ' +
    'system assigned identity. The endpoint responded with {"error":"invalid_request","error_description":"Identity not found"}';

  it('is a machine without an identity, not a node pool that lost the kubelet identity', () => {
    expect(top(text)?.id).toBe('workload-identity-not-available');
    expect(ids(text)).not.toContain('aks-kubelet-identity-removed-from-vmss');
  });

  it("leaves the kubelet's reading alone when no flux login is in the paste", () => {
    expect(
      top(
        'Warning  Failed  kubelet  Failed to pull image "northwind.azurecr.io/web:2": ' +
          'ManagedIdentityCredential: the endpoint responded with {"error":"invalid_request","error_description":"Identity not found"}',
      )?.id,
    ).toBe('aks-kubelet-identity-removed-from-vmss');
  });
});

describe('identity configuration messages of Flux and Ratify', () => {
  it.each([
    ['Ratify managed identity', 'ENV_NOT_SET: AZURE_TENANT_ID environment variable is empty'],
    [
      'Ratify workload identity',
      'ENV_NOT_SET: no client ID provided and AZURE_CLIENT_ID environment variable is empty',
    ],
    [
      'Ratify endpoints',
      'level=warning msg="failed to resolve the subject descriptor from store oras with error HOST_NAME_INVALID: ' +
        'the artifact host tailspin.azurecr.io is not in the scope of the store auth provider"',
    ],
    [
      'Flux lockdown',
      'the specified default service account does not exist in the object namespace. your cluster is subject to ' +
        'multi-tenant workload identity lockdown, reach out to your cluster administrator for help',
    ],
  ])('%s: no identity for the workload', (_, text) => {
    expect(top(text)?.id).toBe('workload-identity-not-available');
  });
});

describe('Testcontainers sending an identity token as a password (field6 6b017)', () => {
  const text =
    'testcontainers [DEBUG] Auth config found for registry "tailspin.azurecr.io": CredsStore +201ms\n' +
    'Error: (HTTP code 500) server error - Head "https://tailspin.azurecr.io/v2/it/redis/manifests/7": ' +
    'unauthorized: aad access token with sp failed client id must be guid';

  // The refusal's two halves once counted as two clues for a stale Docker entry, which kept it level with the
  // library; read once (field69), the user name the library sent is the other reading.
  it('is the library first, never certain, with the user name it sent as the other reading', () => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('test-library-ignores-identity-token');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.undecided);
    expect(d.causes.slice(0, 2).map((c) => c.id)).toContain('wrong-username-or-password');
  });

  it('leaves the stale Docker entry first when the Docker CLI pulled', () => {
    const docker =
      'Error response from daemon: Head "https://tailspin.azurecr.io/v2/it/redis/manifests/7": ' +
      'unauthorized: aad access token with sp failed client id must be guid';
    expect(top(docker)?.id).toBe('docker-config-stale-login');
  });
});

describe("acorn's own advice on a registry it has no login for", () => {
  it('a missing stored credential is no login, decided', () => {
    const d = diagnose(
      'Error: credential not found for tailspin.azurecr.io/ops/acorn:v0.7.1, run acorn/docker login first',
    );
    expect(d.causes[0]?.id).toBe('docker-not-logged-in');
    expect(d.ambiguity.ambiguous).toBe(false);
  });

  it('a 401 with its login advice stays undecided against wrong credentials', () => {
    const d = diagnose(
      'Error: not authorized to pull tailspin.azurecr.io/ops/web:v2 - Use `acorn login <REGISTRY>` to login to the registry',
    );
    expect(d.causes[0]?.id).toBe('docker-not-logged-in');
    expect(d.causes.map((c) => c.id)).toContain('wrong-username-or-password');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.undecided);
  });
});

describe('a credential helper that could not reach the registry (acr-docker-credential-helper)', () => {
  it('is the name or DNS, undecided, not a broken credential store', () => {
    const d = diagnose(
      'error getting credentials - err: exit status 1, out: `Error reaching registry endpoint https://wingtipqa.azurecr.io/v2/, ' +
        'error: Get https://wingtipqa.azurecr.io/v2/: dial tcp: lookup wingtipqa.azurecr.io: no such host`',
    );
    expect(d.causes[0]?.family).not.toBe('docker-not-running-or-misconfigured');
    expect(d.ambiguity.ambiguous).toBe(true);
  });

  it('still blames the helper when it fails on its own', () => {
    expect(
      top(
        'error getting credentials - err: exit status 1, out: `Failed to create secondary file store dir /home/ci/.docker/acr`',
      )?.id,
    ).toBe('docker-credential-store-failing');
  });

  it('reads a stored secret that is no ACR token as a stale entry', () => {
    expect(
      top('error getting credentials - err: exit status 1, out: `Invalid existing refresh token length: 1`')
        ?.id,
    ).toBe('docker-config-stale-login');
  });
});

describe('an ACR credential helper on a node with several identities (kaniko with docker-credential-acr-env)', () => {
  it('is a workload with no identity chosen, not a broken helper', () => {
    expect(
      top(
        'resolving authorization for wingtipqa.azurecr.io failed: error getting credentials - err: exit status 1, out: ' +
          '`failed to acquire refresh token error refreshing sp token - adal: Refresh request failed. Status Code = ' +
          '\'400\'. Response body: {"error":"invalid_request","error_description":"Multiple user assigned identities ' +
          'exist, please specify the clientId / resourceId of the identity in the token request"}`',
      )?.id,
    ).toBe('workload-identity-not-available');
  });
});
