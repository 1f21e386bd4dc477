import { diagnose } from '../../../src/diagnosis';

/**
 * What field53's first look missed, generalised: the private address of a proxy Go could not reach is the proxy's,
 * and Container Apps' own words for an image built for another platform. Every paste here is our own.
 */
describe("field53's misses, in other words", () => {
  it('reads a proxy Go could not reach as the proxy, not a private endpoint', () => {
    const d = diagnose(
      'docker push contoso.azurecr.io/web:1 failed: proxyconnect tcp: dial tcp 172.16.4.2:3128: i/o timeout',
    );
    expect(d.causes[0]?.family).toBe('tls-or-proxy-interception');
  });

  it("reads Container Apps' unsupported platform as an image built for another one", () => {
    const d = diagnose(
      "Failed to provision revision for container app 'ca-orders'. Error details: Unsupported image platform: architecture=arm64, os=linux. Only linux/amd64 is supported.",
    );
    expect(d.causes[0]?.id).toBe('platform-architecture-mismatch');
  });
});
