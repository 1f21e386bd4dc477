import { diagnose } from '../../../src/diagnosis';
import { familiesOf } from '../../support/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * Fixes written after field6's first look (test/fixtures/corpus/field6.md), each on the structure of a message,
 * with other names filled in than the corpus paste that showed the gap.
 */

describe("ARM's registry lookup worded without type or subscription (field6 6e007's shape)", () => {
  const text =
    "ERROR: Unable to authenticate using AAD or admin login credentials.\nThe resource with name 'contosoprod' could not be found.";

  it('is a registry the signed-in identity cannot see, undecided between its three readings', () => {
    const d = diagnose(text);
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(familiesOf(text).slice(0, 3).sort()).toEqual([
      'missing-role-assignment',
      'wrong-registry-name-or-not-found',
      'wrong-tenant-or-subscription',
    ]);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.undecided);
  });

  it("is not az acr login's non-interactive wrapper any more", () => {
    expect(diagnose(text).causes[0]?.id).not.toBe('az-acr-login-all-methods-failed-noninteractive');
  });

  it('leaves the wrapper alone when no lookup failed', () => {
    const d = diagnose('ERROR: Unable to authenticate using AAD or admin login credentials.');
    expect(d.causes[0]?.id).toBe('az-acr-login-all-methods-failed-noninteractive');
  });
});

describe('a login server used as the whole image name (field6 6d001’s shape)', () => {
  it('reads the push command and Docker Hub library line even with a placeholder in the name', () => {
    const d = diagnose(
      '$ docker push fabrikamedge.azurecr.io:1.2.0-arm64v8\n' +
        'The push refers to repository [docker.io/library/&lt;registry name&gt;.azurecr.io]\n' +
        '5f70bf18a086: Preparing\ndenied: requested access to the resource is denied',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).toBe('login-server-as-image-name');
  });

  it('reads the command alone', () => {
    const d = diagnose(
      'PS> docker push fabrikamedge.azurecr.io:v3\ndenied: requested access to the resource is denied',
    );
    expect(d.causes[0]?.id).toBe('login-server-as-image-name');
  });

  it('does not fire on a login server with a port and a repository', () => {
    const d = diagnose(
      'docker push fabrikamedge.azurecr.io:443/web/api:v3\ndenied: requested access to the resource is denied',
    );
    expect(d.causes.map((c) => c.id)).not.toContain('login-server-as-image-name');
  });
});
