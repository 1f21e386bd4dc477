import { diagnose } from '../../../src/diagnosis';

/**
 * What field77's first look missed, generalised: a tag that another registry (MCR, Docker Hub, GHCR) does not have is
 * that registry's catalogue, said as such, not an ACR tag cause under a not-ACR verdict. Our own pastes.
 */
describe('a tag missing from a registry that is not an ACR', () => {
  it("is that registry's catalogue: not ACR, and nothing under that name", () => {
    const d = diagnose(
      'docker pull mcr.microsoft.com/windows/nanoserver\nUsing default tag: latest\nError response from daemon: manifest for mcr.microsoft.com/windows/nanoserver:latest not found: manifest unknown: manifest tagged by "latest" is not found',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('tag-missing-elsewhere');
    expect(d.causes[0]?.family).toBe('other');
  });

  it('reads the same from a kubelet event naming Docker Hub', () => {
    const d = diagnose(
      'Failed to pull image "docker.io/bitnami/redis:6.9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/bitnami/redis:6.9.99": failed to resolve reference "docker.io/bitnami/redis:6.9.99": docker.io/bitnami/redis:6.9.99: not found',
    );
    expect(d.causes[0]?.id).toBe('tag-missing-elsewhere');
  });

  it('stays the ACR tag cause when the registry is an ACR', () => {
    const d = diagnose(
      'Error response from daemon: manifest for contosoprod.azurecr.io/web/api:2.7.1 not found: manifest unknown: manifest tagged by "2.7.1" is not found',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).toBe('manifest-tag-not-found');
    expect(d.causes.map((c) => c.id)).not.toContain('tag-missing-elsewhere');
  });

  it('stays the ACR tag cause when an az acr command ties the other registry to an ACR (an import)', () => {
    const d = diagnose(
      'az acr import -n contosoprod --source docker.io/library/nginx:1.99.0 --image nginx:1.99.0\n(InvalidParameters) Operation registries-import failed. Source image docker.io/library/nginx:1.99.0 not found: manifest unknown',
    );
    expect(d.causes.map((c) => c.id)).not.toContain('tag-missing-elsewhere');
  });
});

describe("the Docker client's daemon out of reach", () => {
  it('is the daemon, when the request that failed was to the Engine API (a CI job without its docker:dind)', () => {
    const d = diagnose(
      '$ docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY" < token.txt\nerror during connect: Post "http://docker:2376/v1.45/auth": dial tcp: lookup docker on 10.96.0.10:53: no such host',
    );
    expect(d.causes[0]?.id).toBe('docker-daemon-not-running');
  });

  it('is not, when the name that did not resolve is a registry’s', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contsoprod.azurecr.io/v2/": dial tcp: lookup contsoprod.azurecr.io on 10.96.0.10:53: no such host',
    );
    expect(d.causes.map((c) => c.id)).not.toContain('docker-daemon-not-running');
  });
});

describe('an ACR task that could not fetch its build context', () => {
  it('is the source (a git token, a URL, an upload), not the registry', () => {
    const d = diagnose(
      '2026/11/30 07:41:12 Downloading source code...\nRun ID: dd7 failed after 5s. Error: failed to download context. Please check if the URL is incorrect. If it has credentials, please check if they are expired',
    );
    expect(d.causes[0]?.id).toBe('task-context-download-failed');
    expect(d.causes[0]?.family).toBe('other');
  });
});

describe("moby's older refusal of a repository it cannot find", () => {
  const text =
    'Error response from daemon: repository acmecorp/docker not found: does not exist or no pull access';

  it('names a repository on Docker Hub, not a missing docker client', () => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
    expect(d.causes.map((c) => c.id)).not.toContain('docker-client-not-installed');
  });

  it('leaves a docker client that is really missing as it was', () => {
    expect(diagnose('make: docker not found, install Docker first').causes[0]?.id).toBe(
      'docker-client-not-installed',
    );
  });
});

describe('words no Azure service prints', () => {
  it("AWS's refusal of the token behind an ECR feed is another registry's", () => {
    const d = diagnose(
      'Failed to acquire package images/api 3.2.0 from feed ecr-prod:\nUnable to retrieve AWS Authorization token:\nOne or more errors occurred. (The security token included in the request is invalid.)',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('a preview feature the subscription has not registered is the subscription’s, not an access problem', () => {
    const d = diagnose(
      '{"code":"FeatureNotEnabled","message":"The operation needs a preview feature. Please ensure the preview feature \'ContosoPreviewThing\' is registered."}',
    );
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });
});
