import { diagnose } from '../../../src/diagnosis';

/**
 * What field47's first look missed, generalised: other services refusing by their own settings, an app's own
 * Identity SDK sign-in to its database, the Container Apps checks of an app's variables, and the AcrPull race told
 * by the identity alone. Every paste here is our own.
 */
describe('other services and checks, not the registry', () => {
  it.each([
    [
      'Error loading workspace: You are attempting to access a restricted resource from an unauthorized network location. Please contact your administrator.',
      'other-azure-service-refused',
    ],
    [
      '(BadRequest) The property "enablePurgeProtection" cannot be set to false. Enabling the purge protection for a vault is an irreversible action.',
      'other-azure-service-refused',
    ],
    [
      'sqlalchemy.exc.OperationalError: Postgres sign-in failed: ManagedIdentityCredential authentication unavailable. No identity has been assigned to this resource.',
      'other-azure-service-refused',
    ],
    ['ERROR: Duplicate environment variable DATABASE_URL found.', 'cli-usage-or-unsupported'],
  ])('%#: is not the registry', (text, id) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe(id);
    expect(d.verdict).toBe('not-acr');
  });

  it("an Identity SDK failure that names no other service stays a candidate of the registry's sign-in", () => {
    const d = diagnose(
      'DefaultAzureCredential failed to retrieve a token from the included credentials.\n- ManagedIdentityCredential authentication unavailable. No identity has been assigned to this resource.\nwhile pulling contoso.azurecr.io/api:4',
    );
    expect(d.verdict).toBe('acr');
  });
});

describe('the AcrPull race told by its identity', () => {
  it('reads a missing AcrPull when the identity is named beside "Operation expired"', () => {
    const d = diagnose(
      'The first deploy failed because the system-assigned identity was not ready: Operation expired.',
    );
    expect(d.causes[0]?.id).toBe('missing-pull-role-legacy-mode');
  });
});
