import { diagnose } from '../../../../src/diagnosis';

const ids = (text: string) => diagnose(text).causes.map((c) => c.id);

describe('other-azure-service-refused', () => {
  // Channel traffic t0063, t0070: a 403 that names Key Vault or Azure Storage was read as the registry's firewall.
  it.each([
    [
      'Key Vault',
      'keyvault.BaseClient#GetSecrets: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 Code="Forbidden" Message="The user, group or application \'appid=…\' does not have secrets list permission on key vault \'kv-prod\'."',
    ],
    [
      'Azure Storage',
      'Status: 403 (This request is not authorized to perform this operation using this permission.)\nErrorCode: AuthorizationPermissionMismatch\nServer: Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0',
    ],
  ])('says %s refused, not the registry', (_, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('other-azure-service-refused');
    expect(d.verdict).toBe('not-acr');
  });

  // Channel traffic t0377, t0512: a vault named in a question or in chat is no refusal.
  it.each([
    "Comment est-ce qu'on demande un accès au Key Vault de prod ?",
    'Consider moving secrets to Azure Key Vault, might be better than passing them around in GitHub Actions',
  ])('is not named for a vault mentioned in chat: %s', (text) => {
    expect(ids(text)).not.toContain('other-azure-service-refused');
  });

  it('leaves the registry in the story when the paste is about one', () => {
    const text =
      "az acr pipeline-run create -r contosoexport -n run1 --pipeline exportpipe\nThe pipeline identity does not have secrets get permission on key vault 'kv-transfer'.";
    expect(ids(text)).not.toContain('other-azure-service-refused');
  });
});
