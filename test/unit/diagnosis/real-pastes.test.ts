/**
 * What real pastes do to text (issue 7 §2): redaction placeholders, folded lines, localisation keys, scopes in
 * every notation, registries recognised by the shape of the text, and kubelet events with several attempts.
 */
import { diagnose } from '../../../src/diagnosis';
import { joinFolded, splitCamel, spellOutKeys } from '../../../src/diagnosis/folding';
import { normalise } from '../../../src/diagnosis/normalise';

const facts = (text: string) => diagnose(text).signals.facts;

describe('redaction placeholders', () => {
  it.each([
    'REDACTED.azurecr.io',
    '<acr-name>.azurecr.io',
    'xxx.azurecr.io',
    '****.azurecr.io',
    'MYREGISTRY.azurecr.io',
  ])('%s names no registry and creates no fact about the name', (host) => {
    const d = diagnose(
      `Error response from daemon: Get "https://${host}/v2/": unauthorized: authentication required`,
    );
    expect(d.signals.registry).toBeNull();
    expect(d.signals.facts).not.toContain('host:acr-mixed-case');
    expect(d.signals.facts).not.toContain('host:acr-invalid-name');
  });

  it('still reads a real mixed-case login server as mixed case', () => {
    expect(facts('docker push Contoso.azurecr.io/web:1.0')).toContain('host:acr-mixed-case');
  });
});

describe('folded lines', () => {
  it('joins a message YAML or kubectl folded, so its status is read', () => {
    const folded = [
      '  message: Failed to pull image "contoso.azurecr.io/web:1.0": failed to authorize: failed to fetch oauth token',
      '    unexpected status from GET request to https://contoso.azurecr.io/oauth2/token: 401 Unauthorized',
    ];
    expect(joinFolded(folded)).toHaveLength(1);
    expect(normalise(folded.join('\n')).lines).toHaveLength(1);
  });

  it('leaves table rows and new records alone', () => {
    const rows = [
      '  Warning  Failed     27s (x3 over 70s)  kubelet  Failed to pull image "contoso.azurecr.io/web:1.0"',
      '  Warning  Failed     27s (x3 over 70s)  kubelet  Error: ErrImagePull',
      '  Normal   BackOff    3s (x4 over 69s)   kubelet  Back-off pulling image "contoso.azurecr.io/web:1.0"',
    ];
    expect(joinFolded(rows)).toHaveLength(3);
  });
});

describe('localisation keys', () => {
  it('splits a CamelCase resource key into words', () => {
    expect(splitCamel('CouldNotFetchAccessTokenforMSIDueToACRNotConfiguredProperlyStatusCode')).toBe(
      'Could Not Fetch Access Tokenfor MSI Due To ACR Not Configured Properly Status Code',
    );
    expect(spellOutKeys("Can't find loc string for key: MSIFetchError")).toContain('(msi fetch error)');
    expect(spellOutKeys('Unauthorized')).toBe('Unauthorized');
  });

  it('lets a missing-localisation pipeline error be diagnosed from its key', () => {
    const d = diagnose("##[warning]Can't find loc string for key: MSIFetchError\n##[error]MSIFetchError");
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });
});

describe('scopes', () => {
  it.each([
    [
      'a scope= query string',
      'GET https://contoso.azurecr.io/oauth2/token?scope=registry%3Acatalog%3A%2A&service=contoso.azurecr.io: 401',
    ],
    ['a Go map', 'unauthorized: authentication required: [map[Action:* Name:catalog Type:registry]]'],
    [
      'JSON over several lines',
      '{"errors":[{"code":"UNAUTHORIZED","detail":[\n  {\n    "Type": "registry",\n    "Name": "catalog",\n    "Action": "*"\n  }\n]}]}',
    ],
  ])('reads a catalog scope in %s', (_form, text) => {
    expect(facts(text)).toContain('scope:catalog');
  });

  it('reads a push scope', () => {
    expect(facts('{"Type": "repository", "Name": "team/api", "Action": "push"}')).toContain('scope:push');
  });
});

