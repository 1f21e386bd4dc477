/**
 * Two readings a first look got wrong with certainty (field13 13A003, 13A002), fixed by what the messages mean:
 * ARM's ParentResourceNotFound on a registry's child names a registry that is not there (not a missing image), and
 * Container Instances' InaccessibleImage is a pull it could not make (credentials, reference or network), never a
 * service fault first and never a certainty on its own.
 */
import { diagnose } from '../../../src/diagnosis';

it("ParentResourceNotFound on a registry's child: the registry is not there", () => {
  const d = diagnose(
    "Azure.RequestFailedException: Failed to perform 'action' on resource(s) of type 'registries/listBuildSourceUploadUrl',\n" +
      "because the parent resource '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contosoacr' could not be found.\n" +
      'Status: 404 (Not Found)\nErrorCode: ParentResourceNotFound',
  );
  expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
});

it.each([
  [
    'the bare code an AKS virtual node logs',
    'Getting "HTTP response status code 400 error code "InaccessibleImage"',
  ],
  [
    "Container Instances' own sentence",
    "(InaccessibleImage) The image '...' in container group '...' is not accessible.\nPlease check the image and registry credential.",
  ],
])('InaccessibleImage (%s): a pull that failed, undecided, not a service fault', (_what, text) => {
  const d = diagnose(text);
  expect(d.verdict).toBe('acr');
  expect(d.causes[0]?.family).not.toBe('other');
  expect(d.causes.slice(0, 3).map((c) => c.family)).toEqual(
    expect.arrayContaining(['credentials-not-configured', 'image-or-tag-not-found']),
  );
  expect(d.causes[0]!.confidence).toBeLessThanOrEqual(0.75);
});

// field13 13A001: Container Instances' 409 code quoted bare, the registry named only as "ACR".
it('RegistryErrorResponse from ACR: the network rules, undecided between selected networks and no public access', () => {
  const d = diagnose(
    'AKS fails to create a pod due to "HTTP response status code 409 error code "RegistryErrorResponse" it receives from ACR.',
  );
  expect(
    d.causes
      .slice(0, 2)
      .map((c) => c.family)
      .sort(),
  ).toEqual(['firewall-ip-not-allowed', 'public-network-access-disabled']);
  expect(d.ambiguity.ambiguous).toBe(true);
  // On a registry that is recognisably someone else's the same code is that registry's (Docker Hub: its rate limit).
  const hub = diagnose(
    'HTTP response status code 409 error code "RegistryErrorResponse": An error response is received from the docker registry \'index.docker.io\'. Please retry later. (ACR pulls are fine)',
  );
  expect(hub.causes.map((c) => c.family)).not.toContain('public-network-access-disabled');
});
