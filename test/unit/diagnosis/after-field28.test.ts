/**
 * Rules written after field28's first look (test/fixtures/corpus/field28.md): each reads a program's or a service's
 * own words, and each pastes here in forms field28 does not hold.
 */
import { diagnose } from '../../../src/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

describe("az containerapp's admin-credential fallback", () => {
  it.each([
    'No credential was provided to access Azure Container Registry. Trying to look up credentials...\nFailed to retrieve credentials for container registry contoso. Please provide the registry username and password',
    'Run az containerapp up \\\nERROR: Failed to retrieve credentials for container registry. Please provide the registry username and password',
  ])('reads the admin user first and a missing credential second, never certain: %s', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('admin-user-disabled');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    expect(d.causes.map((c) => c.family)).toContain('credentials-not-configured');
  });

  it('still reads the older wording that names the admin user as the admin user, confidently', () => {
    const d = diagnose(
      "No credential was provided to access Azure Container Registry. Trying to look up...\nRetrieving credentials failed with an exception:'Failed to retrieve container registry credentials. Please either provide the credentials or run 'az acr update -n contoso --admin-enabled true' to enable admin first.'",
    );
    expect(d.causes[0]?.family).toBe('admin-user-disabled');
    expect(d.causes[0]?.confidence).toBeGreaterThanOrEqual(SCORING.caps.oneIndependent);
  });
});

describe('a registry resource ARM could not find', () => {
  it.each([
    [
      'ARM’s code',
      "(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/contoso' under resource group 'rg' was not found.",
    ],
    [
      'a person’s words beside the registry',
      'We get a "resource not found" error when trying to log in to ACR from the pipeline.',
    ],
  ])('%s is the registry’s name (or subscription), not an image', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
    expect(d.causes.slice(0, 3).map((c) => c.family)).not.toContain('image-or-tag-not-found');
  });

  it("is not azure-core's 404 exception class", () => {
    const d = diagnose(
      'azure.core.exceptions.ResourceNotFoundError: Operation returned an invalid status \'Not Found\'\nContent: {"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest tagged by \\"1.4.3\\" is not found"}]}',
    );
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });

  it('is not "resource not found" with no registry in the sentence', () => {
    const d = diagnose(
      'terraform apply\n│ Error: Error acquiring the state lock\n│ Error message: resource not found',
    );
    expect(d.verdict).not.toBe('acr');
  });
});

describe('limits and templates, not access', () => {
  it("reads ACR's per-SKU quota as the registry's plan", () => {
    const d = diagnose('Quota exceeded for resource type scopeMaps for the registry SKU Standard.');
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });

  it.each([
    "The specified role definition with ID '7f951dda4ed34680a7ca43fe172d538e' does not exist.",
    '{"code":"RoleDefinitionDoesNotExist","message":"The specified role definition with ID \'x\' does not exist."}',
  ])('reads a role definition that does not exist as the template: %s', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });
});
