import { diagnose } from '../../../src/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * What field55's first look missed, generalised: a deployment refused the right to grant roles, with no registry in
 * the paste, is not the registry refusing; the operating system's "permission denied" for a path; "ACR admin" as
 * people call the admin user. Every paste here is our own.
 */
describe("field55's misses, in other words", () => {
  it('reads a role grant refused to a deployment with no registry in sight as not the registry’s', () => {
    const d = diagnose(
      "Deployment failed: Authorization failed for template resource 'a1b2c3' of type 'Microsoft.Authorization/roleAssignments'. The client 'sp-deploy' with object id '0f0e0d0c-1111-2222-3333-444455556666' does not have permission to perform action 'Microsoft.Authorization/roleAssignments/write' at scope '/subscriptions/xxx/resourceGroups/rg-app'.",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.notAcrReason).toBe('no-registry');
    // Its cause and fix stay, no surer than any answer with no registry in the paste.
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.noRegistry);
  });

  it('keeps the same refusal on a registry’s scope an ACR answer', () => {
    const d = diagnose(
      "The client 'sp-deploy' with object id '0f0e0d0c-1111-2222-3333-444455556666' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '/subscriptions/xxx/resourceGroups/rg-app/providers/Microsoft.ContainerRegistry/registries/ordersacr'",
    );
    expect(d.verdict).toBe('acr');
  });

  it.each([
    ['Rust', 'Failed to initialize cache at `/home/app/.cache/uv`\n  Permission denied (os error 13)'],
    ['Python', "PermissionError: [Errno 13] Permission denied: '/app/data/orders.db'"],
    ['npm', "npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/orders-cli'"],
  ])('%s: a path the operating system refused is not the registry', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('local-file-permission-denied');
  });

  it("leaves Docker's own socket to Docker's setup", () => {
    const d = diagnose(
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: permission denied',
    );
    expect(d.causes[0]?.family).toBe('docker-not-running-or-misconfigured');
  });

  it('reads "ACR admin" as the admin user', () => {
    const d = diagnose(
      'Since ACR admin is disabled the new revision keeps failing, the app still uses the admin creds.',
    );
    expect(d.causes[0]?.id).toBe('admin-user-disabled');
  });
});
