import { diagnose } from '../../../../src/diagnosis';

const facts = (text: string) => diagnose(text).signals.facts;

describe('operation facts from the registry protocol', () => {
  // field3 h059 (Azure/AKS#5575): the host redacted, a manifest read that never got an answer.
  it.each([
    [
      'a redacted host',
      'failed to do request: Head "https://XXXX/v2/XXX/XXX/manifests/0.6.1": dial tcp: lookup XXXX on 169.254.10.10:53: server misbehaving',
    ],
    [
      'a placeholder host',
      'failed to do request: Head "https://<registry>/v2/team/app/manifests/1.0": dial tcp: i/o timeout',
    ],
    [
      "containerd's wording",
      'Error: unexpected status from HEAD request to https://xxxxxxxx/v2/charts/app/manifests/1.0: 401 Unauthorized',
    ],
    [
      "an older Go client's GET",
      'Get https://***/v2/app/manifests/latest: unauthorized: authentication required',
    ],
    [
      'a failure that names no method (krustlet, field20 20I001)',
      'OCI API error: authentication required, visit https://aka.ms/acr/authorization for more information. on https://webassembly.azurecr.io/v2/greet-wascc/manifests/v0.5',
    ],
  ])('reads a pull from a manifest read through %s', (_, text) => {
    expect(facts(text)).toEqual(expect.arrayContaining(['op:pull', 'fails:pull']));
  });

  it('does not blame a missing push right for a refused manifest read (field20 20I001)', () => {
    const d = diagnose(
      'OCI API error: authentication required, visit https://aka.ms/acr/authorization for more information. on https://webassembly.azurecr.io/v2/greet-wascc/manifests/v0.5',
    );
    expect(d.causes.map((c) => c.id)).not.toContain('missing-push-permission');
  });

  it('does not read a pull where the manifest is read during a push', () => {
    const f = facts(
      'The push refers to repository [XXXX/app]\nfailed to do request: Head "https://XXXX/v2/app/manifests/1.0": dial tcp: lookup XXXX: no such host',
    );
    expect(f).toContain('op:push');
    expect(f).not.toContain('op:pull');
  });

  it.each([
    ['a manifest written', 'PUT "https://XXXX/v2/app/manifests/1.0": unauthorized'],
    ['a link in prose', 'see https://XXXX/v2/app/manifests/1.0 for the manifest'],
    ['a path that is not the registry API', 'Head "https://example.com/static/manifests/app.json": 404'],
  ])('does not read a pull from %s', (_, text) => {
    expect(facts(text)).not.toContain('op:pull');
  });
});

describe("a command a tool's hint quotes is advice, not the operation that ran", () => {
  it.each([
    [
      "the Dev Containers CLI's placeholder",
      "Could not resolve Feature manifest for 'northwind.azurecr.io/features/go:1'.  If necessary, provide registry credentials with 'docker login <registry>'.",
    ],
    [
      "skaffold's suggestion",
      'Build Failed. No push access to specified image repository. Check your `--default-repo` value or try `docker login northwind.azurecr.io`.',
    ],
    [
      "azd's suggestion",
      "Suggestion: When pushing to an external registry, ensure you have successfully authenticated by calling 'docker login' and run 'azd deploy' again",
    ],
  ])('reads no login from %s', (_, text) => {
    expect(facts(text)).not.toContain('op:login');
  });

  it('still reads a login that ran, and a pull whose image name holds a placeholder', () => {
    expect(
      facts(
        '$ docker login northwind.azurecr.io\nError response from daemon: Get "https://northwind.azurecr.io/v2/": unauthorized',
      ),
    ).toContain('fails:login');
    expect(
      facts(
        "Error response from daemon: pull access denied for <acr-name>.azurecr.io/app, repository does not exist or may require 'docker login'",
      ),
    ).toContain('fails:pull');
  });

  it("reads a login from go-containerregistry's credential check, a token asked for no scope", () => {
    expect(
      facts(
        'failed to authenticate: GET https://northwind.azurecr.io/oauth2/token?scope=&service=northwind.azurecr.io: UNAUTHORIZED: authentication required',
      ),
    ).toContain('op:login');
  });
});

describe('"catalog" as a verb', () => {
  it("reads no registry listing from grype's own cataloguing", () => {
    expect(
      facts(
        "failed to catalog: an error occurred attempting to resolve 'northwind.azurecr.io/shop/cart:2.0': oci-registry: …",
      ),
    ).not.toContain('op:list');
  });

  it('still reads the listing from the catalog endpoint', () => {
    expect(
      facts('GET https://northwind.azurecr.io/v2/_catalog: UNAUTHORIZED: authentication required'),
    ).toContain('op:list');
  });
});

describe("containers/image's steps of a copy", () => {
  it.each([
    'Error: writing blob: initiating layer upload to /v2/team/api/blobs/uploads/ in contoso.azurecr.io: requested access to the resource is denied',
    'Error: writing manifest: uploading manifest 1.4.2 to contoso.azurecr.io/team/api: requested access to the resource is denied',
    'Error: POST "https://contoso.azurecr.io/v2/charts/api/blobs/uploads/": response status code 403: denied',
  ])('read an upload as a failed push (%#)', (text) => {
    expect(facts(text)).toEqual(expect.arrayContaining(['op:push', 'fails:push']));
  });

  it('reads the source manifest as a failed pull, and a missing push right is then not the answer', () => {
    const text =
      'Error: initializing source docker://contoso.azurecr.io/team/api:1.4.2: reading manifest 1.4.2 in contoso.azurecr.io/team/api: requested access to the resource is denied';
    const d = diagnose(text);
    expect(d.signals.facts).toEqual(expect.arrayContaining(['op:pull', 'fails:pull']));
    expect(d.causes[0]?.id).not.toBe('missing-push-permission');
  });

  it("does not read podman's pull into its own store as a push", () => {
    const f = facts(
      'Trying to pull contoso.azurecr.io/team/api:1.4.2...\nGetting image source signatures\nCopying blob 2d8f392ade3e done\nWriting manifest to image destination\nError: unexpected EOF',
    );
    expect(f).not.toContain('op:push');
  });
});

