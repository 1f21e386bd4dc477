import { diagnose } from '../../../src/diagnosis';
import { heldToTie, registryTie } from '../../../src/diagnosis/registry-tie';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * How firmly a paste places its failure in an ACR bounds how sure an ACR cause of it may be (registry-tie.ts). Every
 * paste here is our own.
 */
const tieOf = (text: string, registryHint?: string) => {
  const d = diagnose(text, registryHint ? { registryHint } : {});
  return { d, tie: registryTie(d.causes, d.signals.facts, d.signals.registry) };
};

const HELPER_MISSING =
  'Error: error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``';

describe('the tie of a paste to an ACR', () => {
  it('is "acr" when a login server, the product or a registry named beside the paste places it', () => {
    expect(tieOf('Error: failed to push contoso.azurecr.io/api:1.4: unauthorized').tie).toBe('acr');
    expect(tieOf('unauthorized: authentication required, visit https://aka.ms/acr/authorization').tie).toBe(
      'acr',
    );
    expect(tieOf(HELPER_MISSING, 'contoso').tie).toBe('acr');
  });

  it('is "acr" when a cause reads a string only ACR prints, whatever host the paste shows', () => {
    const { d, tie } = tieOf(
      'Error response from daemon: manifest for team/api:1.4 not found: manifest unknown: manifest tagged by "1.4" is not found',
    );
    expect(d.causes[0]?.basis).toBe('acr-own');
    expect(tie).toBe('acr');
  });

  it('is "unnamed" when a registry is in the story but nothing says whose', () => {
    expect(tieOf(HELPER_MISSING).tie).toBe('unnamed');
  });

  it('is "none" when nothing in the paste is about a registry', () => {
    expect(tieOf("ERROR: Please run 'az login' to setup account.").tie).toBe('none');
  });
});

describe('an ACR answer held to its tie', () => {
  it('with a registry nobody named: the named answer times SCORING.unnamedRegistry', () => {
    const unnamed = tieOf(HELPER_MISSING).d;
    const named = tieOf(HELPER_MISSING, 'contoso').d;
    expect(unnamed.verdict).toBe('acr');
    // The same ACR causes; the unnamed one also says the registry may be another (registry-doubt.ts).
    const acrCauses = unnamed.causes.filter((c) => c.id !== 'non-acr-registry').map((c) => c.id);
    expect(acrCauses).toEqual(named.causes.map((c) => c.id).slice(0, acrCauses.length));
    const lead = named.causes[0]?.confidence ?? 0;
    expect(lead).toBeGreaterThanOrEqual(SCORING.caps.oneIndependent);
    expect(unnamed.causes[0]?.confidence).toBeCloseTo(lead * SCORING.unnamedRegistry, 3);
    // Below the band where the accuracy bench counts a mistake as a confident one.
    expect(unnamed.causes[0]?.confidence).toBeLessThan(0.8);
  });

  it('keeps a named answer, and holds a paste with no registry at the no-registry cap', () => {
    expect(heldToTie(0.9, 'acr')).toBe(0.9);
    expect(heldToTie(0.9, 'none')).toBe(SCORING.caps.noRegistry);
    expect(heldToTie(0.5, 'none')).toBe(0.5);
    expect(heldToTie(0.9, 'unnamed')).toBeCloseTo(0.9 * SCORING.unnamedRegistry, 10);
  });
});
