import { diagnose } from '../../../../src/diagnosis';

/**
 * A status said in a person's sentence ("fails with 403", "getting 401s", "a 429 error") is the registry's answer,
 * so a paste that names the registry and says only that gets the causes that status can mean instead of no cause.
 * The same digits as a size or a count are not a status.
 */
const statuses = (text: string) => diagnose(text).signals.http.map((h) => h.status);

describe('statuses in sentences', () => {
  it.each([
    ['pull from myacr.azurecr.io fails with 403', 403],
    ['ACR rejected the push with 401', 401],
    ['we get 401s from contoso.azurecr.io', 401],
    ['pushing to contoso.azurecr.io gives a 403 error', 403],
    ['ACR returns 429 when our pipeline pushes', 429],
    ['Cache service responded with 503', 503],
  ])('reads %s', (text, status) => {
    expect(statuses(text)).toContain(status);
  });

  it.each([
    'docker push contoso.azurecr.io/app fails with 500 MB left on the disk',
    'the build got 404 packages from the mirror',
    'it worked with 401.2 of the agent',
    'retry with 500ms backoff',
    'we ran it with 400 layers',
  ])('does not read a size, a count or a version as a status: %s', (text) => {
    expect(statuses(text)).toEqual([]);
  });

  it('gives a registry paste that says only its status the causes that status can mean, undecided', () => {
    const d = diagnose('pull from myacr.azurecr.io fails with 403');
    expect(d.causes.length).toBeGreaterThan(0);
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.map((c) => c.family)).toEqual(
      expect.arrayContaining(['firewall-ip-not-allowed', 'public-network-access-disabled']),
    );
  });
});
