import { diagnose } from '../../../src/diagnosis';

/**
 * What field72's and field73's first looks missed, generalised: Harbor's registry front refuses a repository in words
 * of its own, which name the registry when no host is in the paste. Our own pastes.
 */
describe("Harbor's refusal of a repository", () => {
  it('names another registry than an ACR, in a client error or a replication log', () => {
    for (const text of [
      'Error response from daemon: unauthorized: unauthorized to access repository: platform/gateway, action: pull: unauthorized to access repository: platform/gateway, action: pull',
      '2026-11-30T08:14:02Z [ERROR] [/controller/replication/transfer/image/transfer.go:171]: http status code: 401, body: {"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: mirror/base, action: push: unauthorized to access repository: mirror/base, action: push"}]}',
    ]) {
      const d = diagnose(text);
      expect(d.verdict).toBe('not-acr');
      expect(d.causes[0]?.id).toBe('non-acr-registry');
    }
  });

  it("leaves an ACR's own refusal, named in the same replication, an ACR answer", () => {
    const d = diagnose(
      [
        '2026-11-30T08:14:02Z [ERROR] [/controller/replication/transfer/image/transfer.go:171]: pull from contoso.azurecr.io failed',
        'GET https://contoso.azurecr.io/v2/mirror/base/manifests/1.4: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
  });
});

/** field68's 68U012, generalised: a Foundry hosted agent's pull status retold without its brackets. Our own pastes. */
describe("A hosted agent's image status retold", () => {
  it.each([
    'Agent version is failed: ImageError — Container registry authentication failed.',
    'status: ImageError: Failed to pull container image',
  ])('reads as its bracketed form: %s', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});

/** field73's 73D008, generalised: the docker transport's one-component name is Docker Hub's. Our own pastes. */
describe("The docker transport's short name", () => {
  it('names Docker Hub when no other registry is in the paste', () => {
    const d = diagnose(
      'FATA[0001] Error initializing image from source docker://orders-api:2.4: unauthorized: authentication required',
    );
    expect(d.signals.otherRegistries).toContain('docker.io');
    expect(d.verdict).toBe('not-acr');
  });

  it("reads a tag's dot as a tag's, as a pull's reference does (`nginx:1.25` is Docker Hub's)", () => {
    expect(
      diagnose('$ docker pull nginx:1.25\nError response from daemon: unauthorized').signals.otherRegistries,
    ).toContain('docker.io');
    // A dotted name without a path is a host, not a Hub image.
    expect(diagnose('docker://registry.example.org: unauthorized').signals.otherRegistries).not.toContain(
      'docker.io',
    );
  });

  it("leaves a short name resolved to the user's ACR an ACR answer", () => {
    const d = diagnose(
      'Error: initializing source docker://orders-api:2.4: reading manifest 2.4 in contoso.azurecr.io/orders-api: unauthorized: authentication required',
    );
    expect(d.verdict).toBe('acr');
    expect(d.signals.registry).toBe('contoso');
  });
});
