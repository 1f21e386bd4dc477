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
    // Docker Hub has nothing under that name (tag-missing-elsewhere, since field77; non-acr-registry before).
    expect(d.causes[0]?.id).toBe('tag-missing-elsewhere');
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

  it('nor is the registry\'s answer a tool puts after "image:" at the end of its line', () => {
    for (const word of ['unauthorized', 'forbidden', 'timeout'])
      expect(diagnose(`Failed to pull image: ${word}`).signals.otherRegistries).not.toContain('docker.io');
    // A real repository name there still names Docker Hub.
    expect(diagnose('Failed to pull image: ordersapi').signals.otherRegistries).toContain('docker.io');
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

describe("curl's own words, as a person troubleshooting pastes them", () => {
  it('reads its status lines: -f\'s "returned error" and the proxy\'s CONNECT answer', () => {
    const facts = (text: string) => diagnose(text).signals.facts;
    expect(facts('curl: (22) The requested URL returned error: 401 (contoso.azurecr.io)')).toContain(
      'http:401',
    );
    expect(facts('curl: (56) Received HTTP code 407 from proxy after CONNECT')).toContain('http:407');
    // docker-modem's "(HTTP code 500)" is the local daemon's wrapper around the registry's answer, not a status.
    expect(
      facts(
        'Error: (HTTP code 500) server error - Head "https://contoso.azurecr.io/v2/app/manifests/1": unauthorized',
      ),
    ).not.toContain('http:5xx');
  });

  it('reads the address its -v trace tried: a private one is the private endpoint, a public one the way out', () => {
    const trace = (ip: string) =>
      `$ curl -v https://contoso.azurecr.io/v2/\n*   Trying ${ip}:443...\n* connect to ${ip} port 443 failed: Connection timed out\ncurl: (28) Failed to connect to contoso.azurecr.io port 443 after 21045 ms: Connection timed out`;
    expect(diagnose(trace('10.1.2.4')).causes[0]?.id).toBe('private-endpoint-unreachable');
    expect(diagnose(trace('20.62.128.3')).causes[0]?.id).toBe('client-egress-blocked-login-server');
  });

  it("does not take a proxy's address for the registry's", () => {
    const d = diagnose(
      '$ curl -v https://contoso.azurecr.io/v2/\n*   Trying 10.0.0.9:3128...\n* Connected to proxy.contoso.net (10.0.0.9) port 3128\ncurl: (56) Received HTTP code 407 from proxy after CONNECT',
    );
    expect(d.signals.facts).not.toContain('resolved:private');
    expect(d.causes[0]?.id).toBe('docker-proxy-not-configured');
  });
});
