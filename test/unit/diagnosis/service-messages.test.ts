import { diagnose } from '../../../src/diagnosis';
import { familiesOf } from '../../support/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * Messages of Azure services and build tools that used to get "no cause": the registry service's validation of an
 * ACR Tasks request, the Tasks runner's own argument check, Azure Machine Learning, Azure Batch, helm's dependency
 * resolution and Azure Identity's Azure CLI credential. Each is matched on the stable core of the program's own
 * text, with other names filled in than any corpus paste; where the text cannot tell two causes apart the answer
 * stays undecided and low.
 */

describe('ACR Tasks request validation (az acr build / run / task create)', () => {
  const core =
    "The acceptable patterns are 'repository' or 'repository:tag'.The repository and tag names follow the standardized " +
    "docker repository and tag naming conventions. Tag templates are supported within '{{' and '}}'.";

  it.each([
    `(InvalidInputValue) Some of the properties of 'runRequest' are invalid.. InnerErrors: DockerBuildRequest:Image name 'Billing/Api:v2' is invalid.\n${core}`,
    `Some of the properties of 'taskCreateParameters' are invalid.. InnerErrors: DockerBuildStep:Image name 'NightlyJob:{{.Run.ID}}' is invalid.\n${core}`,
    `Some of the properties of 'buildRequest' are invalid. InnerErrors: QuickBuildRequest:Image name 'Shop:{{.Run.ID}}' is invalid.`,
  ])('an invalid image name is an invalid repository name (%#)', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).toBe('invalid-repository-name');
  });

  it('the bare summary with a capital letter in the -t argument points at the repository name', () => {
    const d = diagnose(
      "$ az acr build -r fabrikam -t Payments/Worker:1.0 .\nSending build context to ACR.\nSome of the properties of 'buildRequest' are invalid",
    );
    expect(d.causes[0]?.id).toBe('invalid-repository-name');
  });

  it('a missing image name is not a malformed one', () => {
    const d = diagnose(
      "ERROR: (InvalidInputValue) Some of the properties of 'taskCreateParameters' are invalid.. InnerErrors: DockerBuildStep:Missing required property 'ImageNames'.",
    );
    expect(d.causes[0]?.id).not.toBe('invalid-repository-name');
  });
});

describe("the ACR Tasks runner's push-credential check", () => {
  it('alone cannot tell an ABAC registry from a task without a credential: undecided and low', () => {
    const d = diagnose('when specifying push, at least one credential is required');
    expect(d.verdict).toBe('acr');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(familiesOf(d.text).slice(0, 2).sort()).toEqual([
      'abac-repository-permissions-mode',
      'credentials-not-configured',
    ]);
    expect(d.causes[0]?.confidence ?? 1).toBeLessThanOrEqual(SCORING.caps.undecided);
  });

  it('a task created with --auth-mode None is the task without a credential', () => {
    const d = diagnose(
      '$ az acr task create -r fabrikam -n build -c . -f Dockerfile -t app:{{.Run.ID}} --auth-mode None\n' +
        'when specifying push, at least one credential is required',
    );
    expect(d.causes[0]?.id).toBe('acr-task-run-without-credential');
  });

  it("the older runner's wording is the same check", () => {
    expect(
      diagnose('when specifying push, username, password, and registry are required').causes[0]?.id,
    ).toBe('acr-task-run-without-credential');
  });
});

describe('Azure services refusing a registry configuration', () => {
  it('Azure ML cannot build in a registry behind a VNet: public access or network rules, undecided', () => {
    const d = diagnose(
      'Code: ImageBuildComputeNotValid\nMessage: If Container Registry is behind the virtual network, Container Registry cannot build your image.',
    );
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.id).toBe('aml-image-build-behind-vnet');
    expect(familiesOf(d.text)).toContain('firewall-ip-not-allowed');
    expect(d.causes[0]?.confidence ?? 1).toBeLessThanOrEqual(SCORING.caps.undecided);
  });

  it("Azure Batch's ContainerInvalidRegistry is a wrong registry server", () => {
    const d = diagnose(
      '"code": "ContainerInvalidRegistry",\n"message": "One or more container registries specified are invalid"',
    );
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });

  it('az acr import refused with 403 by the source registry: its network first, never certain', () => {
    const d = diagnose(
      'ERROR: Deployment failed. Correlation ID: 00000000-0000-0000-0000-000000000000. Operation registries-11111111-2222-3333-4444-555555555555 failed. ' +
        'Resource /subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/fabrikam Invalid message Forbidden Forbidden ' +
        '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
    );
    expect(d.causes[0]?.family).toBe('public-network-access-disabled');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.confidence ?? 1).toBeLessThanOrEqual(SCORING.caps.undecided);
  });
});

describe('helm cannot find the chart version', () => {
  it.each([
    "Error: can't get a valid version for repositories postgresql, rabbitmq. Try changing the version constraint in Chart.yaml",
    'Error: Unable to locate any tags in provided repository: oci://fabrikam.azurecr.io/helm/worker',
    'Error: Could not locate a version matching provided version string ~3.1',
  ])('%s', (text) => {
    expect(familiesOf(text)[0]).toBe('image-or-tag-not-found');
  });
});

describe("Azure Identity's Azure CLI credential timing out", () => {
  it.each([
    'Azure.Identity.AuthenticationFailedException: The ChainedTokenCredential failed due to an unhandled exception: Azure CLI authentication timed out.',
    'azure.identity._exceptions.CredentialUnavailableError: Timed out waiting for Azure CLI',
  ])('is the CLI session, not a missing workload identity (%#)', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('az-cli-not-logged-in-or-token-expired');
  });
});

describe('a push refused with a bare 401', () => {
  const push =
    'The push refers to repository [fabrikam.azurecr.io/orders]\n5f70bf18a086: Preparing\nunauthorized: authentication required';

  it('with no sign that anything worked before, is first a client that never logged in (undecided)', () => {
    const d = diagnose(push);
    expect(d.causes[0]?.id).toBe('docker-not-logged-in');
    expect(d.ambiguity.ambiguous).toBe(true);
  });

  it('after a pull that worked, is first a missing push right', () => {
    const d = diagnose(
      `$ docker pull fabrikam.azurecr.io/orders:1.0\nStatus: Downloaded newer image for fabrikam.azurecr.io/orders:1.0\n${push}`,
    );
    expect(d.causes[0]?.id).toBe('missing-push-permission');
  });

  it('in a step of an ACR Tasks run, is not a missing login', () => {
    const d = diagnose(
      `Pushing image: fabrikam.azurecr.io/orders:ca1, attempt 1\n${push}\nfailed to run step ID: push: exit status 1`,
    );
    expect(d.causes[0]?.id).not.toBe('docker-not-logged-in');
  });
});

describe("Podman Desktop's registry probe", () => {
  it('"Not a valid registry" alone: a proxy or CA first, a wrong host second, undecided', () => {
    const d = diagnose('Adding the registry failed: `Not a valid registry`');
    expect(familiesOf(d.text).slice(0, 2)).toEqual([
      'tls-or-proxy-interception',
      'wrong-registry-name-or-not-found',
    ]);
    expect(d.ambiguity.ambiguous).toBe(true);
  });

  it('is not confused with a Windows registry key', () => {
    // No rule reads it; the last fallback says only that nothing ties the failure to an ACR.
    const d = diagnose('ERROR: The value is not a valid registry key');
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.map((c) => c.id)).toEqual(['failure-not-tied-to-acr']);
  });
});
