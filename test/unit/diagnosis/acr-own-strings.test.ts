/**
 * Messages only ACR, its own tooling or an Azure service speaking of its ACR registry print, that the engine used to
 * miss (a structural fallback, or a cause resting on strings everyone prints), and the evidence basis each ranked
 * cause now carries. Motivated by field5 b026, field6 d012, d016, e009, f008 and the labs' a004.
 */
import { diagnose } from '../../../src/diagnosis';

describe('ACR messages the engine reads by their own words', () => {
  it("reads az acr build's refused upload URL with ARM's refusal wrapped after 'authorization to' (field6 e009)", () => {
    const d = diagnose(
      'ERROR: Failed to get a SAS URL to upload context.\n' +
        "(AuthorizationFailed) The client 'dev@contoso.com' does not have authorization to\n" +
        "perform action 'Microsoft.ContainerRegistry/registries/listBuildSourceUploadUrl/action'\n" +
        "over scope '.../registries/contosoregistry'",
    );
    expect(d.fallback).toBeUndefined();
    expect(d.causes[0]).toMatchObject({ id: 'arm-action-not-authorized', basis: 'acr-own' });
  });

  it("reads a Foundry hosted agent's pull failure that names ACR permissions (field6 d016, f008)", () => {
    const d = diagnose(
      'ImageError: Failed to pull container image. Please check the image URI and ACR permissions, then retry.\n' +
        '(image: contosoagents.azurecr.io)\nhttps://aka.ms/hostedagents/tsg/image',
    );
    expect(d.fallback).toBeUndefined();
    expect(d.causes.map((c) => c.id)).toEqual(
      expect.arrayContaining(['missing-pull-role-legacy-mode', 'arm-audience-token-rejected']),
    );
    expect(d.causes[0]?.basis).toBe('acr-own');
  });

  it("reads ACR's refusal of a Docker Hub cache rule without a credential set (field6 d012)", () => {
    const d = diagnose(
      'Create: unexpected status 400 (400 Bad Request) with error:\n' +
        'EnforceDockerAuthentication: Cannot create cache rule pointing to Docker Hub\n' +
        'without credentials. Please add a credential set to cache rule. Learn more:\n' +
        'https://aka.ms/acr/cache-auth',
    );
    expect(d.fallback).toBeUndefined();
    expect(d.causes[0]).toMatchObject({ id: 'cache-rule-without-credential-set', basis: 'acr-own' });
  });

  it("reads az containerapp's registry secret named after an e-mail user name (field5 b026)", () => {
    const d = diagnose(
      "Property 'secrets.name' has an invalid value 'contosoregistryazurecrio-jane.doe@contoso.onmicrosoft.com'. " +
        "A value must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.",
    );
    expect(d.causes[0]).toMatchObject({ id: 'wrong-username-or-password', basis: 'acr-own' });
    // A Kubernetes secret with an invalid name is no registry's doing.
    expect(
      diagnose(
        'The Secret "Regcred-Contoso" is invalid: metadata.name: Invalid value: "Regcred-Contoso": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\'',
      ).causes.some((c) => c.id === 'wrong-username-or-password'),
    ).toBe(false);
  });

  it("reads Container Apps' system log of an unauthorized pull (field6 labs a004)", () => {
    const d = diagnose(
      "2026-06-05T11:19:41Z | replica=7gmzx | PullingImage          | Pulling image 'contosoregistry.azurecr.io/web:v2'\n" +
        '2026-06-05T11:19:41Z | replica=7gmzx | ImagePullUnauthorized | Container pull image failed with unauthorized error.',
    );
    expect(d.fallback).toBeUndefined();
    expect(d.causes[0]).toMatchObject({ id: 'platform-registry-credentials-missing', basis: 'shared' });
  });

  it('says a cause rests on shared strings when only a bare refusal matched', () => {
    const d = diagnose('Error response from daemon: unauthorized: authentication required');
    expect(d.causes.length).toBeGreaterThan(0);
    expect(d.causes.every((c) => c.basis === 'shared')).toBe(true);
  });
});
