import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field21's first look (test/fixtures/first-looks/field21.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone. The pastes here are written for the test, in the tools' words.
 */
const first = (text: string) => diagnose(text).causes[0]?.id;

describe('a manifest naming blobs the repository does not hold (field21 21K004, 21K005)', () => {
  it.each([
    [
      "an SDK's manifest upload, ACR's JSON error",
      'Azure.RequestFailedException : Service request failed.\nStatus: 400 (Bad Request)\n\nContent:\n{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown to registry","detail":"sha256:0b1c2d"}]}',
    ],
    [
      "docker's manifest push",
      'failed to put manifest contoso.azurecr.io/team/api:2.3: errors:\nmanifest blob unknown: blob unknown to registry',
    ],
    [
      'a layer the repository lacks, on a pull',
      'Error response from daemon: blob unknown: blob unknown to registry',
    ],
  ])('names the missing layers for %s', (_, text) => {
    expect(first(text)).toBe('manifest-layers-missing');
  });

  it('reads one code where the manifest code and its message stand together', () => {
    const facts = diagnose(
      'failed to put manifest contoso.azurecr.io/team/api:2.3: errors:\nmanifest blob unknown: blob unknown to registry',
    ).signals.facts;
    expect(facts).toContain('oci:MANIFEST_BLOB_UNKNOWN');
    expect(facts).not.toContain('oci:BLOB_UNKNOWN');
    expect(facts).toContain('fails:push');
  });

  it('leaves a missing tag to its own cause', () => {
    expect(
      first(
        'Error response from daemon: manifest for contoso.azurecr.io/api:9.9 not found: manifest unknown',
      ),
    ).toBe('manifest-tag-not-found');
  });
});

describe('an endpoint given without its scheme (field21 21K007)', () => {
  it("reads Go's 'no Host in request URL' as a wrong registry endpoint", () => {
    const text = 'pager.NextPage: failed to advance page: no Host in request URL';
    expect(diagnose(text).causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });

  it("reads Go's 'unsupported protocol scheme' the same", () => {
    const text = 'Get "contoso.azurecr.io/acr/v1/_catalog": unsupported protocol scheme ""';
    expect(diagnose(text).causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe("az's lower-case check of a registry name (field21 21M001)", () => {
  it.each([
    'argument error: Registry name must use only lowercase.',
    'argument error: Connected registry name must use only lowercase.',
  ])('is a wrong registry name: %s', (text) => {
    expect(diagnose(text).causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe('a managed-identity host that cannot serve a user-assigned identity (field21 21L001)', () => {
  it.each([
    "Azure Arc doesn't support user-assigned managed identities",
    'ManagedIdentityCredential: Cloud Shell does not support user-assigned managed identities',
  ])('is the host, not the registry: %s', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
    expect(d.verdict).toBe('not-acr');
  });

  it('does not read an announcement that a service supports them', () => {
    const text = 'ACI now supports user-assigned managed identities; our pull still fails with unauthorized';
    expect(diagnose(text).causes[0]?.id).not.toBe('cli-usage-or-unsupported');
  });
});
