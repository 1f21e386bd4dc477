import { diagnose } from '../../../src/diagnosis';

/**
 * Refusals that other registries send far more often than an ACR (signals/refusals-elsewhere.ts): with no registry
 * named anywhere, the answer puts another registry first and keeps the ACR reading beside it. Our own pastes.
 */
const FACT = 'refusal:mostly-elsewhere';

describe('A refusal that is mostly another registry’s, with no registry named', () => {
  it.each([
    ['no basic auth credentials', 'ERROR: Get <redacted>: no basic auth credentials', 'docker-not-logged-in'],
    [
      'a bare denial at the end of a push',
      'Pushing image...\nError: denied: requested access to the resource is denied\nmake: *** [push] Error 1',
      'missing-push-permission',
    ],
    [
      "podman's short name with nowhere to look",
      'Error: short-name "grafana/loki:3.1" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
      'registry-name-wrong-or-missing',
    ],
  ])('%s: another registry first, the ACR reading still offered', (_, text, acrCause) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain(FACT);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.slice(0, 3).map((c) => c.id)).toContain(acrCause);
  });
});

describe('The same words where a registry is named', () => {
  it.each([
    [
      'an ACR login server',
      'The push refers to repository [contoso.azurecr.io/team/api]\ndenied: requested access to the resource is denied',
    ],
    ['the product by name', 'Pushing to our ACR fails:\ndenied: requested access to the resource is denied'],
    [
      'an az acr command',
      '$ az acr login -n contoso\nLogin Succeeded\n$ docker push team/api:1\nno basic auth credentials',
    ],
    [
      'an az acr command before a short name',
      '$ az acr login -n contoso --expose-token\n$ podman pull billing/worker:3.2\nError: short-name "billing/worker:3.2" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    ],
  ])('stay an ACR answer with %s', (_, text) => {
    const d = diagnose(text);
    expect(d.signals.facts).not.toContain(FACT);
    expect(d.verdict).toBe('acr');
  });

  it('is not read where Docker names the repository it asked for (its own rules read that)', () => {
    const text =
      "Error response from daemon: pull access denied for orders, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
    expect(diagnose(text).signals.facts).not.toContain(FACT);
    expect(diagnose(text.replace('pull access', 'access')).signals.facts).not.toContain(FACT);
  });

  it('is not read beside an Azure service pulling a reference with no host (often the ACR image, host left out)', () => {
    const text = [
      '2026-12-07T10:00:01.000Z INFO  - Pulling image from Docker hub: team/api:1.4',
      '2026-12-07T10:00:02.000Z ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Head https://registry-1.docker.io/v2/team/api/manifests/1.4: denied: requested access to the resource is denied"}',
    ].join('\n');
    expect(diagnose(text).signals.facts).not.toContain(FACT);
  });

  it('changes nothing for a paste that names another registry: its host already decides', () => {
    const d = diagnose('docker push ghcr.io/team/api:1\ndenied: requested access to the resource is denied');
    expect(d.signals.facts).not.toContain(FACT);
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });
});