describe('operations a person says worked', () => {
  it.each([
    ['pull', 'docker pull from contoso.azurecr.io works fine but docker push fails with unauthorized'],
    ['pull', 'I get a 401 listing tags. However, running `helm pull` to get the chart works fine.'],
    ['login', 'az acr login succeeds, then docker pull says unauthorized'],
    ['push', '--- Docker Push SUCCESSFUL ---'],
  ])('reads a %s that worked', (op, text) => {
    expect(facts(text)).toContain(`succeeded:${op}`);
  });

  it.each([
    'docker pull no longer works: unauthorized',
    'Check if `docker pull` command succeeds with same parameters.',
    'make sure the login works before you push',
    'the push is not working since Monday',
  ])('does not read a failure, a negation or a question as a success (%#)', (text) => {
    expect(facts(text).filter((f) => f.startsWith('succeeded:'))).toEqual([]);
  });

  it('reads each clause on its own', () => {
    const f = facts("pull works, push doesn't");
    expect(f).toContain('succeeded:pull');
    expect(f).not.toContain('succeeded:push');
  });

  it('names the missing push right when pulls work and the push is refused', () => {
    const d = diagnose(
      'docker pull from contoso.azurecr.io works fine but docker push fails with unauthorized: authentication required',
    );
    expect(d.causes[0]?.id).toBe('missing-push-permission');
  });
});

describe('operations a person says failed', () => {
  it.each([
    ['push', 'I get unauthorized when I push to ACR from the pipeline'],
    ['pull', "our AKS cluster can't pull images from contoso.azurecr.io anymore"],
    ['login', "after rotating the secret we can't log in to contoso.azurecr.io"],
    ['push', 'I received "unauthorized" errors during the build and push steps of this walkthrough.'],
    // No person, but the sentence starts with the operation that failed.
    ['pull', "Pulls from the registry fail with 'denied: requested access to the resource is denied'"],
    ['pull', 'pulling from contoso.azurecr.io fails: denied: requested access to the resource is denied'],
    ['pull', 'The pull fails with "unauthorized" on contoso.azurecr.io'],
    ['push', 'Build works. Push to contoso.azurecr.io failed with 401'],
    // Russian, the bot's other language, quoting the error it got.
    [
      'pull',
      'Не могу сделать pull из нашего ACR contoso.azurecr.io, выдаёт unauthorized: authentication required',
    ],
    ['push', 'При push в contoso.azurecr.io у нас ошибка denied: requested access to the resource is denied'],
  ])('reads a failed %s from a sentence', (op, text) => {
    expect(facts(text)).toEqual(expect.arrayContaining([`op:${op}`, `fails:${op}`]));
  });

  it.each([
    // A tool's log line, not a person's sentence.
    'Error parsing the serverURL error="docker-credential-ecr-login can only be used with Amazon ECR"',
    '{"errors":[{"code":"UNAUTHORIZED","detail":[{"Type":"repository","Name":"app","Action":"pull"}]}]}',
    'dial tcp 20.1.2.3:443: i/o timeout while the push failed in East US',
    // A person's sentence, but the word is a command, a name or git's.
    'Our blob upload failed with AuthorizationPermissionMismatch using `az login`',
    'my pull request failed the lint check',
    'we cannot git push to the repository',
    // Only asked about.
    'I wonder whether the push fails because of the firewall; check if we can pull',
  ])('reads no operation from %s', (text) => {
    expect(facts(text).filter((f) => f.startsWith('op:') || f.startsWith('fails:'))).toEqual([]);
  });

  it("reads no sentence of a long log as a person's (hundreds of lines or many kilobytes)", () => {
    const line = "we can't pull the image, it fails with 401";
    expect(facts(Array.from({ length: 300 }, () => line).join('\n'))).not.toContain('op:pull');
    expect(facts(`${line} ${'x'.repeat(40 * 1024)}`)).not.toContain('op:pull');
    expect(facts(line)).toContain('op:pull');
  });

  it("leaves a tool's own words first: a command that ran names the operation", () => {
    const f = facts('docker pull contoso.azurecr.io/app:1\nI think our push is failing too');
    expect(f).toContain('op:pull');
    expect(f).not.toContain('op:push');
  });

  it('does not blame a push right for a refused pull the sentence names', () => {
    const d = diagnose(
      'pulling from contoso.azurecr.io fails: denied: requested access to the resource is denied',
    );
    expect(d.causes[0]?.id).not.toBe('missing-push-permission');
    expect(d.signals.facts).not.toContain('op:push');
  });

  it('does not offer a missing image for a refused push a person describes', () => {
    const d = diagnose('I get unauthorized when I push to ACR from the pipeline');
    expect(d.causes.map((c) => c.family)).not.toContain('image-or-tag-not-found');
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });
});
