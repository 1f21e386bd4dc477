/**
 * Rules written before field37 was scored, from what the programs and the causes say, not from any corpus: Docker's
 * words for a refused pull name stored credentials in the way only where anonymous pull is on.
 */
import { diagnose } from '../../../src/diagnosis';

const REFUSED =
  "Error response from daemon: pull access denied for contoso.azurecr.io/web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";

describe("Docker's 'pull access denied' at an ACR", () => {
  it('leads with a missing login, undecided, when nothing says anonymous pull is on', () => {
    const d = diagnose(['docker pull contoso.azurecr.io/web:2', REFUSED].join('\n'));
    expect(d.causes[0]?.id).toBe('docker-not-logged-in');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.map((c) => c.id)).toContain('stale-docker-credentials-block-anonymous-pull');
  });

  it.each([
    ['az acr update -n contoso --anonymous-pull-enabled true', 'the command that turned it on'],
    ['anonymous pull is enabled on the registry but this fails on my laptop:', "the person's words"],
  ])('names stored credentials first when %s says anonymous pull is on (%s)', (before) => {
    const d = diagnose([before, REFUSED].join('\n'));
    expect(d.causes[0]?.id).toBe('stale-docker-credentials-block-anonymous-pull');
  });
});
