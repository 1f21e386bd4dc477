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
