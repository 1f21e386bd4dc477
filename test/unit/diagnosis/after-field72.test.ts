import { diagnose } from '../../../src/diagnosis';

/**
 * What field72's first look missed, generalised: BuildKit names the registry of every token it asks for on its own
 * progress line, and Docker's retried download that ends in a server's 5xx was answered, not cut off. Our own pastes.
 */
const PUSH_REFUSED = [
  '#14 exporting to image',
  '#14 pushing layers 1.2s done',
  '#14 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
  'ERROR: failed to solve: failed to fetch oauth token: unexpected status: 401 Unauthorized',
];

describe("BuildKit's token progress line", () => {
  it('names the registry a push went to when nothing else does', () => {
    for (const step of ['[auth]', '[release auth]']) {
      const d = diagnose(
        [
          `#13 ${step} shop/web:pull,push token for registry.example.org`,
          '#13 DONE 0.0s',
          ...PUSH_REFUSED,
        ].join('\n'),
      );
      expect(d.verdict).toBe('not-acr');
      expect(d.signals.otherRegistries).toContain('registry.example.org');
    }
  });

  it("keeps a push to the user's ACR an ACR answer, whatever registry the base image came from", () => {
    const d = diagnose(
      [
        '#3 [auth] library/node:pull token for registry-1.docker.io',
        '#3 DONE 0.0s',
        '#13 [auth] shop/web:pull,push token for contoso.azurecr.io',
        '#13 DONE 0.0s',
        ...PUSH_REFUSED,
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
    expect(d.signals.registry).toBe('contoso');
  });

  it('reads no host from other lines that ask for a token', () => {
    const d = diagnose('Error getting token for registry.example.org: unexpected status: 401 Unauthorized');
    const again = diagnose('Error getting token: unexpected status: 401 Unauthorized');
    expect(d.signals.otherRegistries).toEqual(again.signals.otherRegistries);
  });
});

describe("Docker's retried layer download", () => {
  const pull = (last: string) =>
    diagnose(
      [
        'docker pull contoso.azurecr.io/shop/web:1.8',
        '1.8: Pulling from shop/web',
        '3f4ca61aafcd: Retrying in 2 seconds',
        `error pulling image configuration: download failed after attempts=6: ${last}`,
      ].join('\n'),
    );

  it('that ends in a 5xx is a server that answered: not a blocked data endpoint', () => {
    for (const last of [
      'received unexpected HTTP status: 503 Service Unavailable',
      'received unexpected HTTP status: 500 Internal Server Error',
    ]) {
      const d = pull(last);
      expect(d.causes[0]?.id).toBe('transient-service-error');
      expect(d.causes[0]?.family).not.toBe('client-firewall-blocks-endpoints');
    }
  });

  it('that ends in a timeout stays a blocked data endpoint', () => {
    const d = pull('dial tcp 20.150.90.36:443: i/o timeout');
    expect(d.causes[0]?.family).toBe('client-firewall-blocks-endpoints');
  });
});

describe("Azure.Identity's chain that found a credential", () => {
  const restore = (inner: string) =>
    diagnose(
      `/src/infra/main.bicep(3,8) : Error BCP192: Unable to restore the artifact with reference "br:contoso.azurecr.io/modules/net:2.1": Unhandled exception: Azure.Identity.AuthenticationFailedException: ${inner}`,
    );

  it('is not read as a chain that found none: its credential threw, for the reason that follows', () => {
    const d = restore(
      'The ChainedTokenCredential failed due to an unhandled exception: VisualStudioCredential authentication failed: Object reference not set to an instance of an object.',
    );
    // The reason, a .NET null reference, is the tool's own fault; the chain's words no longer outweigh it.
    expect(d.causes[0]?.id).not.toBe('workload-identity-not-available');
    const unavailable = d.causes.find((c) => c.id === 'workload-identity-not-available');
    expect(unavailable?.confidence ?? 0).toBeLessThan(0.1);
  });

  it('leaves a chain where no credential was available as it was', () => {
    const d = restore(
      'The ChainedTokenCredential failed to retrieve a token from the included credentials. EnvironmentCredential authentication unavailable. Environment variables are not fully configured. ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint.',
    );
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });
});
