import { diagnose } from '../../../src/diagnosis';

/** What field59's first look missed, generalised: Google's Artifact Registry by its own words. Our own paste. */
describe("field59's miss, in other words", () => {
  it("reads Google's Artifact Registry by its permission names where no host is named", () => {
    const d = diagnose(
      'denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.downloadArtifacts" on resource "projects/shop/locations/eu/repositories/web"',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });
});
