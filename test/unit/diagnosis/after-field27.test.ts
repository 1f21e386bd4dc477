/**
 * Rules written after field27's first look (test/fixtures/corpus/field27.md): each reads a program's or a service's
 * own words, and each pastes here in forms field27 does not hold.
 */
import { diagnose } from '../../../src/diagnosis';

describe("the registry's one-word codes quoted in capitals", () => {
  it.each([
    ['UNAUTHORIZED', 'the image field says UNAUTHORIZED', 'UNAUTHORIZED'],
    ['DENIED', 'every push from the runner gets DENIED since Monday', 'DENIED'],
    [
      'a quoted "unauthorized"',
      'I got an "unauthorized" exception when pushing to contoso.azurecr.io',
      'UNAUTHORIZED',
    ],
    ["a quoted 'denied'", "The pull from our ACR returns 'denied' since this morning.", 'DENIED'],
  ])('%s without its colon is the code', (_code, text, code) => {
    expect(diagnose(text).signals.distribution).toContain(code);
  });

  it.each([
    ['an HTTP reason phrase after its status', 'HTTP/1.1 401 UNAUTHORIZED'],
    ['a word in lower case', 'we were unauthorized to change it'],
    ['part of a longer identifier', 'ERR_UNAUTHORIZED_CLIENT'],
    ['a quoted phrase that starts with it', 'We discussed "unauthorized access" to the cluster.'],
  ])('is not %s', (_what, text) => {
    expect(diagnose(text).signals.distribution).not.toContain('UNAUTHORIZED');
  });
});

describe("Container Apps' refused create-time pull, quoted as its code", () => {
  it.each([
    'initial create failed with InvalidParameterValueInContainerTemplate / UNAUTHORIZED on the `image` field.',
    'Job creation fails: InvalidParameterValueInContainerTemplate, the image field says UNAUTHORIZED',
  ])('%s is a missing registry block or a missing role, not certain', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    expect(d.causes.map((c) => c.family)).toContain('missing-role-assignment');
    expect(d.ambiguity?.ambiguous).toBe(true);
  });

  it('still reads the code with a missing tag as the missing tag', () => {
    const d = diagnose(
      'InvalidParameterValueInContainerTemplate: Field \'template.containers.api.image\' is invalid with details: \'Invalid value: "contoso.azurecr.io/api:9": MANIFEST_UNKNOWN: manifest tagged by "9" is not found\'',
    );
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });
});

describe('a client that only knows the Bearer challenge', () => {
  it("is Spinnaker's, not a missing role", () => {
    const d = diagnose(
      "DockerRegistryAuthenticationException: Docker registry must support 'Bearer' authentication. (account acr-prod, https://contoso.azurecr.io)",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('client-cannot-read-registry-reply');
  });
});

describe("Container Apps refusing a secret's name", () => {
  it('is the template, not the registry', () => {
    const d = diagnose(
      "Secret name has an invalid value 'contoso.azurecr.io'. A value must consist of lower case alphanumeric characters, '-'. (Code:ContainerAppInvalidSecretName)",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });
});
