/**
 * Rules written after field26's first look (test/fixtures/corpus/field26.md): each reads a program's, a library's or
 * the registry's own words, checked in their source, and each pastes here in forms field26 does not hold.
 */
import { diagnose } from '../../../src/diagnosis';

describe('a manifest the registry found and the client would not accept', () => {
  it.each([
    [
      "distribution's OCI index (enroot/pyxis)",
      'pyxis: [ERROR] URL https://contoso.azurecr.io/v2/train/base/manifests/2.4 returned error code: 404 Not Found: MANIFEST_UNKNOWN "OCI index found, but accept header does not support OCI indexes"',
    ],
    [
      "distribution's OCI manifest, as a JSON body",
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"OCI manifest found, but accept header does not support OCI manifests"}]}',
    ],
    [
      "ACR's OCI artifact manifest (26D005)",
      'Error: OCI artifact found, but accept header does not support OCI artifacts. Correlation ID: 0f3c5a2e-8d41-4b7a-9e62-1c5d7f0a9b34.',
    ],
  ])('%s is the client, not a missing image', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('client-cannot-read-registry-reply');
    // A missing image may stay a distant runner-up (MANIFEST_UNKNOWN, 404), never a contender.
    for (const c of d.causes.filter((c) => c.family === 'image-or-tag-not-found'))
      expect(c.confidence).toBeLessThan(0.05);
  });

  it('still reads a manifest that is not there as a missing image', () => {
    const d = diagnose(
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest tagged by \\"2.4\\" is not found"}]} on contoso.azurecr.io',
    );
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });
});

describe('a 404 from /v2/ itself', () => {
  it.each([
    [
      "an older daemon's wording (26E002)",
      'Error response from daemon: Get https://contoso.azurecr.io/v2/ failed with status: 404 Not Found',
    ],
    [
      "docker login's",
      'Error response from daemon: login attempt to https://contoso.azurecr.io/v2/ failed with status: 404 Not Found',
    ],
  ])('in %s is something other than the registry answering, not a missing image', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('challenge-not-issued');
    expect(d.causes.map((c) => c.family)).not.toContain('image-or-tag-not-found');
  });
});

describe("a certificate chain rejected, in OpenSSL's, .NET's and Node's words", () => {
  it.each([
    [
      'unable to verify the first certificate',
      "RestError: unable to verify the first certificate\n  request: { url: 'https://contoso.azurecr.io/acr/v1/_catalog' }",
    ],
    [
      'certificate signature failure (26F001)',
      'request to https://contoso.azurecr.io/oauth2/exchange failed, reason: certificate signature failure',
    ],
    [
      ".NET's remote certificate invalid",
      'Azure.RequestFailedException: The remote certificate is invalid according to the validation procedure: RemoteCertificateChainErrors (contoso.azurecr.io:443)',
    ],
    [
      "Node's name check",
      "Error: Hostname/IP does not match certificate's altnames: Host: contoso.azurecr.io. is not in the cert's altnames: DNS:*.proxy.contoso.net",
    ],
    ['unable to get issuer certificate', 'Error: unable to get issuer certificate (contoso.azurecr.io:443)'],
  ])('%s is a chain re-signed on the way', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('tls-interception-proxy');
    // Not a listing role: the request never reached the registry.
    expect(d.causes[0]?.confidence).toBeGreaterThan(0.5);
  });
});

describe('a Docker Hub repository under a short namespace', () => {
  it.each([
    ['azds/devhostagent:0.1.5 (26E007)', 'azds/devhostagent:0.1.5'],
    ['node:99', 'node:99'],
  ])('%s is Docker Hub’s, not the user’s ACR', (_what, image) => {
    const d = diagnose(
      `Failed to pull image "${image}": rpc error: code = Unknown desc = Error response from daemon: manifest for ${image} not found`,
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('but a short stand-in for a registry left out is not', () => {
    const d = diagnose(
      'Failed to pull image "acr/web:1.0": rpc error: code = Unknown desc = Error response from daemon: manifest for acr/web:1.0 not found',
    );
    expect(d.verdict).not.toBe('not-acr');
  });

  it('nor is a short word of a message after "image:"', () => {
    const d = diagnose('Error: Got error deleting registry image: bad credentials: 401 Unauthorized');
    expect(d.verdict).toBe('acr');
  });
});

describe("Bicep's module reference read as an alias", () => {
  it.each([
    [
      'BCP211, `br/` written for `br:` (26D004)',
      'The module alias name "contoso.azurecr.io/storage" is invalid. Valid characters are alphanumeric, "_", or "-".',
    ],
    [
      'BCP213, an alias bicepconfig.json does not define',
      '/src/main.bicep(5,9) : Error BCP213: The OCI artifact module alias name "contosoModules" does not exist in the built-in Bicep configuration.',
    ],
  ])('%s is the template, not the registry', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });
});
