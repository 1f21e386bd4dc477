/**
 * Rules written after field29's first look (test/fixtures/corpus/field29.md): App Service's own status for a refused
 * image pull, pasted here in forms field29 does not hold.
 */
import { diagnose } from '../../../src/diagnosis';

describe("App Service's ImagePullUnauthorizedFailure", () => {
  it('names App Service and reads a missing registry credential or pull right, never certain', () => {
    const d = diagnose(
      '2026-01-01T00:00:00Z ERROR - Container web_0 for site web has exited, failing site start. ImagePullUnauthorizedFailure',
    );
    expect(d.signals.tools).toContain('app-service');
    expect(['credentials-not-configured', 'missing-role-assignment']).toContain(d.causes[0]?.family);
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
  });

  it('puts the identity’s pull right first when the managed-identity pull mode is named', () => {
    const d = diagnose(
      'Since switching the web app to managed identity we get ImagePullUnauthorizedFailure from contoso.azurecr.io',
    );
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });

  it('is another registry’s refusal when the image is on GHCR', () => {
    const d = diagnose(
      'The App Service reported an `ImagePullUnauthorizedFailure` pulling ghcr.io/contoso/api:1.',
    );
    expect(d.verdict).toBe('not-acr');
  });
});
