import { diagnose } from '../../../../src/diagnosis';
import { typedCommandStart } from '../../../../src/diagnosis/signals/command-position';

const signals = (text: string) => diagnose(text).signals;

describe('tool facts', () => {
  describe("azure-cli's own wording", () => {
    // field4 k031 (Azure/azure-cli#10272): az login behind an intercepting proxy, nothing else in the paste.
    it('reads az from the connection error its core raises', () => {
      const s = signals(
        "Please ensure you have network connection. Error detail: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /common/oauth2/token (Caused by SSLError(SSLError(\"bad handshake: Error([('SSL routines', 'tls_process_server_certificate', 'certificate verify failed')],)\",),))",
      );
      expect(s.facts).toContain('tool:az');
      expect(s.tool).toBe('az');
    });

    it('does not read az from a bare Python requests error', () => {
      expect(
        signals(
          "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /common/oauth2/token",
        ).facts,
      ).not.toContain('tool:az');
    });
    // field6 6e007: az acr login's last words with nothing else from az in the paste.
    it.each([
      'ERROR: Unable to authenticate using AAD or admin login credentials.',
      'Please specify both username and password in non-interactive mode.',
      "Could not connect to the registry login server 'fabrikam.azurecr.io'. Please verify that the registry exists.",
    ])("reads az from az acr login's own message (%#)", (text) => {
      expect(signals(text).facts).toContain('tool:az');
    });
  });

  describe('Azure Machine Learning', () => {
    it.each([
      'AzureMLCompute job failed. FailedPullingImage: Unable to pull docker image: unauthorized: authentication required',
      'az ml job create --file job.yml --workspace-name ws failed: image pull failed with 401 Unauthorized',
      'AcrRefreshTokenRetrievalError: Unable to retrieve ACR refresh token using Compute Identity',
    ])('reads it from its CLI, its compute and its codes (%#)', (text) => {
      const s = signals(text);
      expect(s.facts).toContain('tool:azure-ml');
      expect(s.tool).toBe('azure-ml');
    });

    it("does not read it from Microsoft's curated base images, which any build pulls", () => {
      expect(
        signals('Step 1/10 : FROM mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest').facts,
      ).not.toContain('tool:azure-ml');
    });
  });

  describe('ACI behind virtual-kubelet', () => {
    // field f031 (virtual-kubelet/virtual-kubelet#386): the ACI provider's log line names no ACI wording.
    it("reads ACI from virtual-kubelet's azure provider", () => {
      const s = signals(
        'time="2018-10-24T13:07:10Z" level=error msg="Failed to create pod" error="secrets \\"my-secret\\" not found" namespace=my-namespace node=virtual-kubelet-virtual-kubelet-windows-eastus operatingSystem=Windows pod=my-server-574d68478c-gsvzx provider=azure',
      );
      expect(s.facts).toContain('tool:aci');
    });

    it('reads ACI from an AKS virtual node', () => {
      expect(
        signals(
          'Warning  ProviderCreateFailed  pod/web  virtual-node-aci-linux  ACI returned error: image pull failed',
        ).facts,
      ).toContain('tool:aci');
    });

    it.each([
      ['external-dns', 'time="2024-01-01T00:00:00Z" level=error msg="failed to list zones" provider=azure'],
      [
        'another virtual-kubelet provider',
        'virtual-kubelet: node=vk-eci provider=alibabacloud error="quota"',
      ],
    ])('does not read ACI from %s', (_, text) => {
      expect(signals(text).facts).not.toContain('tool:aci');
    });
  });

  describe('commands named in a sentence', () => {
    // channel traffic t0068: a Java SDK error; the person says they signed in with `az login`.
    it('does not take a command a sentence mentions for the tool that printed the paste', () => {
      const s = signals(
        'Java SDK blob operation failed with `AuthorizationPermissionMismatch` using `DefaultAzureCredential` and `az login`. But using CLI command works properly.\n[error] Status code 403, "<Code>AuthorizationPermissionMismatch</Code>"',
      );
      expect(s.facts).not.toContain('tool:az');
      expect(s.tool).toBeNull();
    });

    it.each([
      ['all good, `az acr login -n contosoprod` worked after I updated the CLI', 'az'],
      ['We retrieve secrets for actions like az login, docker login, or connect to Azure', 'az'],
      ['We retrieve secrets for actions like az login, docker login, or connect to Azure', 'docker'],
      ['I looked into how `az acr build` works behind the scenes', 'acr-tasks'],
    ])('%j names no %s', (text, tool) => {
      expect(signals(text).facts).not.toContain(`tool:${tool}`);
    });

    it.each([
      ['az acr login -n contoso\nUnauthorized', 'az'],
      ['$ az login --service-principal -u x', 'az'],
      ['PS C:\\> az acr login --name contoso', 'az'],
      ['2024-05-01T10:00:00.1234567Z [command]/usr/bin/az account show', 'az'],
      ['Run az acr login -n contoso', 'az'],
      ['adrian ~ > **az acr create --name Reg --resource-group rg --sku Standard**', 'az'],
      ['After az login, do ```az acr login``` and get error', 'az'],
      ["Unable to get AAD authorization tokens. Please run 'az login' to setup account.", 'az'],
      ['```\naz acr login -n contoso\n```', 'az'],
      ['➜  kubernetes git:(master) ✗ docker pull ubuntu', 'docker'],
      ['2018-01-31 17:34:02.761 INFO  - Issuing docker login to sever: https://contoso.azurecr.io', 'docker'],
      ['+ docker push contoso.azurecr.io/app:1', 'docker'],
      ['TOKEN=$(az acr login -n contoso --expose-token)', 'az'],
    ])('%j is %s run as a command', (text, tool) => {
      expect(signals(text).facts).toContain(`tool:${tool}`);
    });
  });

  describe('typedCommandStart', () => {
    it.each(['', '$ ', 'PS C:\\> ', '[command]/usr/bin/', '  - ', 'script: ', '&& ', '`', '```', 'ran `'])(
      'a command starts after %j',
      (before) => expect(typedCommandStart(before)).toBe(true),
    );
    it.each(['using `defaultazurecredential` and `', 'like ', 'and ', 'b', 'after '])(
      'no command starts after %j',
      (before) => expect(typedCommandStart(before)).toBe(false),
    );
  });
});
