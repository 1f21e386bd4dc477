import { diagnose } from '../../../../src/diagnosis';

const ids = (text: string) => diagnose(text).causes.map((c) => c.id);

describe('transfer-storage-access-refused', () => {
  // field14 14B003 (Azure/azure-cli-extensions#8706): the transfer's storage account allowed only private endpoints.
  it("reads a pipeline run's storage refusal as the storage account's, not the registry's network rules", () => {
    const d = diagnose(
      '"Failed to access storage.  Service request failed.  Status: 403 (This request is not authorized to perform this operation)"',
    );
    expect(d.causes[0]?.id).toBe('transfer-storage-access-refused');
    expect(d.causes[0]?.family).toBe('other');
  });

  // Channel traffic t0066, t0067: storage clients print the same Azure Storage words with no transfer in sight.
  it.each([
    'ErrorCode:AuthorizationPermissionMismatch\nErrorMessage:This request is not authorized to perform this operation using this permission',
    'Status: 403 (This request is not authorized to perform this operation.)\nErrorCode: AuthorizationFailure\nServer: Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0',
  ])('is not named for Azure Storage refusing some other client: %s', (text) => {
    expect(ids(text)).not.toContain('transfer-storage-access-refused');
  });

  it('leaves a refused layer download to the client egress cause', () => {
    const text =
      'docker pull contoso.azurecr.io/web:1.0\n1.0: Pulling from web\nerror pulling image configuration: download failed after attempts=6: AuthorizationFailure: This request is not authorized to perform this operation. Failed to access storage';
    expect(ids(text)[0]).toBe('client-egress-blocked-data-endpoint');
  });
});
