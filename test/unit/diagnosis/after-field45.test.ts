import { diagnose } from '../../../src/diagnosis';

/**
 * What field45's first look missed, generalised: the builders', shells', JVM's, databases' and Azure services' own
 * words for failures next to a registry that are not the registry's. Every paste here is our own.
 */
describe('failures beside a registry that are not the registry', () => {
  it.each([
    // Docker's classic builder (ACR Tasks' too) refusing an option only BuildKit has.
    [
      'Step 6/11 : RUN --mount=type=secret,id=npmrc npm ci\nthe --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled',
      'cli-usage-or-unsupported',
    ],
    // Git Bash rewriting an Azure resource id into a Windows path.
    [
      "$ az role assignment create --assignee 5f1e --role AcrPull --scope /subscriptions/0000/resourceGroups/rg-app\n(MissingSubscription) The request did not have a subscription or a valid tenant level resource provider.\nscope 'C:/Program Files/Git/subscriptions/0000/resourceGroups/rg-app'",
      'cli-usage-or-unsupported',
    ],
    // cmd.exe re-parsing a line that runs az, in English and in Spanish.
    [
      'C:\\build> az acr repository show-tags -n contoso --repository web --query "[?contains(@, \'rc\')]" -o tsv\n| was unexpected at this time.',
      'cli-usage-or-unsupported',
    ],
    ['No se esperaba | en este momento.', 'cli-usage-or-unsupported'],
    // az acr build resolving the Dockerfile against the source folder.
    [
      "$ az acr build -r contoso -t api:7 -f services/api/Dockerfile services/api\nERROR: Unable to find 'services/api/Dockerfile'.",
      'build-input-missing',
    ],
    // The JVM stopping before the app: an agent jar it cannot read, a main class it cannot find.
    [
      'Error opening zip file or JAR manifest missing : /opt/agents/applicationinsights-agent.jar\nError occurred during initialization of VM\nagent library failed to init: instrument',
      'container-start-failed',
    ],
    [
      'Error: Could not find or load main class com.contoso.orders.Application\nCaused by: java.lang.ClassNotFoundException: com.contoso.orders.Application',
      'container-start-failed',
    ],
    // AKS's safeguards refusing a kind of resource, its quoted message wrapped before "allowed".
    [
      'helm install ingress ./charts/ingress failed:\n  "Creation or modification of ValidatingWebhookConfiguration resources is not\n  allowed."',
      'kubernetes-not-registry',
    ],
    // Database clients that could not reach their server (no host printed).
    ['psycopg.OperationalError: connection failed: connection timeout expired', 'azure-service-unreachable'],
    ['[Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired', 'azure-service-unreachable'],
    // Another Azure service's refusal, named on its line.
    [
      "openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to API/Operation.'}} (Azure OpenAI deployment gpt-4o)",
      'other-azure-service-refused',
    ],
    [
      'Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: Forbidden (403); Substatus: 5301; Cosmos DB request blocked by RBAC',
      'other-azure-service-refused',
    ],
    // Resource Manager's own checks of a template: principal type, an empty secret; ACR refusing a SKU change.
    [
      "ERROR: (UnmatchedPrincipalType) The PrincipalId '9c1d' has type 'ServicePrincipal' , which is different from specified PrincipalType 'User'.",
      'cli-usage-or-unsupported',
    ],
    [
      "(ContainerAppSecretInvalid) Secret 'graph-client-secret' has an invalid value.",
      'cli-usage-or-unsupported',
    ],
    [
      'Error: updating Registry "crcontoso": Cannot update the registry SKU. Registry has IP rules; remove them before proceeding.',
      'cli-usage-or-unsupported',
    ],
    // ACR Tasks not permitted, with the middle of ACR's sentence left out.
    [
      'az acr build failed with "ACR Tasks requests ... are not permitted" on this subscription',
      'cli-usage-or-unsupported',
    ],
  ])('%#: is not the registry', (text, id) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe(id);
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    // A registry refusal beside an app's database timeout: the refusal is the finding.
    'Failed to pull image "contoso.azurecr.io/orders:2": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized\npsycopg.OperationalError: connection failed: connection timeout expired',
    // ACR's own refusal naming nothing else: not another service's.
    'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
  ])('%#: leaves the registry its own refusals', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
  });
});

describe('people saying the registry refused them', () => {
  it.each([
    "The container app couldn't authenticate to ACR when its first revision started.",
    'Since this morning our pipeline fails to authenticate to the ACR.',
  ])('%#: gets the sign-in candidates, flagged as a guess', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.map((c) => c.family)).toContain('credentials-not-configured');
  });
});
