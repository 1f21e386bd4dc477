import { diagnose } from '../../../src/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * An ACR answer for a paste that names no registry at all rests on words other programs print too: never above
 * SCORING.caps.noRegistry. Every paste here is our own.
 */
describe('an ACR answer with nothing about a registry in the paste', () => {
  it.each([
    [
      'docker/login-action without its inputs',
      'Run docker/login-action@v3\nError: Username and password required',
    ],
    ['az not signed in', "Please run 'az login' to setup account."],
  ])('%s: is capped', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.signals.facts).toContain('registry-absent');
    expect(d.causes[0]?.confidence).toBe(SCORING.caps.noRegistry);
  });

  it.each([
    [
      'the same login naming its registry',
      'Run docker/login-action@v3\n  with:\n    registry: contoso.azurecr.io\nError: Username and password required',
    ],
    [
      'az not signed in before az acr login',
      "ERROR: Please run 'az login' to setup account.\n$ az acr login --name contoso",
    ],
  ])('%s: is not', (_what, text) => {
    const d = diagnose(text);
    expect(d.signals.facts).not.toContain('registry-absent');
    expect(d.causes[0]?.confidence).toBeGreaterThan(SCORING.caps.noRegistry);
  });

  it('leaves a "not ACR" answer as sure as its evidence makes it', () => {
    const d = diagnose(
      'Error: NETSDK1004: Assets file project.assets.json not found. Run a NuGet package restore.',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.confidence).toBeGreaterThan(SCORING.caps.noRegistry);
  });
});
