import { diagnose } from '../../../src/diagnosis';
import { familiesOf } from '../../support/diagnosis';
import { UNSURE_CEILING } from '../../../src/diagnosis/score';

/**
 * Issue 7 after field7's first look (test/fixtures/corpus/field7.md): a cause whose only evidence is a string known to
 * mean several things stays well below certainty. The pastes are written on the structure of the messages, with other
 * names than the corpus pastes that showed the gaps (7a012, 7c002, 7f004).
 */

describe('a bare "unauthorized:" on a manifest HEAD at an ACR host (7a012, 7c002 shapes)', () => {
  // Docker prints the same refusal twice (the service line and the daemon's): a repeat is not corroboration.
  const compose =
    ' ✘ orders-api Error Head "https://northwindapps.azurecr.io/v2/shop/orders-api/manifests/latest": unauthorized: \n' +
    'Error response from daemon: Head "https://northwindapps.azurecr.io/v2/shop/orders-api/manifests/latest": unauthorized:';
  const client =
    'Error: (HTTP code 500) server error - Head "https://fabrikamlab.azurecr.io/v2/tools/runner/manifests/2.1": ' +
    'unauthorized: {"errors":[{"code":"UNAUTHORIZED"}]}';

  it.each([
    ['compose, nothing after the colon', compose],
    ['a client library, a bare UNAUTHORIZED code', client],
  ])('%s: undecided and capped below certainty', (_name, text) => {
    const d = diagnose(text);
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(UNSURE_CEILING);
  });

  it('names a missing login or a wrong credential next to a missing role, not the role alone', () => {
    const found = familiesOf(compose).slice(0, 4);
    expect(found).toContain('missing-role-assignment');
    expect(found.some((f) => f === 'credentials-not-configured' || f === 'invalid-credentials')).toBe(true);
  });

  it('still lets a login that succeeded just before point at the role', () => {
    const d = diagnose(
      'Login Succeeded\n' +
        'Error response from daemon: Head "https://northwindapps.azurecr.io/v2/shop/orders-api/manifests/latest": unauthorized:',
    );
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});

describe('an Azure service pulling a reference with no registry host (7f004 shape)', () => {
  const aci =
    "(InaccessibleImage) The image 'northwind/orders:v3' in container group 'orders' is not accessible. " +
    'Please check the image and registry credential.';

  it('is not a confident look-alike: undecided between a missing login server and a Docker Hub image', () => {
    const d = diagnose(aci);
    expect(d.signals.facts).toContain('host:hub-by-default');
    expect(d.signals.facts).not.toContain('registry-elsewhere');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(UNSURE_CEILING);
    expect(familiesOf(aci).slice(0, 2).sort()).toEqual(['other', 'wrong-registry-name-or-not-found']);
  });

  it('keeps a registry host the paste names outright as elsewhere', () => {
    const d = diagnose(
      "(InaccessibleImage) The image 'ghcr.io/northwind/orders:v3' in container group 'orders' is not accessible. " +
        'Please check the image and registry credential.',
    );
    expect(d.signals.facts).not.toContain('host:hub-by-default');
    expect(d.signals.facts).toContain('host:no-acr');
  });

  it('leaves a host-less reference outside an Azure service to Docker Hub', () => {
    const d = diagnose(
      'Error response from daemon: pull access denied for northwind/orders, repository does not exist or may require ' +
        "'docker login': denied: requested access to the resource is denied",
    );
    expect(d.signals.facts).not.toContain('host:hub-by-default');
    expect(d.causes[0]?.family).toBe('other');
  });
});
