import { diagnose } from '../../../src/diagnosis';

/**
 * Tools' own messages and one structure the engine did not know before field8's first look
 * (test/fixtures/corpus/field8.md), each read on the message's stable core, with other names and wrappings than
 * the corpus pastes that showed the gap.
 */

describe("Azure Machine Learning's stored registry keys (field8 8D003's message)", () => {
  it('is the workspace holding outdated keys, at ACR', () => {
    const d = diagnose(
      'azureml.exceptions._azureml_exception.ActivityFailedException: Activity Failed:\n' +
        '{"error": {"code": "UserError", "message": "Unauthorized error encountered while attempting to connect to ' +
        'the container registry. Please try running resync keys on your workspace and retry."}}',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).toBe('aml-workspace-registry-keys-stale');
    expect(d.causes[0]?.family).toBe('invalid-credentials');
  });
});

describe("Azure Pipelines' service connections that give a job no registry credential (field8 8E009, 8E011)", () => {
  it('is no credential when a container resource names an Azure Resource Manager connection', () => {
    const d = diagnose(
      "##[error]Expected 'dockerregistry' service connection type for image registry referenced by tools_image, " +
        'but got azurerm for service connection Fabrikam-Prod-ARM.',
    );
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });

  it('is no credential when the stage does not reference the connection it uses', () => {
    const d = diagnose(
      '##[error]There is no explicit reference to service connection 11111111-2222-3333-4444-555555555555\n' +
        'from current stage Publish.Push.__default.\n##[error]az acr login failed',
    );
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });
});

describe("Docker Desktop's CLI stand-in in a WSL 2 distro (field8 8F006's message)", () => {
  it('is the docker client missing where az acr login runs', () => {
    const d = diagnose(
      "$ az acr login --name fabrikam\nThe command 'docker' could not be found in this WSL 2 distro.\n" +
        'We recommend to activate the WSL integration in Docker Desktop settings.',
    );
    expect(d.causes[0]?.id).toBe('docker-client-not-installed');
  });
});

describe("oras-go's credentials store with nothing configured (field8 8G007, 8G008)", () => {
  it('is the credential store, for oras as for notation', () => {
    const d = diagnose(
      'oras login fabrikam.azurecr.io -u 00000000-0000-0000-0000-000000000000 --password-stdin\n' +
        'Error: could not get the credentials store: failed to load config file, error: credentials store config ' +
        'was not set up',
    );
    expect(d.causes[0]?.id).toBe('docker-credential-store-failing');
  });
});

describe('an admission webhook quoting the registry it asked (field8 8G009)', () => {
  it('is the registry refusing, not the cluster', () => {
    const d = diagnose(
      'Error from server (BadRequest): error when creating "web.yaml": admission webhook "verify.kyverno.example" ' +
        'denied the request: GET https://fabrikam.azurecr.io/oauth2/token?scope=repository%3Aweb%3Apull&service=' +
        'fabrikam.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for ' +
        'more information.',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).not.toBe('kubernetes-not-registry');
    expect(d.causes[0]?.family).not.toBe('other');
  });

  it('still answers the cluster for its own refusals', () => {
    const d = diagnose(
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "dev@fabrikam.com" cannot get ' +
        'resource "deployments" in API group "apps" in the namespace "shop"',
    );
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
  });
});

describe("the Azure Pipelines Docker task's empty ACR input (field8 8E010)", () => {
  const log = (input: string) =>
    `2024-03-01T08:00:01.1000000Z ##[debug]azureContainerRegistry=${input}\n` +
    '2024-03-01T08:00:02.2000000Z [command]/usr/bin/docker push catalog-api\n' +
    '2024-03-01T08:00:02.3000000Z The push refers to repository [docker.io/library/catalog-api]\n' +
    '2024-03-01T08:00:04.4000000Z denied: requested access to the resource is denied';

  it('is the login server missing from the image, at ACR, when the input never expanded', () => {
    const d = diagnose(log('undefined'));
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).toBe('registry-name-wrong-or-missing');
  });

  it("is not called someone else's registry when the task was given an ACR", () => {
    const d = diagnose(log('{"loginServer":"fabrikam.azurecr.io"}'));
    expect(d.causes[0]?.id).not.toBe('non-acr-registry');
  });
});

describe('"DefaultAzureCredential" is no login server (field8 8B005)', () => {
  const failure =
    'DefaultAzureCredential authentication failed. ---> ClientSecretCredential authentication failed: ' +
    "AADSTS7000222: The provided client secret keys for app '0f0f0f0f-1111-2222-3333-444444444444' are expired.";

  it('leaves a sign-in that names no registry outside ACR', () => {
    const d = diagnose(`error listing virtual machine sizes: ${failure}`);
    expect(d.signals.facts).toContain('registry-absent');
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.family).toBe('expired-credentials');
  });

  it('keeps it at ACR when the paste names a login server', () => {
    const d = diagnose(`pulling fabrikam.azurecr.io/web:3 failed: ${failure}`);
    expect(d.signals.facts).not.toContain('registry-absent');
    expect(d.verdict).toBe('acr');
  });
});

describe("Python requests' status line (field8 8G004)", () => {
  it('reads the status of "401 Client Error: Unauthorized for url"', () => {
    const d = diagnose(
      '401 Client Error: Unauthorized for url: https://fabrikam.azurecr.io/v2/web/tags/list\n' +
        'Traceback (most recent call last):\n  File "cli.py", line 12, in main',
    );
    expect(d.signals.http.map((h) => h.status)).toContain(401);
  });

  it("does not read docker-py's wrapper around the registry's answer as a server error", () => {
    const d = diagnose(
      '500 Server Error: Internal Server Error ("Get https://fabrikam.azurecr.io/v2/web/manifests/3: unauthorized: ' +
        'authentication required, visit https://aka.ms/acr/authorization for more information.")',
    );
    expect(d.signals.http.map((h) => h.status)).not.toContain(500);
    expect(d.causes[0]?.family).not.toBe('other');
  });

  it('reads a server error the same way', () => {
    const d = diagnose('503 Server Error: Service Unavailable for url: https://fabrikam.azurecr.io/v2/');
    expect(d.signals.http.map((h) => h.status)).toContain(503);
  });
});
