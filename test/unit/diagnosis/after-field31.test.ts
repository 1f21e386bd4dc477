/**
 * Rules written after field31's first look (test/fixtures/corpus/field31.md), tested on forms field31 does not hold:
 * other registries named in words, the Azure CLI missing, BuildKit's file sync, signatures (dm-verity, Sigstore),
 * containers/image's platform wording, ARM's missing identity, "registry not found" and "another subscription" said
 * by people, and a build's 429 on its base images.
 */
import { diagnose } from '../../../src/diagnosis';

describe('another registry named in words', () => {
  it.each([
    'pulling mcr images fails: the dotnet/aspnet image on MCR answers 403 Forbidden',
    'Docker Hub answered 401 Unauthorized for our private repo',
    'GHCR refused the push: 403 Forbidden',
    'ECR login failed with 403 Forbidden',
  ])('%s is not the user ACR', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.signals.facts).toContain('registry-elsewhere');
  });

  it.each([
    'az acr import from Docker Hub failed: 403 Forbidden',
    'ACR pull through cache from Docker Hub returns 403 Forbidden',
    "toomanyrequests: too many requests to source registry for cache rule 'dockerhub-node'",
  ])('does not take %s away from ACR', (text) => {
    expect(diagnose(text).signals.facts).not.toContain('registry-elsewhere');
  });

  it('is a whole word in capitals, not part of another', () => {
    expect(diagnose('the MCRYPT module failed: 403 Forbidden').signals.facts).not.toContain(
      'registry-elsewhere',
    );
  });
});

describe('the Azure CLI missing where a step runs', () => {
  it.each([
    '/usr/bin/bash: line 1: az: command not found',
    "'az' is not recognized as an internal or external command,\noperable program or batch file.",
    "az : The term 'az' is not recognized as the name of a cmdlet, function, script file, or operable program.",
  ])('%s is a look-alike', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('azure-cli-not-installed');
  });

  it('is not the docker CLI missing', () => {
    expect(diagnose('docker: command not found').causes[0]?.id).toBe('docker-client-not-installed');
  });
});

describe('a build that could not read its context', () => {
  it("reads BuildKit's error from sender as the build's input", () => {
    const d = diagnose(
      'ERROR: failed to solve: error from sender: open /src/secrets/.env: permission denied',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('build-input-missing');
  });
});

describe('signatures that are not registry access', () => {
  it.each([
    'failed to extract layer sha256:1f2e: dm-verity signature required but not present on layer',
    'Error: signing image: getting key from Fulcio: retrieving cert: POST https://fulcio.sigstore.dev/api/v2/signingCert: context deadline exceeded',
  ])('%s', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('content-trust-or-signature');
  });
});

describe("containers/image's platform wording", () => {
  it('is an image without that platform', () => {
    const d = diagnose(
      'Error: choosing an image from manifest list docker://contoso.azurecr.io/tools/cli:2: no image found in image index for architecture "arm64", variant "v8", OS "linux"',
    );
    expect(d.causes[0]?.id).toBe('platform-architecture-mismatch');
  });
});

describe("ARM's identity that the resource does not have", () => {
  it('is the template', () => {
    const d = diagnose(
      '{"code":"IdentityDoesNotExist","message":"No managed service identities are associated with resource \'ca-api\'"}',
    );
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });
});

describe('people saying what was not found', () => {
  it('"registry not found" reads a wrong name first, another subscription next, ambiguous', () => {
    const d = diagnose('the deploy job stopped with "container registry not found"');
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
    expect(d.causes.map((c) => c.family)).toContain('wrong-tenant-or-subscription');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
  });

  it('is not the Windows registry', () => {
    expect(diagnose('registry key not found: HKLM\\Software\\Contoso').causes).toHaveLength(0);
  });

  it('a lookup on another subscription puts the subscription first', () => {
    const d = diagnose(
      "az acr show failed with 'resource not found' because the CLI was on the wrong subscription for the ACR",
    );
    expect(d.causes[0]?.family).toBe('wrong-tenant-or-subscription');
  });
});

describe("a build's 429 on its base images", () => {
  it('is Docker Hub when no ACR is named', () => {
    const d = diagnose(
      'docker build keeps failing with 429 Too Many Requests on the base image python:3.12-slim',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('docker-hub-rate-limit');
  });

  it('stays ACR throttling when the base image is on an ACR', () => {
    const d = diagnose(
      'docker build: failed to pull base image contoso.azurecr.io/base/node:18: 429 Too Many Requests',
    );
    expect(d.causes[0]?.family).toBe('throttled-too-many-requests');
  });
});

describe("a commit message's status", () => {
  it('"fix 403 when pushing to ACR" is a 403 at ACR', () => {
    const d = diagnose('fix 403 when pushing to ACR from the release workflow');
    expect(d.signals.facts).toContain('http:403');
    expect(d.verdict).toBe('acr');
  });

  it('is not a size or a count', () => {
    expect(diagnose('fixed 500 MB layer limit in ACR docs').signals.facts).not.toContain('http:5xx');
  });
});

describe("people's own finding of a missing role", () => {
  it.each([
    [
      'the app identity was not yet assigned the AcrPull role, so the revision could not pull',
      'missing-role-assignment',
    ],
    ['push to ACR failed: the pipeline identity lacked AcrPush', 'missing-role-assignment'],
  ])('%s is read from the description, low', (text, family) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe(family);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.5);
    expect(d.notices).toContainEqual({ kind: 'read-from-description' });
  });
});
