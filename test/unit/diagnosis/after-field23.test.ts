import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field23's first look (test/fixtures/first-looks/field23.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone. The pastes here are written for the test.
 */
describe("a GitHub organization's IP allow list (field23 23T005)", () => {
  const GITHUB =
    'remote: Although you appear to have the correct authorization credentials, the `northwind` organization has an ' +
    'IP allow list enabled, and your IP address is not permitted to access this resource.';

  it('is a look-alike of the registry firewall, not ACR', () => {
    const d = diagnose(GITHUB);
    expect(d.causes[0]?.id).toBe('github-ip-allow-list');
    expect(d.verdict).toBe('not-acr');
  });

  it("leaves ACR's own firewall answer to the firewall", () => {
    const d = diagnose(
      'Error response from daemon: Head "https://northwind.azurecr.io/v2/api/manifests/1": denied: client with IP \'198.51.100.7\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.',
    );
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
  });
});

describe("a client that could not read the registry's reply (field23 23U001)", () => {
  it('is the client, not the credential, when serde names a missing field', () => {
    const d = diagnose(
      'Error: cannot authenticate as northwind to registry northwind.azurecr.io: http transport error: error decoding response body: missing field `token` at line 1 column 640',
    );
    expect(d.causes[0]?.id).toBe('client-cannot-read-registry-reply');
    expect(d.verdict).toBe('not-acr');
  });

  it('leaves an HTML page where JSON belongs to the proxy causes', () => {
    const d = diagnose(
      'Error: cannot authenticate to registry northwind.azurecr.io: error decoding response body: expected value at line 1 column 1',
    );
    expect(d.causes.map((c) => c.id)).not.toContain('client-cannot-read-registry-reply');
  });
});

describe("the terraform docker provider's 'bad credentials' (field23 23U002)", () => {
  it('reads the refused user name and password first', () => {
    const d = diagnose('Error: Got error deleting registry image: bad credentials: 401 Unauthorized');
    expect(d.causes[0]?.family).toBe('invalid-credentials');
  });
});

describe('a registry addressed by its IP address (field23 23V004)', () => {
  it('is no name resolved to a private address', () => {
    const d = diagnose(
      'Get "https://10.20.30.40/v2/": dial tcp 10.20.30.40:443: connect: connection refused',
    );
    expect(d.signals.facts).not.toContain('resolved:private');
    expect(d.signals.facts).toContain('addressed-by-ip');
    expect(d.causes[0]?.family).not.toBe('private-endpoint-or-private-dns');
  });

  it('still reads a login server that resolved to a private address', () => {
    const d = diagnose(
      'Get "https://northwind.azurecr.io/v2/": dial tcp 10.20.30.40:443: connect: connection refused',
    );
    expect(d.signals.facts).toContain('resolved:private');
  });
});

describe('Notary in the health check (field23 23T001)', () => {
  it('names the notary client among the fixes', () => {
    const d = diagnose(
      'An error occurred: NOTARY_VERSION_ERROR\nCurrent notary version is not recommended. Please upgrade your notary client to version 0.6.0.',
    );
    expect(d.causes[0]?.id).toBe('helm-notary-check-noise');
    expect(d.causes[0]?.fix.some((f) => f.command === 'notary version')).toBe(true);
  });
});

describe("Docker's management-command spelling (field23 23T003)", () => {
  it('reads `docker image pull` as a pull of the registry it names', () => {
    const d = diagnose(
      'docker image pull harbor.northwind.example/proxy/alpine\nUsing default tag: latest\nError response from daemon: unauthorized: http status code: 401, body:',
    );
    expect(d.signals.facts).toEqual(expect.arrayContaining(['op:pull', 'host:other-registry']));
    expect(d.verdict).toBe('not-acr');
  });

  it('keeps an ACR pushed to the same way the registry', () => {
    const d = diagnose(
      'docker image push northwind.azurecr.io/web:3\nunauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    );
    expect(d.signals.facts).toContain('op:push');
    expect(d.verdict).toBe('acr');
  });
});
