import { diagnose } from '../../../src/diagnosis';
import { doubtShare, withRegistryDoubt } from '../../../src/diagnosis/registry-doubt';
import { registryTie } from '../../../src/diagnosis/registry-tie';
import { MAX_CAUSES } from '../../../src/diagnosis/limits';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * An ACR answer whose paste does not say the registry is an ACR names the alternative it was held back for: "the
 * registry is not an ACR" (registry-doubt.ts). Every paste here is our own.
 */
const ids = (text: string, registryHint?: string) =>
  diagnose(text, registryHint ? { registryHint } : {}).causes.map((c) => c.id);

// A push whose image carries no host: docker.io by default, or the user's ACR if the tag was meant to have one.
const BARE_DENIED = [
  'The push refers to repository [docker.io/library/orders-api]',
  '5f70bf18a086: Preparing',
  'denied: requested access to the resource is denied',
].join('\n');
const ANONYMOUS_401 =
  'ERROR: failed to solve: failed to authorize: failed to fetch anonymous token: 401 Unauthorized';
const HELPER_MISSING =
  'Error: error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``';
const NO_REGISTRY = "ERROR: Please run 'az login' to setup account.";

describe('the doubt an ACR answer holds back', () => {
  it('is the share its tie took from the ACR causes, and none when the paste names an ACR', () => {
    expect(doubtShare('unnamed')).toBeCloseTo(1 - SCORING.unnamedRegistry, 10);
    expect(doubtShare('none')).toBeCloseTo(1 - SCORING.caps.noRegistry, 10);
    expect(doubtShare('acr')).toBe(0);
  });

  it('is said as "the registry is not an ACR" after the first cause when nothing names the registry', () => {
    for (const text of [ANONYMOUS_401, HELPER_MISSING]) {
      const d = diagnose(text);
      expect(d.verdict).toBe('acr');
      expect(registryTie(d.causes, d.signals.facts, d.signals.registry)).toBe('unnamed');
      const at = d.causes.findIndex((c) => c.id === 'non-acr-registry');
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(3);
      const doubt = d.causes[at];
      // The share held back, as far as the causes leave room for it.
      expect(doubt?.confidence).toBeLessThanOrEqual(doubtShare('unnamed'));
      expect(doubt?.confidence).toBeGreaterThan(doubtShare('unnamed') - 0.05);
      expect(d.causes.reduce((sum, c) => sum + c.confidence, 0)).toBeLessThanOrEqual(1);
      // No line of the paste is its evidence: it stands for what the paste does not say.
      expect(doubt?.evidence).toEqual([]);
      expect(doubt?.basis).toBe('shared');
    }
  });

  it('leaves the answer itself as it was: the verdict, the first cause and its confidence', () => {
    const unnamed = diagnose(HELPER_MISSING);
    const named = diagnose(HELPER_MISSING, { registryHint: 'contoso' });
    expect(unnamed.causes[0]?.id).toBe(named.causes[0]?.id);
    expect(unnamed.causes[0]?.confidence).toBeCloseTo(
      (named.causes[0]?.confidence ?? 0) * SCORING.unnamedRegistry,
      3,
    );
    // The ACR candidates keep their order around it; the two leading ones still decide the distinguisher.
    expect(unnamed.causes.filter((c) => c.id !== 'non-acr-registry').map((c) => c.id)).toEqual(
      named.causes.map((c) => c.id).slice(0, unnamed.causes.length - 1),
    );
    expect(unnamed.distinguish?.between ?? []).not.toContain('non-acr-registry');
  });

  it('is not added when the paste names the ACR, by host or beside the paste', () => {
    expect(ids(HELPER_MISSING, 'contoso')).not.toContain('non-acr-registry');
    expect(
      ids(
        'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required',
      ),
    ).not.toContain('non-acr-registry');
  });

  it('is added once: a paste already answered as another registry keeps its one answer', () => {
    // Docker Hub named by the push's repository line: the answer is the other registry, once.
    const d = diagnose(BARE_DENIED);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.filter((c) => c.id === 'non-acr-registry').length).toBe(1);
    const ghcr = diagnose(
      'Error response from daemon: Head "https://ghcr.io/v2/acme/api/manifests/1.0": denied',
    );
    expect(ghcr.verdict).toBe('not-acr');
    expect(ghcr.causes.filter((c) => c.id === 'non-acr-registry').length).toBe(1);
  });

  it('with nothing about a registry in the paste, stays below the first cause and inside the cause limit', () => {
    const d = diagnose(NO_REGISTRY);
    expect(d.causes.length).toBeLessThanOrEqual(MAX_CAUSES);
    expect(d.verdict).toBe('acr');
    // The no-registry cap held the sign-in cause to its share; the rest is the doubt's.
    expect(d.causes.map((c) => [c.id, c.confidence])).toEqual([
      ['az-cli-not-logged-in', SCORING.caps.noRegistry],
      ['non-acr-registry', doubtShare('none')],
    ]);
  });

  it('never outweighs a cause the paste is undecided between', () => {
    // A bare 401 from an unnamed registry: four readings tie; the doubt comes after all of them.
    const d = diagnose('unauthorized: authentication required');
    expect(d.ambiguity.ambiguous).toBe(true);
    const undecided = d.ambiguity.ambiguous ? d.ambiguity.candidates : [];
    expect(d.causes.slice(0, undecided.length).map((c) => c.id)).toEqual(undecided);
    const doubt = d.causes.find((c) => c.id === 'non-acr-registry');
    expect(doubt).toBeDefined();
    const weakest = Math.min(...d.causes.slice(0, undecided.length).map((c) => c.confidence));
    expect(doubt?.confidence).toBeLessThanOrEqual(weakest);
  });

  it('never comes first on the pastes above', () => {
    for (const text of [
      ANONYMOUS_401,
      HELPER_MISSING,
      NO_REGISTRY,
      'Error: unauthorized: authentication required',
    ]) {
      const d = diagnose(text);
      expect(d.verdict).toBe('acr');
      expect(d.causes[0]?.id).not.toBe('non-acr-registry');
    }
  });

  it('stays below a first cause weaker than its share, and in order before weaker ones', () => {
    const [lead, next] = diagnose(HELPER_MISSING, { registryHint: 'contoso' }).causes;
    if (lead === undefined || next === undefined) throw new Error('the named paste has two causes');
    const causes = [
      { ...lead, confidence: 0.15 },
      { ...next, confidence: 0.05 },
    ];
    const doubted = withRegistryDoubt(causes, 'none', [], {}, MAX_CAUSES);
    expect(doubted.map((c) => [c.id, c.confidence])).toEqual([
      [lead.id, 0.15],
      ['non-acr-registry', 0.15],
      [next.id, 0.05],
    ]);
  });
});
