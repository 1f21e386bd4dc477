/**
 * Rules written before field34 was scored, from what the programs and the causes say, not from any corpus: the
 * kubelet's ErrImagePull is as undecided as its back-off, and "with a timeout" is a network failure said in words.
 */
import { diagnose } from '../../../src/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

describe("the kubelet's ErrImagePull alone", () => {
  it.each(['Error: ErrImagePull', 'the agent pod kept failing with ErrImagePull'])(
    '%s names no cause with certainty',
    (text) => {
      const d = diagnose(text);
      expect(d.ambiguity.ambiguous).toBe(true);
      expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
      expect(d.causes.map((c) => c.family)).toEqual(
        expect.arrayContaining(['credentials-not-configured', 'image-or-tag-not-found']),
      );
    },
  );

  it('leaves the message that decides in charge', () => {
    const d = diagnose(
      [
        'Warning  Failed  kubelet  Failed to pull image "contoso.azurecr.io/api:9": rpc error: code = NotFound desc = failed to pull and unpack image "contoso.azurecr.io/api:9": failed to resolve reference "contoso.azurecr.io/api:9": contoso.azurecr.io/api:9: not found',
        'Warning  Failed  kubelet  Error: ErrImagePull',
      ].join('\n'),
    );
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
    expect(d.causes[0]?.confidence).toBeGreaterThanOrEqual(SCORING.caps.oneIndependent);
  });
});

describe('a timeout said in words', () => {
  it('is a network failure at the registry', () => {
    const d = diagnose('az acr login fails on the self-hosted agent with a timeout');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.map((c) => c.family)).toContain('client-firewall-blocks-endpoints');
  });

  it('is nothing without a registry', () => {
    expect(diagnose('the nightly job fails with a timeout').verdict).toBe('unknown');
  });
});

describe('a build machine out of disk', () => {
  it.each([
    'You are running out of disk space. The runner will stop working when the machine runs out of disk space. Free space left: 12 MB',
    'fix: GitHub Actions runner out of disk space while building images',
  ])('%s is the machine, not the registry', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('local-engine-fault');
  });
});
