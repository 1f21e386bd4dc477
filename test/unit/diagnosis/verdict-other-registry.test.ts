/**
 * Issue 7 (look-alikes: "another registry, recognised by its structure"): when the registry that failed is someone
 * else's and nothing ties the paste to an ACR, the verdict is "not ACR" whatever broke there — a proxy's certificate,
 * a missing tag, a daemon — and the cause that broke is still first, with its fix. Written from the list and
 * the verdict's meaning; field10 10D004 (a compose pull from MCR through a TLS-inspecting proxy) is one such paste.
 */
import { diagnose } from '../../../src/diagnosis';

const X509 = 'tls: failed to verify certificate: x509: certificate signed by unknown authority';

describe('the registry that failed is not an ACR', () => {
  it('a proxy certificate on MCR is not an ACR problem, but its fix is still first', () => {
    const d = diagnose(`ERROR: Get "https://mcr.microsoft.com/v2/": ${X509}`);
    expect(d.causes[0]?.family).toBe('tls-or-proxy-interception');
    expect(d.verdict).toBe('not-acr');
    expect(d.notAcrReason).toBe('other-registry');
  });

  it.each([
    ['Docker Hub by name', `Error response from daemon: Get "https://registry-1.docker.io/v2/": ${X509}`],
    [
      'a private registry by URL structure',
      `Error response from daemon: Get "https://harbor.corp.example:8443/v2/": ${X509}`,
    ],
  ])('%s: not ACR either, with the proxy among the causes', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.slice(0, 3).map((c) => c.family)).toContain('tls-or-proxy-interception');
  });

  it("a missing tag on MCR is MCR's, though MCR prints ACR's words", () => {
    const d = diagnose(
      'Error response from daemon: manifest for mcr.microsoft.com/dotnet/aspnet:5.9 not found: manifest unknown: manifest tagged by "5.9" is not found',
    );
    // The cause itself says whose registry it is (a look-alike), as non-acr-registry does.
    expect(d.causes[0]?.id).toBe('tag-missing-elsewhere');
    expect(d.notAcrReason).toBe('look-alike');
  });

  it("a vendor registry that answers in ACR's own words is an ACR under its own domain", () => {
    const d = diagnose(
      'Error response from daemon: manifest for scr.vendor.example/demo/base:10.2- not found: manifest unknown: manifest tagged by "10.2-" is not found',
    );
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
    expect(d.verdict).toBe('acr');
    expect(d.notAcrReason).toBeUndefined();
  });

  it.each([
    [
      'an ACR login server beside it',
      `docker pull contoso.azurecr.io/app:1\nGet "https://contoso.azurecr.io/v2/": ${X509}`,
    ],
    [
      'az acr in the story',
      `$ az acr import -n contoso --source docker.io/library/nginx:1.27\nGet "https://registry-1.docker.io/v2/": ${X509}`,
    ],
  ])('stays an ACR verdict with %s', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.notAcrReason).toBeUndefined();
  });

  it('gives a reason with every not-ACR verdict and none with the others', () => {
    const lookAlike = diagnose(
      'toomanyrequests: You have reached your pull rate limit. https://www.docker.com/increase-rate-limit',
    );
    expect(lookAlike.verdict).toBe('not-acr');
    expect(lookAlike.notAcrReason).toBe('look-alike');
    const signIn = diagnose(
      "Run azure/login@v2\nError: AADSTS7000222: The provided client secret keys for app 'x' are expired.",
    );
    expect(signIn.notAcrReason).toBe('no-registry');
    expect(diagnose('').notAcrReason).toBeUndefined();
    expect(diagnose("denied: client with IP '20.1.2.3' is not allowed access").notAcrReason).toBeUndefined();
  });

  it.each([
    [
      'Resource Manager’s bare not-found',
      'deploy step failed: Code: ResourceNotFound, could not find the resource we just created',
    ],
    [
      'a database host',
      'nightly job: dial tcp: lookup orders-db.internal.contoso.net on 10.0.0.10:53: no such host',
    ],
  ])('%s, with no registry in the paste, is not the registry’s name', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.notAcrReason).toBe('no-registry');
  });

  it.each([
    ['a registry named', 'Error: lookup contoso.azurecr.io on 10.0.0.10:53: no such host'],
    ['a registry command', 'az acr login -n contoso\nCode: ResourceNotFound'],
  ])('the same with %s stays an ACR verdict', (_what, text) => {
    expect(diagnose(text).verdict).toBe('acr');
  });

  describe('a CI step that names its registry as an input', () => {
    const step = (registry: string) =>
      `Run docker/login-action@v3\nwith:\n  registry: ${registry}\n  logout: true\nError: Username and password required`;

    it.each([['ghcr.io'], ['harbor.corp.example:8443'], ['registry.cn-hangzhou.aliyuncs.com']])(
      'signing in to %s is not an ACR problem',
      (registry) => {
        const d = diagnose(step(registry));
        expect(d.verdict).toBe('not-acr');
      },
    );

    it('signing in to an ACR the same way is one', () => {
      const d = diagnose(step('contoso.azurecr.io'));
      expect(d.verdict).toBe('acr');
      expect(d.causes[0]?.family).toBe('credentials-not-configured');
    });

    it.each([
      ['a sentence about a registry', 'registry: unreachable\nError: Username and password required'],
      ['a placeholder', 'with:\n  registry: ${{ secrets.REGISTRY }}\nError: Username and password required'],
    ])('reads no registry from %s', (_what, text) => {
      expect(diagnose(text).notAcrReason).not.toBe('other-registry');
    });
  });
});
