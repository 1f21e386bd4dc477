import { diagnose } from '../../../src/diagnosis';

/**
 * Failures of the Azure resources around a registry, told by their structure rather than by a list of messages: a
 * host with another Azure service's DNS suffix that could not be reached, Resource Manager refusing actions of
 * another provider, and a Resource Manager code of its own where nothing in the paste is about a registry.
 */
describe('another Azure service could not be reached', () => {
  it.each([
    'psycopg2.OperationalError: could not translate host name "pg-orders.postgres.database.azure.com" to address: Name or service not known',
    'Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server) Server=tcp:sql-orders.database.windows.net,1433',
    'Azure.RequestFailedException: Retry failed after 4 tries. (A connection attempt failed because the connected party did not properly respond after a period of time) (kv-orders.vault.azure.net:443): connect timed out',
    'Error: getaddrinfo ENOTFOUND sb-orders.servicebus.windows.net\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)',
    'curl: (6) Could not resolve host: app-orders.azurewebsites.net\nError: smoke test failed after deploy',
  ])('is that service, not the registry (%#)', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('unreached:azure-service');
    expect(d.causes[0]?.id).toBe('azure-service-unreachable');
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    // A registry serves layers from storage blobs: a timeout there is a pull's (the client's egress rules).
    'Error response from daemon: Get "https://contoso.azurecr.io/v2/app/blobs/sha256:ab12": dial tcp: lookup contosoeus.blob.core.windows.net: i/o timeout',
    // The pull failed first; the app's connection error is what came after.
    'Failed to pull image "contoso.azurecr.io/orders:1.4": rpc error: code = Unknown desc = failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized\npsycopg2.OperationalError: could not translate host name "pg-orders.postgres.database.azure.com" to address: Name or service not known',
    // The registry itself did not resolve, whatever else is named.
    'Error response from daemon: Get "https://contosoo.azurecr.io/v2/": dial tcp: lookup contosoo.azurecr.io: no such host\nKEYVAULT_URI=https://kv-orders.vault.azure.net/',
  ])('leaves failures of the registry to it (%#)', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).not.toBe('azure-service-unreachable');
    expect(d.verdict).toBe('acr');
  });
});

describe("Resource Manager refusing another provider's actions", () => {
  it.each([
    "(AuthorizationFailed) The client 'ops@contoso.com' with object id '1b2c3d4e-0000-1111-2222-333344445555' does not have authorization to perform action 'Microsoft.Web/sites/write' over scope '/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-web' or the scope is invalid.",
    "ERROR: (AuthorizationFailed) The client 'dev@contoso.com' does not have authorization to\nperform action 'Microsoft.KeyVault/vaults/secrets/read' over scope '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-app'.",
  ])('is that provider, not the registry (%#)', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('arm-action:elsewhere');
    expect(d.causes[0]?.id).toBe('other-azure-service-refused');
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    "(AuthorizationFailed) The client 'ci' with object id '77aa' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/listCredentials/action' over scope '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso'.",
    // Granting AcrPull is a role assignment: the deployer's rights over the registry's scope.
    "The client 'deployer' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/sites/app/providers/Microsoft.Authorization/roleAssignments/1234'.",
    // One registry action among others is enough to keep the registry in it.
    "does not have authorization to perform action 'Microsoft.Web/sites/write'\ndoes not have authorization to perform action 'Microsoft.ContainerRegistry/registries/pull/read'",
  ])('keeps refusals that may be about the registry (%#)', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).not.toContain('arm-action:elsewhere');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});

describe("Resource Manager's own code where nothing is about a registry", () => {
  it.each([
    'ERROR: (StorageAccountAlreadyTaken) The storage account named stordersdata is already taken.\nCode: StorageAccountAlreadyTaken',
    "ERROR: (InvalidResourceGroupLocation) Invalid resource group location 'westus'. The Resource group already exists in location 'eastus'.",
    '11:34:44  Code: OperationNotAllowed\n11:34:44  Message: Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota.',
  ])('is another resource refused (%#)', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('arm-error:no-registry');
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    // Wrappers name no resource: the inner error decides, and here it is not shown.
    '{"code": "DeploymentFailed", "message": "At least one resource deployment operation failed."}',
    // The same code beside a registry is read with the registry in it.
    'ERROR: (QuotaExceeded) The registry contoso has exceeded its storage quota.\naz acr import -n contoso --source docker.io/library/nginx:latest',
    // Codes of causes of their own (an image, a sign-in) are left to them.
    "(InaccessibleImage) The image 'orders:1.4' in container group 'cg-orders' is not accessible. Please check the image and registry credential.",
  ])('is left to the other rules (%#)', (text) => {
    expect(diagnose(text).signals.facts).not.toContain('arm-error:no-registry');
  });

  it('lets a cause that knows the code speak first', () => {
    const d = diagnose("(ResourceGroupNotFound) Resource group 'rg-app-prod' could not be found.");
    expect(d.causes[0]?.id).not.toBe('other-azure-service-refused');
  });
});

describe('the daemon and the subscription in their own words', () => {
  it('a port taken on the host is the local engine', () => {
    const d = diagnose(
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (3f1a): Bind for 0.0.0.0:80 failed: port is already allocated.',
    );
    expect(d.causes[0]?.id).toBe('local-engine-fault');
    expect(d.verdict).toBe('not-acr');
  });

  it('a disabled subscription is the subscription', () => {
    const d = diagnose(
      'The subscription is disabled and therefore marked as read only. You cannot perform any write actions on this subscription until it is re-enabled.',
    );
    expect(d.causes[0]?.id).toBe('subscription-policy-or-sku-restriction');
  });
});
