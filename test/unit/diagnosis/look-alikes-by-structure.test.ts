/**
 * Issue 7: look-alikes recognised by structure rather than by one paste's words. Each case names the corpus lines that
 * motivated it; the counter-cases keep the same words on the user's own registry an ACR answer.
 */
import { diagnose } from '../../../src/diagnosis';

describe('a platform the image was not published for', () => {
  it.each([
    [
      'MCR (field4 k020)',
      'docker pull mcr.microsoft.com/azure-functions/dotnet:4-dotnet8\nError response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found',
    ],
    [
      'no registry named (field4 k023)',
      'no matching manifest for linux/arm64/v8 in the manifest list entries',
    ],
    [
      'GHCR through containerd',
      'Failed to pull image "ghcr.io/acme/exporter:0.9.1": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/acme/exporter:0.9.1": no match for platform in manifest: not found',
    ],
  ])('is not ACR on %s', (_where, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('platform-not-published');
    expect(d.verdict).toBe('not-acr');
  });

  it("stays the registry's image-or-tag cause on an ACR login server", () => {
    const d = diagnose(
      'Failed to pull image "contoso.azurecr.io/team/api:1.4.2": rpc error: code = NotFound desc = failed to pull and unpack image "contoso.azurecr.io/team/api:1.4.2": no match for platform in manifest: not found',
    );
    expect(d.causes[0]?.id).toBe('platform-architecture-mismatch');
    expect(d.verdict).toBe('acr');
  });

  it('stays ACR when ACR is named (an imported image pulled back from the registry)', () => {
    const d = diagnose(
      'I imported it with az acr import and pulled it from my ACR:\nno match for platform in manifest: not found',
    );
    expect(d.causes[0]?.id).not.toBe('platform-not-published');
  });
});

describe('a CI step that refuses the runner OS (field4 k013, k014)', () => {
  it.each(['Error: Please use Linux based OS as a runner.', 'Error: Only supported on linux platform'])(
    '%s',
    (text) => {
      const d = diagnose(text);
      expect(d.causes[0]?.id).toBe('ci-runner-os-unsupported');
      expect(d.verdict).toBe('not-acr');
    },
  );
});

describe('a registry name that was never set (field f060, field3 h056)', () => {
  it.each([
    "Error: The server '' in the 'imageRegistryCredentials' of container group 'timekeeping-container' is invalid. It should be a valid host name without protocol.",
    'Error Message: Command failed: docker login undefined --username 00000000-0000-0000-0000-000000000000 --password-stdin\nError response from daemon: Get https://undefined/v2/: dial tcp: lookup undefined on 192.168.65.1:53: no such host',
  ])('%s', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('registry-name-unset');
    expect(d.verdict).toBe('not-acr');
  });

  it('leaves a real server in that message alone', () => {
    const d = diagnose(
      "Error: The server 'contoso.azurecr' in the 'imageRegistryCredentials' of container group 'web' is invalid.",
    );
    expect(d.causes[0]?.id).not.toBe('registry-name-unset');
  });
});