describe('registries recognised by structure', () => {
  it.each([
    'Error response from daemon: Get "https://harbor.example.com/v2/": unauthorized: authentication required',
    'Failed to pull image "registry.corp.internal:5000/team/api:1.0": rpc error: code = Unknown desc = 401 Unauthorized',
  ])("%s is not about the user's ACR", (text) => {
    expect(facts(text)).toContain('host:no-acr');
  });

  it("leaves an Azure service's host-less image undecided: Docker Hub only by default (field7 7f004)", () => {
    const found = facts(
      "Error: The image 'dependencytrack/apiserver:latest' in container group 'api' is not accessible.",
    );
    expect(found).toContain('host:hub-by-default');
    expect(found).not.toContain('host:no-acr');
  });

  it.each([
    [
      'a pull target with no host (Docker Hub)',
      '$ docker pull ubuntu\nerror pulling image configuration: x509: certificate signed by unknown authority',
    ],
    [
      'an official Docker Hub image being pulled',
      'latest: Pulling from library/hello-world\ndocker: error pulling image configuration: x509: certificate signed by unknown authority',
    ],
    [
      'a sign-in target',
      'PS C:\\> docker login registry.corp.example:5000 -u ci\nError response from daemon: login attempt failed with status: 401 Unauthorized',
    ],
    [
      'a base image a build loads',
      ' #2 [internal] load metadata for quay.io/org/base:1\n #2 ERROR: unexpected status: 403 Forbidden',
    ],
    [
      "a registry's blob storage",
      'Get https://d111.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/f2/f2a9/data: x509: certificate signed by unknown authority',
    ],
    ['a helm chart address', 'Error: failed to do request: Head "oci://charts.example.org/stable/app": 401'],
  ])('reads %s as another registry', (_what, text) => {
    expect(facts(text)).toEqual(expect.arrayContaining(['host:no-acr', 'registry-elsewhere']));
    expect(diagnose(text).verdict).toBe('not-acr');
  });

  it('does not read prose or placeholders as a command target', () => {
    expect(
      facts('ERROR - docker pull returned an error: unauthorized: authentication required'),
    ).not.toContain('host:no-acr');
    expect(
      facts('$ docker push $ACR/app:1\ndenied: requested access to the resource is denied'),
    ).not.toContain('host:no-acr');
    expect(facts('$ docker push <registry>/app:1\nunauthorized')).not.toContain('host:no-acr');
    // The classic builder echoes its base image on every build, also one that fails at the push; `node:8` is a tag.
    expect(facts('Step 1/12 : FROM node:8 as builder\nunauthorized: authentication required')).not.toContain(
      'host:no-acr',
    );
  });

  it('keeps ACR causes when the paste ties itself to ACR', () => {
    // A check-health code and an az acr command name ACR even when the failing image is on MCR or Docker Hub.
    expect(
      facts(
        'An error occurred: DOCKER_PULL_ERROR\nFailed to run command \'docker pull mcr.microsoft.com/mcr/hello-world:latest\'. Error response from daemon: Get "https://mcr.microsoft.com/v2/": net/http: request canceled while waiting for connection',
      ),
    ).not.toContain('registry-elsewhere');
    expect(
      facts(
        'az acr import -n contoso --source docker.io/library/nginx:1 \nunauthorized: authentication required',
      ),
    ).not.toContain('registry-elsewhere');
  });

  it("answers an MCR or Docker Hub failure as not the user's registry", () => {
    expect(
      diagnose(
        'ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://mcr.microsoft.com/v2/dotnet/aspnet/blobs/sha256:d3b7: 429 Too Many Requests',
      ).verdict,
    ).toBe('not-acr');
    expect(
      diagnose(
        'Failed to pull image "ghcr.io/org/app:2.0.2": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/org/app:2.0.2": no match for platform in manifest: not found',
      ).verdict,
    ).toBe('not-acr');
  });

  it('does not take a redacted image name for Docker Hub', () => {
    expect(facts("Error: The image 'XXXX' in container group 'XXXXX' is not accessible.")).not.toContain(
      'host:no-acr',
    );
  });

  it("treats the registry behind mcr.microsoft.com as MCR, not as the user's registry", () => {
    const text =
      'failed to fetch anonymous token: unexpected status from GET request to https://mcrprod.azurecr.io/oauth2/token?scope=repository%3Adotnet%2Fsdk%3Apull: 401 Unauthorized';
    expect(facts(text)).toContain('host:mcr');
    expect(diagnose(text).signals.registry).toBeNull();
  });
});

describe('kubelet events with several attempts', () => {
  it('counts an attempt that reached the layers against the authentication causes', () => {
    const text = [
      'Warning  Failed  2m  kubelet  Failed to pull image "contoso.azurecr.io/web:1.0": rpc error: code = Unknown desc = failed to pull and unpack image "contoso.azurecr.io/web:1.0": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://contoso.westeurope.data.azurecr.io/docker/registry/v2/blobs/sha256/ab/abc/data": dial tcp 20.1.2.3:443: i/o timeout',
      'Warning  Failed  1m  kubelet  Failed to pull image "contoso.azurecr.io/web:1.0": rpc error: code = Unknown desc = failed to pull and unpack image "contoso.azurecr.io/web:1.0": failed to resolve reference "contoso.azurecr.io/web:1.0": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    ].join('\n');
    const d = diagnose(text);
    expect(d.signals.facts).toContain('auth-proven');
    expect(d.causes[0]?.family).toBe('client-firewall-blocks-endpoints');
  });
});
