/**
 * Rules written after field32's first look (test/fixtures/corpus/field32.md), tested on forms field32 does not hold: a
 * login server cut out with an ellipsis, Python's console encoding crash under az, and Container Instances'
 * RegistryErrorResponse that names no ACR.
 */
import { diagnose } from '../../../src/diagnosis';

describe('a login server cut out with an ellipsis', () => {
  it.each([
    'docker pull ...azurecr.io/team/api:7 failed: unauthorized',
    'kubelet: Failed to pull image "…azurecr.io/api:7": 403 Forbidden',
  ])('%s is still an ACR', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('host:acr');
    expect(d.verdict).toBe('acr');
  });

  it('is not the bare domain in a link', () => {
    expect(diagnose('see https://azurecr.io for the docs').signals.facts).not.toContain('host:acr');
  });
});

describe("Python's console encoding under az", () => {
  it('is a crash of the client, not a refusal', () => {
    const d = diagnose(
      "az acr run -r contoso -f task.yaml .\nUnicodeEncodeError: 'charmap' codec can't encode character '\\u2713' in position 4: character maps to <undefined>",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });
});

describe("Container Instances' RegistryErrorResponse", () => {
  it('naming no ACR is a passing refusal of another registry', () => {
    const d = diagnose(
      'az container create failed: (RegistryErrorResponse) An error response is received from the docker registry. Please retry later.',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('transient-service-error');
  });

  it("naming an ACR stays the ACR's network rules", () => {
    const d = diagnose(
      "(RegistryErrorResponse) An error response is received from the docker registry 'fabrikam.azurecr.io'. Please retry later.",
    );
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
  });
});

describe("an Azure service's refusal with no registry named", () => {
  it.each([
    'the orders Container App revision failed with UNAUTHORIZED',
    'App Service could not pull the image: 403 Forbidden',
  ])('%s is placed at ACR, ambiguous and low', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
  });

  it('is not placed at ACR when another registry is named', () => {
    expect(
      diagnose('the Container App revision failed with UNAUTHORIZED pulling ghcr.io/acme/api:1').verdict,
    ).toBe('not-acr');
  });

  it('needs the refusal, not only the service', () => {
    // Without one it is not placed at ACR (a revision that failed with no registry word failed at start).
    expect(diagnose('the Container App revision failed').verdict).not.toBe('acr');
  });
});

describe('look-alikes probed from the programs after field32', () => {
  it.each([
    [
      'Helm release lock',
      'Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress',
      'kubernetes-not-registry',
    ],
    ['entrypoint missing', 'exec /usr/bin/server: no such file or directory', 'container-start-failed'],
    [
      "kubectl's schema check",
      'error: error validating "k8s/api.yaml": error validating data: ValidationError(Deployment.spec.template.spec.containers[0]): unknown field "imagePullSecret" in io.k8s.api.core.v1.Container',
      'kubernetes-not-registry',
    ],
    [
      'BuildKit cache key',
      'ERROR: failed to solve: failed to compute cache key: "/package.json" not found: not found',
      'build-input-missing',
    ],
    [
      'ARM template validation',
      "InvalidTemplateDeployment: The template deployment 'infra' is not valid according to the validation procedure.",
      'cli-usage-or-unsupported',
    ],
  ])('%s', (_name, text, id) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe(id);
  });

  it('leaves a registry error nested in a template deployment to the registry', () => {
    const d = diagnose(
      "InvalidTemplateDeployment: The template deployment 'infra' is not valid according to the validation procedure. (AuthorizationFailed) The client 'sp' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/write' over scope '/subscriptions/1/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso'",
    );
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});
