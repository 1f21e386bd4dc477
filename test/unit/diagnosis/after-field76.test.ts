import { diagnose } from '../../../src/diagnosis';

/**
 * What field76's first look missed, generalised: Azure Front Door's own error page in place of a registry's JSON is
 * Microsoft's edge reporting the service behind it down, not a proxy of the user's. Our own pastes.
 */
describe("Azure Front Door's outage page", () => {
  it('reads as the service being down, to retry later', () => {
    const d = diagnose(
      "Error response from daemon: error parsing HTTP 503 response body: invalid character '<' looking for beginning of value: \"<h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>0aB3cZwAAAAB\"",
    );
    expect(d.causes[0]?.id).toBe('transient-service-error');
    expect(d.verdict).toBe('not-acr');
  });

  it('stays among the answers where the registry behind it is named (MCR: not the user’s registry first)', () => {
    const d = diagnose(
      'failed to resolve reference "mcr.microsoft.com/dotnet/sdk:9.0": unexpected status from HEAD request: 400 Bad Request\n<h2>Our services aren\'t available right now</h2>',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual(['non-acr-registry', 'transient-service-error']);
  });
});
