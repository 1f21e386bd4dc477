import { diagnose } from '../../../src/diagnosis';

/** What field81's first look missed, generalised. Our own pastes. */
describe("a container group's registry credentials refused by Resource Manager", () => {
  it('for a server that is not an ACR, names that registry', () => {
    const d = diagnose(
      "az container create -g rg-edge -n web --image 10.20.0.4:5000/team/web:2.1 --registry-login-server 10.20.0.4:5000\n(InvalidImageRegistryServer) The server '10.20.0.4:5000' in the 'imageRegistryCredentials' of container group 'web' is invalid. It should be a valid host name without protocol.",
    );
    expect(d.signals.otherRegistries).toContain('10.20.0.4:5000');
    expect(d.verdict).toBe('not-acr');
  });

  it('for an ACR login server, stays about that ACR', () => {
    const d = diagnose(
      "(InvalidImageRegistryServer) The server 'contosoprod.azurecr.io' in the 'imageRegistryCredentials' of container group 'web' is invalid.",
    );
    expect(d.signals.otherRegistries).toEqual([]);
    expect(d.verdict).not.toBe('not-acr');
  });
});

describe("Helm's registry client signing in", () => {
  it('names the registry it signed in to', () => {
    const d = diagnose(
      'Error: authenticating to "charts.example.org": ... response status code 401: unauthorized: authentication failed',
    );
    expect(d.signals.otherRegistries).toContain('charts.example.org');
    expect(d.verdict).toBe('not-acr');
  });
});

describe('ECS stopping a task that could not read its registry auth or secrets', () => {
  it('is AWS’s, not an ACR problem', () => {
    const d = diagnose(
      'STOPPED (ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: AccessDeniedException)',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });
});
