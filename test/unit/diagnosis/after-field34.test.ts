/**
 * Rules written after field34's first look (each a generalisation of what a field34 paste showed, in our own
 * wording): an AKS API server that does not resolve, a reference's "name:tag not found", a login server glued to
 * its repository, the refusal of a library that sent the identity token as a password, App Service's advice that
 * names configuration and credentials alike, people's words around quoted tool output and in table cells, a DNS
 * name "propagating", a proxy the client is "without", a registry host "unreachable".
 */
import { diagnose } from '../../../src/diagnosis';

describe('an AKS API server that does not resolve', () => {
  it.each([
    'Unable to connect to the server: dial tcp: lookup contoso-aks-1a2b3c4d.hcp.westeurope.azmk8s.io: no such host',
    'E1206 10:01:02.123 memcache.go:265] couldn\'t get current server API group list: Get "https://contoso-dns-9f8e.hcp.eastus2.azmk8s.io:443/api": dial tcp: lookup contoso-dns-9f8e.hcp.eastus2.azmk8s.io on 127.0.0.53:53: no such host',
  ])('is the cluster, not the registry: %s', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
  });

  it('leaves a login server that does not resolve to the registry', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contosoacr.azurecr.io/v2/": dial tcp: lookup contosoacr.azurecr.io: no such host',
    );
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe('a reference with its tag, then "not found"', () => {
  it.each([
    'Pod stuck: ErrImagePull: contosoacr.azurecr.io/billing/api:2.3 not found',
    'kubelet says the image orders:1.0.7-rc1: not found',
  ])('%s is a missing tag', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });

  it('says nothing of a secret or a config map', () => {
    expect(diagnose('Error: secret "acr-creds" not found').causes[0]?.family).not.toBe(
      'image-or-tag-not-found',
    );
  });
});

describe('a login server glued to its repository with a dot', () => {
  it('is a wrong login server, not a bad repository name', () => {
    const d = diagnose(
      'ERROR: invalid tag "contosoacr.azurecr.io.billing-API:1.0": repository name must be lowercase',
    );
    expect(d.causes[0]?.id).toBe('registry-name-wrong-or-missing');
  });

  it('leaves a reference with a slash alone', () => {
    const d = diagnose(
      'ERROR: invalid tag "contosoacr.azurecr.io/billing-API:1.0": repository name must be lowercase',
    );
    expect(d.causes[0]?.id).toBe('invalid-repository-name');
  });
});

describe('"aad access token with sp failed" from a library', () => {
  it('is undecided between a stale login and a library that mishandles the identity token', () => {
    const d = diagnose(
      "Unable to push 'shop/api:1' to registry 'contosoacr.azurecr.io' : unauthorized: aad access token with sp failed unknown error",
    );
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual(
      expect.arrayContaining(['docker-config-stale-login', 'test-library-ignores-identity-token']),
    );
  });
});

describe("App Service's advice that names the image and the credentials", () => {
  it('decides neither alone', () => {
    const d = diagnose(
      '2025-03-01T10:00:00.000Z ERROR - Image pull failed: Verify docker image configuration and credentials (if using private repository)',
    );
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
    expect(d.ambiguity.ambiguous).toBe(true);
  });
});

describe("people's words next to the tool's", () => {
  it('reads a table cell as a sentence of its own', () => {
    const d = diagnose(
      '| Private endpoint DNS zone not linked | `failed to resolve reference "contosoacr.azurecr.io/api:1": lookup contosoacr.azurecr.io: no such host` |',
    );
    expect(d.causes.slice(0, 3).map((c) => c.family)).toContain('private-endpoint-or-private-dns');
  });

  it("does not take a quoted tool message for the person's statement", () => {
    const d = diagnose(
      'A transient DNS/propagation issue (`lookup contosoacr.azurecr.io: no such host`) can occur right after the registry is created.',
    );
    expect(d.causes[0]?.family).toBe('dns-resolution-failure');
  });

  it.each([
    [
      'The subsequent docker login to contosoacr.azurecr.io fails because the registry host is unreachable from the device.',
      'client-firewall-blocks-endpoints',
    ],
  ])('%s', (text, family) => {
    expect(diagnose(text).causes[0]?.family).toBe(family);
  });
});
