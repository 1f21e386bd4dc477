import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field22's first look (test/fixtures/first-looks/field22.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone. The pastes here are written for the test.
 */
describe('a client that fell back to anonymous (field22 22R002; field17 17A001)', () => {
  it.each([
    'kubelet does not send the credential for this host, the pull falls back to anonymous, and it fails with `401 Unauthorized`',
    'ERROR login: Could not authn request, falling back to anonymous auth\nERROR authenticate: Could not authn w/ registry contoso.azurecr.io',
  ])('is an anonymous attempt: %s', (text) => {
    expect(diagnose(text).signals.facts).toContain('anonymous-attempt');
  });

  it('reads the 401 after it as no credential sent, not an expired one', () => {
    const d = diagnose(
      'pulls of contoso.westeurope.geo.azurecr.io/app:1 fall back to anonymous and fail with 401 Unauthorized',
    );
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });

  it('leaves a pull that sent its credential alone', () => {
    const text = 'Failed to pull image "contoso.azurecr.io/app:1": 401 Unauthorized';
    expect(diagnose(text).signals.facts).not.toContain('anonymous-attempt');
  });
});

describe('an ACR login server with a hyphen in its suffix (field22 22S001)', () => {
  it('is a mistyped login server, not another registry', () => {
    const d = diagnose(
      'docker push contosoregistry.azure-cr.io/web:latest\nunauthorized: authentication required',
    );
    expect(d.signals.facts).toContain('host:acr-typo');
    expect(d.signals.facts).not.toContain('host:other-registry');
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe("cloud-provider-azure's 'no credentials provided' (field22 22R003)", () => {
  it('is a node without a credential for the ACR credential provider', () => {
    const text =
      'Failed to initialize ACR provider: %!w(*fmt.wrapError=&{failed to create service principal token: no credentials provided for Azure cloud provider 0xc0000a5620})';
    expect(diagnose(text).causes[0]?.family).toBe('credentials-not-configured');
  });
});
