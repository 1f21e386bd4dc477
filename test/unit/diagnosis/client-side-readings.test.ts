import { diagnose } from '../../../src/diagnosis';

/**
 * Failures decided on the client before, or instead of, any registry answer: a pod that may never pull, a short
 * name with no registry to try, a clock that makes every certificate look invalid. Each reads the program's own words
 * (kubelet's image manager, containers/image's short-name resolution, Go's crypto/x509).
 */
describe('a pod whose pull policy is Never', () => {
  it('is Kubernetes, not the registry', () => {
    const d = diagnose(
      '  Warning  ErrImageNeverPull  5s (x3 over 30s)  kubelet  Container image "northwind.azurecr.io/web:2" is not present with pull policy of Never',
    );
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
    expect(d.verdict).toBe('not-acr');
  });
});

describe('a short name with no registry to try it on', () => {
  it('is the login server missing from the reference, or (more often, alone) another registry’s image', () => {
    const d = diagnose(
      'Error: short-name "web:2" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    );
    // With nothing naming a registry, a Docker Hub image by its short name first (refusals-elsewhere.test.ts).
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual([
      'non-acr-registry',
      'registry-name-wrong-or-missing',
    ]);
    // Beside the user's registry, the login server left out of the reference.
    expect(diagnose(`$ az acr login -n contoso\n${d.text}`).causes[0]?.id).toBe(
      'registry-name-wrong-or-missing',
    );
  });
});

describe("a certificate the client's clock calls invalid", () => {
  it('names the clock when the printed time is years off', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://northwind.azurecr.io/v2/": x509: certificate has expired or is not yet valid: current time 2019-05-02T10:00:00Z is before 2026-01-10T00:00:00Z',
    );
    expect(d.causes[0]?.id).toBe('client-clock-wrong');
  });

  it('leaves an unknown authority to the proxy causes', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://northwind.azurecr.io/v2/": x509: certificate signed by unknown authority',
    );
    expect(d.causes.map((c) => c.id)).not.toContain('client-clock-wrong');
  });
});

describe("ACR's certificate for a name it does not serve", () => {
  it('is the login server replaced by another name, not a proxy', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://images.northwind.com/v2/": x509: certificate is valid for *.azurecr.io, azurecr.io, not images.northwind.com',
    );
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });

  it("leaves a proxy's certificate for another name to the proxy causes", () => {
    const d = diagnose(
      'Error response from daemon: Get "https://northwind.azurecr.io/v2/": x509: certificate is valid for proxy.corp.local, not northwind.azurecr.io',
    );
    expect(d.causes[0]?.family).toBe('tls-or-proxy-interception');
  });
});

describe('a container that was pulled but could not start', () => {
  it("is runc's failure to start its process, not the registry", () => {
    const d = diagnose(
      'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/srv/start.sh": permission denied: unknown',
    );
    expect(d.causes[0]?.id).toBe('container-start-failed');
    expect(d.verdict).toBe('not-acr');
  });

  it('leaves a pull that failed to the registry causes', () => {
    const d = diagnose(
      'Failed to pull image "northwind.azurecr.io/web:2": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    );
    expect(d.causes.map((c) => c.id)).not.toContain('container-start-failed');
  });
});