describe("Docker's refusal of a name with no registry host (field4 k033)", () => {
  it('reads a Docker Hub name even when the first word was cut', () => {
    const d = diagnose(
      "> access denied for speedtest-influxdb, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('not a name with a registry host', () => {
    const d = diagnose(
      "access denied for contoso.azurecr.io/speedtest, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(d.verdict).toBe('acr');
  });
});

describe('a layer that failed to register (field2 g047)', () => {
  it('proves the registry took the credential: the local engine is the fault, not a missing credential', () => {
    const d = diagnose(
      'ERROR - failed to register layer: Error processing tar file(exit status 1): Container ID 1516583083 cannot be mapped to a host ID\nINFO  - Pull Image failed, Time taken: 0 Minutes and 36 Seconds\nERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://contoso.azurecr.io/v2/web/manifests/latest: unauthorized: authentication required"}',
    );
    expect(d.signals.facts).toContain('auth-proven');
    expect(d.causes[0]?.id).toBe('local-engine-fault');
    expect(d.verdict).toBe('not-acr');
  });
});

describe("a platform's validation of a setting it does not offer (field4 k051)", () => {
  it('is not an access failure', () => {
    const d = diagnose(
      'AcrUseManagedIdentityCreds is invalid.  AcrUseManagedIdentityCreds is not supported for Azure Functions on Azure Container apps. Please retry the operation without AcrUseManagedIdentityCreds.',
    );
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
    expect(d.verdict).toBe('not-acr');
  });
});

describe('a registry host the client could not resolve (field67 67T010)', () => {
  it.each([
    ['harbor.build.contoso.net', 'Error: dial tcp: lookup harbor.build.contoso.net: no such host'],
    [
      'registry.fabrikam-lab.com',
      'Error response from daemon: dial tcp: lookup registry.fabrikam-lab.com on 10.96.0.10:53: no such host',
    ],
    ['nexus.fabrikam.net', 'Error: getaddrinfo ENOTFOUND nexus.fabrikam.net'],
  ])('is not ACR: %s', (host, text) => {
    const d = diagnose(text);
    expect(d.signals.otherRegistries).toEqual([host]);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it.each([
    ['the ACR itself', 'Error: dial tcp: lookup contoso.azurecr.io on 10.0.0.10:53: no such host'],
    ['the proxy in between', 'proxyconnect tcp: dial tcp: lookup egress-proxy.corp.example: no such host'],
    [
      "the cluster's API server",
      'Unable to connect to the server: dial tcp: lookup aks-dev-1a2b3c4d.hcp.westeurope.azmk8s.io: no such host',
    ],
  ])('names no other registry when the lookup was for %s', (_what, text) => {
    expect(diagnose(text).signals.otherRegistries).toEqual([]);
  });
});

describe('a reference Docker cannot parse still names its registry (field65 65Q022)', () => {
  it('is not ACR on a GitHub Packages host', () => {
    const d = diagnose(
      'Error parsing reference: "docker.pkg.github.com/Acme/web-api/api:latest" is not a valid repository/tag: invalid reference format: repository name must be lowercase',
    );
    expect(d.signals.otherRegistries).toEqual(['docker.pkg.github.com']);
    expect(d.verdict).toBe('not-acr');
  });

  it('stays an ACR answer on the user’s login server', () => {
    const d = diagnose(
      'Error parsing reference: "contoso.azurecr.io/Team/api:latest" is not a valid repository/tag: invalid reference format: repository name must be lowercase',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });
});

describe("containers/image's sign-in and ping name the registry alone", () => {
  it.each([
    ['harbor.fabrikam.com', 'Error: logging into "harbor.fabrikam.com": invalid username/password'],
    ['harbor.fabrikam.com', 'Error: error logging into "harbor.fabrikam.com": invalid username/password'],
    [
      'registry.fabrikam.com:5000',
      'Error: authenticating creds for "registry.fabrikam.com:5000": Requesting bearer token: invalid status code from registry 401 (Unauthorized)',
    ],
    [
      'nexus.fabrikam.net',
      'Error: pinging container registry nexus.fabrikam.net: invalid status code from registry 503 (Service Unavailable)',
    ],
  ])('%s is someone else’s registry', (host, text) => {
    const d = diagnose(text);
    expect(d.signals.otherRegistries).toEqual([host]);
    expect(d.verdict).toBe('not-acr');
  });

  it('an ACR login server in the same words stays the user’s registry', () => {
    const d = diagnose('Error: logging into "contoso.azurecr.io": invalid username/password');
    expect(d.signals.otherRegistries).toEqual([]);
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('invalid-credentials');
  });
});

describe('a word after "image:" that more words follow is a message, not a Docker Hub image', () => {
  it.each([
    'Error: copying image: reading blob sha256:0a1b2c: fetching blob: received unexpected HTTP status: 502 Bad Gateway',
    'ERROR: failed to get previous image: connect to repo store "contoso.azurecr.io/team/orders:latest": UNAUTHORIZED: authentication required',
  ])('%s', (text) => {
    expect(diagnose(text).signals.otherRegistries).not.toContain('docker.io');
  });

  it.each([
    ['a reference at the end of the line', 'Warning: failed to pull image: nginx'],
    ['a quoted reference', 'Failed to pull image "redis": rpc error: code = Unknown desc = toomanyrequests'],
  ])('still reads %s as Docker Hub', (_what, text) => {
    expect(diagnose(text).signals.otherRegistries).toContain('docker.io');
  });
});

describe("a build command's tag names the registry it pushes to (field68 68U003)", () => {
  it('is not ACR when the tag names another registry', () => {
    const d = diagnose(
      'okteto build -t registry.fabrikam.dev/team/api:1 .\nbuild failed: failed to solve: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    );
    expect(d.signals.otherRegistries).toEqual(['registry.fabrikam.dev']);
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    [
      'a local tag',
      'docker build -t api:1 .\nfailed to fetch oauth token: unexpected status: 401 Unauthorized',
    ],
    ['a tag with no host', 'podman build -t team/api:1 .\nError: unauthorized: authentication required'],
  ])('names no registry for %s', (_what, text) => {
    expect(diagnose(text).signals.otherRegistries).toEqual([]);
  });

  it('stays ACR on the user’s login server', () => {
    const d = diagnose(
      'docker buildx build -t contoso.azurecr.io/team/api:1 --push .\nERROR: failed to solve: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    );
    expect(d.signals.otherRegistries).toEqual([]);
    expect(d.verdict).toBe('acr');
  });
});

describe('a Helm chart repository is named by its URL (field68 68V008)', () => {
  it('is not ACR on another host', () => {
    const d = diagnose(
      'helm repo add fabrikam http://charts.fabrikam.io/stable\nError: Looks like "http://charts.fabrikam.io/stable" is not a valid chart repository or cannot be reached: failed to fetch http://charts.fabrikam.io/stable/index.yaml : 403 Forbidden',
    );
    expect(d.signals.otherRegistries).toEqual(['charts.fabrikam.io']);
    expect(d.verdict).toBe('not-acr');
  });

  it('stays ACR on a registry’s classic Helm repository', () => {
    const d = diagnose(
      'helm repo add contoso https://contoso.azurecr.io/helm/v1/repo\nError: looks like "https://contoso.azurecr.io/helm/v1/repo" is not a valid chart repository or cannot be reached: failed to fetch https://contoso.azurecr.io/helm/v1/repo/index.yaml : 401 Unauthorized',
    );
    expect(d.signals.otherRegistries).toEqual([]);
    expect(d.verdict).toBe('acr');
  });
});
