import { diagnose } from '../../../src/diagnosis';

/**
 * What field56's first look missed, generalised: az deployment's own checks of the parameters it was handed, Windows'
 * limit on a command line, and the CLI's --registry-* flags left out of a container app's update. Every paste here is
 * our own.
 */
describe("field56's misses, in other words", () => {
  it.each([
    [
      'a parameter the template does not declare',
      "ERROR: unrecognized template parameter 'registryImage'.\nAllowed parameters: appName, location, tags",
    ],
    ['a required parameter left out', 'ERROR: Missing input parameters: acrName, location'],
    ['a parameter it cannot parse', 'ERROR: Unable to parse parameter: @infra/main.bicepparam'],
    ['cmd.exe’s limit', 'deploy.ps1: az containerapp update ... -> The command line is too long.'],
  ])('%s is the command’s own shape, not the registry', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });

  it('reads the --registry-* flags left out of an update as the platform sent no credential', () => {
    const d = diagnose(
      'the containerapp update step failed because it was missing the --registry-identity flag, so the revision pulled unauthenticated',
    );
    expect(d.causes[0]?.id).toBe('platform-registry-credentials-missing');
  });
});
