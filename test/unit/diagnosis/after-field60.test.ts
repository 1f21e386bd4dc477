import { diagnose } from '../../../src/diagnosis';

/** What field60's first look missed, generalised. Our own pastes. */
describe("field60's misses, in other words", () => {
  it("reads Docker Hub's token service refusing a password, as go-containerregistry prints its body", () => {
    for (const text of [
      'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: unexpected status code 401 Unauthorized: {"details":"incorrect username or password"}',
      'Error: pull failed: 401 Unauthorized {"details":"incorrect username or password"}',
    ]) {
      const d = diagnose(text);
      expect(d.verdict).toBe('not-acr');
      expect(d.causes[0]?.id).toBe('non-acr-registry');
    }
    // ACR's own refusal of a wrong password keeps its cause.
    const acr = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: incorrect username or password',
    );
    expect(acr.verdict).toBe('acr');
    expect(acr.causes[0]?.family).toBe('invalid-credentials');
  });

  it("answers App Service's pull failure that names only its reason, ambiguous between what it shares", () => {
    const d = diagnose(
      [
        '2026-11-30T09:12:44.118Z ERROR - Container pull image failed with reason: ImagePullFailure',
        '2026-11-30T09:12:44.120Z INFO - Stopping site web-prod because it failed during startup.',
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
    expect(d.ambiguity.ambiguous).toBe(true);
    const families = d.causes.slice(0, 3).map((c) => c.family);
    expect(families).toEqual(
      expect.arrayContaining([
        'credentials-not-configured',
        'missing-role-assignment',
        'image-or-tag-not-found',
      ]),
    );
    expect(d.causes[0]?.confidence).toBeLessThan(0.8);
  });
});
