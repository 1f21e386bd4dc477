import { diagnose } from '../../../src/diagnosis';
import { listenDecision } from '../../../src/bot/listen-decision';

const facts = (text: string) => diagnose(text).signals.facts;

/** The paste names ACR even where the login server was redacted or never printed. */
describe('acr-named fact', () => {
  it.each([
    [
      "denied: client with IP '<my public IP>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access",
    ],
    [
      '$ az acr login -n <redacted>\nCannot connect to the Docker daemon. Is the docker daemon running on this host?',
    ],
    [
      "(AuthorizationFailed) The client 'x' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/read'",
    ],
    ['Could not create a role assignment for ACR. Are you an Owner on this subscription?'],
    ['Cannot perform credential operations for <RESOURCE_ID> as Admin user is disabled.'],
    ['docker login $registry.LoginServer -u $creds.Username --password-stdin'],
    ['Please verify if docker daemon is running properly.'],
    ['Connect-AzContainerRegistry : Unable to get AAD authorization tokens'],
    [
      'azure.core.exceptions.ClientAuthenticationError raised by azure.containerregistry ContainerRegistryClient',
    ],
    [
      'Azure.RequestFailedException at Azure.Containers.ContainerRegistry.ContainerRegistryClient.GetRepositoryNames',
    ],
    ["error: resource 'azure-native:containerregistry:Registry' failed"],
    ['resource "azurerm_container_registry" "main": creating Registry failed'],
  ])('is set for %s', (text) => {
    expect(facts(text)).toContain('acr-named');
  });

  it.each([
    ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'],
    ['npm ERR! 404 Not Found - GET https://registry.npmjs.org/@contoso%2fui-kit'],
    // "acr" inside another word is not the product.
    ['Error: sacred value lacre not found in macro'],
  ])('is not set for %s', (text) => {
    expect(facts(text)).not.toContain('acr-named');
  });

  it('lets listening answer a firewall refusal whose IP and registry were redacted', () => {
    const d = diagnose(
      "denied: client with IP '<my public IP>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access",
    );
    expect(listenDecision(d, 0.4).answer).toBe(true);
  });

  it("lets listening answer a registry's own 'manifest unknown' when no other registry is named", () => {
    const d = diagnose('not found: manifest unknown: manifest sha256:0f1e is not found');
    expect(listenDecision(d, 0.4)).toMatchObject({ answer: true, ground: 'registry-refusal' });
    const hub = diagnose(
      'Error response from daemon: manifest for docker.io/library/nginx:9 not found: manifest unknown: manifest unknown',
    );
    expect(listenDecision(hub, 0.4).answer).toBe(false);
  });

  it("reads Container Apps' image-pull error (code 90712) as Container Apps", () => {
    const d = diagnose(
      'Error details: Code: 90712, ExtendedCode: 90712, Message: Error pulling the container image. Please check the image name or any registry credentials to access if required..',
    );
    expect(d.signals.facts).toContain('tool:container-apps');
  });
});
