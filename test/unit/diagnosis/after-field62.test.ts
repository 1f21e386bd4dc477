import { diagnose } from '../../../src/diagnosis';

/**
 * What field62's first look missed, generalised: a registry named by the protocol's structure beyond the `/v2/`
 * root (registry-endpoints.ts). Our own pastes.
 */
const elsewhere = (text: string) => {
  const d = diagnose(text);
  return { verdict: d.verdict, elsewhere: d.signals.facts.includes('registry-elsewhere') };
};

describe("field62's misses, in other words", () => {
  it.each([
    [
      "an old Docker client's v1 ping",
      'Error response from daemon: Get https://hub.corp.example:5000/v1/_ping: dial tcp 10.2.3.4:5000: i/o timeout',
    ],
    [
      "the v1 API's users endpoint",
      'Error response from daemon: Get https://registry.lab.internal/v1/users/: x509: certificate has expired or is not yet valid',
    ],
    [
      "containerd's token realm on another host",
      'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://auth.registry.example/token?scope=repository%3Ateam%2Fapi%3Apull&service=registry.example: 403 Forbidden',
    ],
    [
      "BuildKit's token realm on an address and port",
      'ERROR: failed to solve: failed to fetch anonymous token: Get "https://192.0.2.44:8443/service/token?scope=repository%3Abase%2Fpython%3Apull": x509: certificate signed by unknown authority',
    ],
    [
      "podman's layer upload to a host with no path",
      'Error: writing blob: initiating layer upload to /v2/team/api/blobs/uploads/ in harbor.corp.example: unauthorized: unauthorized to access repository: team/api, action: push',
    ],
    [
      "skopeo's manifest read from another registry",
      'FATA[0002] Error reading manifest 2.1.0 in registry.corp.example/tools/jq: manifest unknown: manifest unknown',
    ],
    [
      "buildah's blob check at another registry",
      'Error: trying to reuse blob sha256:9a0b at destination: checking whether a blob sha256:9a0b exists in registry.corp.example/team/api: authentication required',
    ],
  ])('%s: another registry, not ACR', (_what, text) => {
    expect(elsewhere(text)).toEqual({ verdict: 'not-acr', elsewhere: true });
  });

  it.each([
    [
      'the same upload to an ACR',
      'Error: writing blob: initiating layer upload to /v2/team/api/blobs/uploads/ in contoso.azurecr.io: unauthorized: authentication required',
    ],
    [
      "ACR's own token realm",
      'failed to fetch oauth token: unexpected status from POST request to https://contoso.azurecr.io/oauth2/token: 401 Unauthorized',
    ],
    [
      'a manifest read from an ACR',
      'Error: reading manifest 1.4 in contoso.azurecr.io/team/api: manifest unknown: manifest tagged by "1.4" is not found',
    ],
  ])('%s: stays ACR', (_what, text) => {
    expect(elsewhere(text)).toEqual({ verdict: 'acr', elsewhere: false });
  });

  it("does not read the Kubernetes API's /api/v1/ or an Entra token URL as a registry", () => {
    const kube = diagnose(
      'E1204 10:02:11 reflector.go:138] Failed to watch *v1.Pod: Get "https://10.0.0.1:443/api/v1/pods?limit=500": dial tcp 10.0.0.1:443: i/o timeout\nFailed to pull image "contoso.azurecr.io/team/api:1.4": failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    );
    expect(kube.signals.facts).not.toContain('registry-elsewhere');
    expect(kube.verdict).toBe('acr');
    const entra = diagnose(
      'failed to fetch oauth token: Post "https://login.microsoftonline.com/72f988bf/oauth2/v2.0/token": dial tcp: lookup login.microsoftonline.com: no such host\nFailed to pull image "contoso.azurecr.io/team/api:1.4"',
    );
    expect(entra.signals.facts).not.toContain('registry-elsewhere');
  });

  it.each([
    [
      "Entra ID's older authority",
      'Failed to pull image "contoso.azurecr.io/team/api:1.4": failed to fetch oauth token: Post "https://sts.windows.net/72f988bf/oauth2/token": dial tcp: i/o timeout',
    ],
    [
      'the instance metadata service',
      'Failed to pull image "contoso.azurecr.io/team/api:1.4": failed to fetch oauth token: Get "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01": context deadline exceeded',
    ],
  ])('does not read a token URL of %s as another registry', (_what, text) => {
    const d = diagnose(text);
    expect(d.signals.facts).not.toContain('host:other-registry');
    expect(d.verdict).toBe('acr');
  });
});
