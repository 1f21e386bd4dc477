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
