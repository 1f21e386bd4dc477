/**
 * A connection refused, dropped or cut reads the same whichever runtime reported it: Go's words were known, Node's,
 * Python's, curl's, .NET Framework's and Rust's read as they do. A package manager's timeout in a channel stays
 * nobody's registry problem.
 */
import { diagnose } from '../../../src/diagnosis';

function first(text: string): string | undefined {
  return diagnose(text).causes[0]?.id;
}

describe('the connection to the login server failed', () => {
  it.each([
    ['Node, refused', 'Error: connect ECONNREFUSED 20.62.128.3:443 (https://contoso.azurecr.io/v2/)'],
    ['Node, timed out', 'Error: connect ETIMEDOUT 20.62.128.3:443 (https://contoso.azurecr.io/v2/)'],
    ['Node, reset', 'Error: read ECONNRESET (https://contoso.azurecr.io/v2/)'],
    [
      'Python urllib3, read timeout',
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='contoso.azurecr.io', port=443): Read timed out. (read timeout=60)",
    ],
    [
      'curl, no connection',
      "curl: (7) Failed to connect to contoso.azurecr.io port 443 after 21045 ms: Couldn't connect to server",
    ],
    [
      'Windows PowerShell',
      'Invoke-WebRequest : Unable to connect to the remote server (https://contoso.azurecr.io/v2/)',
    ],
    [
      'Rust hyper',
      'error sending request for url (https://contoso.azurecr.io/v2/): error trying to connect: tcp connect error: Connection refused (os error 111)',
    ],
  ])('%s', (_runtime, text) => {
    expect(first(text)).toBe('client-egress-blocked-login-server');
  });

  it("Node's refusal from a private address is the private endpoint", () => {
    expect(first('Error: connect ECONNREFUSED 10.1.2.4:443 (https://contoso.azurecr.io/v2/)')).toBe(
      'private-endpoint-unreachable',
    );
  });

  it(".NET Framework's unresolved name is the name", () => {
    expect(first("Invoke-WebRequest : The remote name could not be resolved: 'contoso.azurecr.io'")).toBe(
      'registry-name-wrong-or-missing',
    );
  });

  it.each([
    [
      'rustls',
      'error sending request for url (https://contoso.azurecr.io/v2/): invalid peer certificate: UnknownIssuer',
    ],
    [
      'Python ssl',
      "ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:1006) host='contoso.azurecr.io'",
    ],
  ])('%s refusing or losing the TLS session is an interception', (_runtime, text) => {
    expect(first(text)).toBe('tls-interception-proxy');
  });
});

describe('not a registry', () => {
  it("a package manager's timeout says nothing about ACR", () => {
    const d = diagnose(
      'error An unexpected error occurred: "http://registry.yarnpkg.example/@ember/test-helpers/-/test-helpers-0.7.18.tgz: ETIMEDOUT".',
    );
    expect(d.verdict).not.toBe('acr');
  });
});

describe('a registry that never answered refused no credential', () => {
  const listing =
    "RestError: connect ETIMEDOUT 20.62.128.3:443\n  code: 'ETIMEDOUT',\n  request: { url: 'https://contoso.azurecr.io/acr/v1/_catalog' }";

  it('a catalog request that timed out is the connection, not the listing role', () => {
    const d = diagnose(listing);
    expect(d.signals.facts).toContain('no-answer');
    expect(d.causes[0]?.id).toBe('client-egress-blocked-login-server');
  });

  it('an answer anywhere in the paste (a 401 on another attempt) keeps the credential causes open', () => {
    const d = diagnose(
      'Failed to pull image "contoso.azurecr.io/app:1": dial tcp 20.62.128.3:443: i/o timeout\nFailed to pull image "contoso.azurecr.io/app:1": failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    );
    expect(d.signals.facts).not.toContain('no-answer');
  });

  it('a timeout reaching the identity endpoint is the sign-in, not the registry', () => {
    const d = diagnose(
      'ManagedIdentityCredential authentication unavailable. Connection to IMDS endpoint cannot be established, connect timed out. contoso.azurecr.io',
    );
    expect(d.signals.facts).not.toContain('no-answer');
  });
});
