import { diagnose } from '../../../src/diagnosis';

/** What field79's first look missed, generalised. Our own pastes. */
describe('a credential helper that holds nothing for the server asked', () => {
  it('is the local credential store, whatever registry it names', () => {
    const d = diagnose(
      '$ docker compose pull\nerror getting credentials - err: exit status 1, out: `no usernames for https://ghcr.io`',
    );
    expect(d.causes[0]?.id).toBe('docker-credential-store-failing');
  });
});

describe('a refusal of one bare word passed on by Docker', () => {
  it('with nothing naming a registry, is most likely another registry’s (a private GHCR package), undecided', () => {
    const d = diagnose('Unable to find image locally\nError response from daemon: denied');
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
  });

  it("is not ACR's firewall refusal, which gives its reason after the word", () => {
    const d = diagnose(
      "Error response from daemon: denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    );
    expect(d.causes[0]?.id).not.toBe('non-acr-registry');
    expect(d.verdict).toBe('acr');
  });
});

describe("a repository under Docker Hub's official namespace", () => {
  it('with nothing naming a registry, is most likely Docker Hub’s (or a mirror’s), undecided', () => {
    const d = diagnose(
      'Error: pull failed: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/redis Type:repository]]',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
  });

  it('stays an ACR answer when an ACR holds it (an imported library/ repository)', () => {
    const d = diagnose(
      'Error response from daemon: Head "https://contosoprod.azurecr.io/v2/library/redis/manifests/7.2": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    );
    expect(d.verdict).toBe('acr');
  });

  it('is not a folder named library on disk', () => {
    const d = diagnose(
      "Error: EACCES: permission denied, open '/usr/local/lib/node_modules/library/index.js'\nunauthorized: authentication required",
    );
    expect(d.signals.facts).not.toContain('repository:hub-official');
  });
});
