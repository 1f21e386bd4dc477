import { diagnose } from '../../../src/diagnosis';
import { CHECK_HEALTH_CODES } from '../../../src/knowledge';

const signals = (text: string, registryHint?: string) =>
  diagnose(text, registryHint ? { registryHint } : {}).signals;

describe('signals', () => {
  describe('check-health codes', () => {
    it.each(CHECK_HEALTH_CODES.map((c) => [c]))('recognises %s', (code) => {
      const s = signals(`2022-12-12 16:05:11.564324 An error occurred: ${code}\nsomething went wrong`);
      expect(s.checkHealth.map((c) => c.code)).toEqual([code]);
      expect(s.facts).toContain(`code:${code}`);
    });

    it.each([
      ['401', 'token-status:401'],
      ['403', 'token-status:403'],
      ['429', 'token-status:429'],
    ])('reads the response code %s of a token error', (status, fact) => {
      const s = signals(
        `WARNING: Unable to get AAD authorization tokens with message: An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR\nAccess to registry 'contoso.azurecr.io' was denied. Response code: ${status}. Please try running 'az login' again to refresh permissions.`,
      );
      expect(s.checkHealth).toEqual([
        { code: 'CONNECTIVITY_REFRESH_TOKEN_ERROR', status: Number(status), line: 1 },
      ]);
      expect(s.facts).toContain(fact);
    });

    it('reads the response code when older CLIs print no code', () => {
      expect(
        signals(
          "Unable to get AAD authorization tokens with message: Access to registry 'r.azurecr.io' was denied. Response code: 401.",
        ).facts,
      ).toContain('token-status:401');
    });

    it('treats the admin-credentials line after an Entra failure as a fallback', () => {
      const s = signals(
        "WARNING: Unable to get AAD authorization tokens with message: An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR\nAccess to registry 'foo.azurecr.io' was denied. Response code: 403.\nWARNING: Unable to get admin user credentials with message: Admin user is disabled.",
      );
      expect(s.facts).toEqual(expect.arrayContaining(['aad-failure', 'admin-fallback']));
      expect(
        signals('Unable to get admin user credentials with message: Admin user is disabled.').facts,
      ).not.toContain('admin-fallback');
    });
  });

  describe('HTTP statuses', () => {
    it.each([
      ['failed to fetch anonymous token: unexpected status: 401 Unauthorized', 401, 'token'],
      [
        'Error response from daemon: login attempt to https://x.azurecr.io/v2/ failed with status: 403 Forbidden',
        403,
        'login',
      ],
      ['toomanyrequests: retrieving manifest: HTTP 429', 429, 'manifest'],
      ['Docker API responded with status code=InternalServerError', 500, 'unknown'],
      ["adal: Refresh request failed. Status Code = '401'. Response body: AADSTS7000215", 401, 'entra'],
      ['received unexpected HTTP status: 503 Service Unavailable', 503, 'unknown'],
    ])('%j -> %d (%s)', (line, status, context) => {
      expect(signals(line).http).toContainEqual({ status, context, line: 1 });
    });

    it('ignores numbers that are not statuses', () => {
      expect(signals('digest: sha256:788fa27763db size: 948\nStep 4/11 : RUN make -j 401').http).toEqual([]);
    });
  });

  describe('error codes', () => {
    it('reads distribution codes from JSON and from prose', () => {
      expect(
        signals(
          '{"errors":[{"code":"DENIED","message":"client with IP \'1.2.3.4\' is not allowed access."}]}',
        ).distribution,
      ).toContain('DENIED');
      expect(signals('not found: manifest unknown: manifest sha256:abc is not found').distribution).toContain(
        'MANIFEST_UNKNOWN',
      );
      expect(signals('toomanyrequests: Too many requests.').distribution).toContain('TOOMANYREQUESTS');
      expect(signals('unauthorized: authentication required').facts).toContain('oci:UNAUTHORIZED');
    });

    it('reads AADSTS codes', () => {
      const s = signals(
        'AADSTS7000222: The provided client secret keys for app are expired. "error_codes":[7000222]',
      );
      expect(s.aadsts).toEqual(['AADSTS7000222']);
      expect(s.facts).toContain('aadsts:7000222');
    });
  });

  describe('registries', () => {
    it.each([
      ['docker pull contoso.azurecr.io/web/api:1.2', 'contoso', 'public', 'login-server'],
      [
        'Head "https://contosocn.azurecr.cn/v2/app/manifests/v1": unauthorized',
        'contosocn',
        'china',
        'login-server',
      ],
      ['dial tcp: lookup govreg1.azurecr.us: no such host', 'govreg1', 'usgov', 'login-server'],
      ['canonical name = contoso.privatelink.azurecr.io', 'contoso', 'public', 'private-link'],
      [
        'dial tcp 10.1.2.3:443: i/o timeout contoso.westeurope.data.azurecr.io',
        'contoso',
        'public',
        'data-endpoint',
      ],
    ])('%j', (line, registry, cloud, kind) => {
      const s = signals(line);
      expect(s.loginServers[0]).toMatchObject({ registry, cloud, kind, validName: true });
      expect(s.registry).toBe(registry);
    });

    it('does not take a look-alike under another domain for a login server', () => {
      expect(signals('docker pull contoso.azurecr.io.evil.com/app:1').loginServers).toEqual([]);
      expect(signals('Login to contoso.azurecr.io. Then pull.').registry).toBe('contoso');
    });

    it('reads no repository from the registry API root', () => {
      expect(
        signals('Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized').repository,
      ).toBeNull();
    });

    it('reads the repository and tag of an image reference and of a registry URL', () => {
      expect(signals('Failed to pull image "contoso.azurecr.io/team/api:2024.05.1"')).toMatchObject({
        repository: 'team/api',
        tag: '2024.05.1',
      });
      expect(signals('Head "https://contoso.azurecr.io/v2/web/manifests/latest": denied')).toMatchObject({
        repository: 'web',
        tag: 'latest',
      });
    });

    it('flags mixed case, DNL hashes, typos and redacted names', () => {
      expect(signals('docker push MyRegistry.azurecr.io/app:1').facts).toContain('host:acr-mixed-case');
      expect(signals('lookup contoso-ab12cd34ef.azurecr.io: no such host').facts).toContain('host:acr-dnl');
      expect(signals('dial tcp: lookup contoso.azureacr.io: no such host').facts).toContain('host:acr-typo');
      const redacted = signals('Failed to pull image "<acrname>.azurecr.io/<image>:1"');
      expect(redacted.facts).toContain('host:acr');
      expect(redacted.registry).toBeNull();
    });

    it.each(['***', '<acr-name>', '${ACR_NAME}', 'my-acr'])(
      'reads %s.azurecr.io as a redacted ACR host that makes no name facts',
      (name) => {
        const s = signals(
          `Get "https://${name}.azurecr.io/v2/": dial tcp: lookup ${name}.azurecr.io: no such host`,
        );
        expect(s.facts).toContain('host:acr');
        expect(s.facts).not.toContain('host:acr-dnl');
        expect(s.facts).not.toContain('host:acr-invalid-name');
        expect(s.registry).toBeNull();
      },
    );

    it('does not read a message after "image: " as a Docker Hub reference', () => {
      const s = signals("failed to pull image: denied: client with IP '20.1.2.3' is not allowed access");
      expect(s.otherRegistries).toEqual([]);
      expect(s.facts).not.toContain('host:no-acr');
    });

    it('does not read an event reason ending in "Image: " as an image reference', () => {
      const s = signals('FailedPullingImage: Unable to pull docker image');
      expect(s.otherRegistries).toEqual([]);
      expect(s.facts).not.toContain('host:no-acr');
    });

    it("keeps the user's registry in the story when az acr import fails on another registry", () => {
      const s = signals(
        'az acr import -n contoso --source docker.io/library/nginx:1\nInvalid message Unauthorized Unauthorized',
      );
      expect(s.facts).toContain('host:other-registry');
      expect(s.facts).not.toContain('host:no-acr');
    });

    it('knows other registries, and when no ACR is involved', () => {
      const s = signals(
        'Error response from daemon: toomanyrequests: You have reached your pull rate limit. registry-1.docker.io',
      );
      expect(s.otherRegistries).toContain('registry-1.docker.io');
      expect(s.facts).toEqual(expect.arrayContaining(['host:other-registry', 'host:no-acr']));
      expect(
        signals('docker pull ghcr.io/org/app:1 && docker push contoso.azurecr.io/app:1').facts,
      ).not.toContain('host:no-acr');
    });

    it('takes the registry from az arguments, ARM errors, or the hint', () => {
      expect(signals('az acr login --name contosoprod').registry).toBe('contosoprod');
      expect(
        signals(
          "The resource with name 'myregistry' and type 'Microsoft.ContainerRegistry/registries' could not be found",
        ).registry,
      ).toBe('myregistry');
      expect(signals('unauthorized: authentication required', 'Contoso1').registry).toBe('contoso1');
      expect(signals('unauthorized', 'bad name!').registry).toBeNull();
    });
  });

  describe('addresses', () => {
    it('classifies the client IP of a firewall message', () => {
      expect(signals("denied: client with IP '20.50.1.2' is not allowed access").facts).toContain(
        'client-ip:public',
      );
      expect(signals("denied: client with IP '10.240.0.4' is not allowed access").facts).toContain(
        'client-ip:private',
      );
      expect(signals("denied: client with IP 'x.x.x.x' is not allowed access").clientIps).toEqual([]);
    });

    it('classifies where the login server resolved to', () => {
      expect(signals('DNS lookup to r.azurecr.io at IP 172.27.1.5 : OK').facts).toContain('resolved:private');
      expect(signals('dial tcp 20.1.2.3:443: i/o timeout').facts).toContain('resolved:public');
      // The DNS server in "lookup … on 10.0.0.10:53" is not where the registry resolved.
      expect(signals('lookup r.azurecr.io on 10.0.0.10:53: no such host').facts).not.toContain(
        'resolved:private',
      );
    });

    it("reads Java's host/ip form of the address it connected to", () => {
      const java = (ip: string) =>
        `Connect to r.azurecr.io:443 [r.azurecr.io/${ip}] failed: Connect timed out`;
      expect(signals(java('10.20.1.5')).facts).toContain('resolved:private');
      expect(signals(java('20.62.128.3')).facts).toContain('resolved:public');
      // A path after a host is not an address, and a host/ip pair outside a connect line is not read.
      expect(signals('Connect to https://r.azurecr.io/v2/team/app failed').facts).not.toContain(
        'resolved:public',
      );
      expect(signals('pushed r.azurecr.io/10.1.2.3').facts).not.toContain('resolved:private');
    });
  });

  describe('identifiers', () => {
    it('tells app ids, object ids, tenants and correlation ids apart', () => {
      const s = signals(
        "AADSTS700016: Application with identifier '11111111-2222-3333-4444-555555555555' was not found in the directory '66666666-7777-8888-9999-000000000000'. Trace ID: aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee Correlation ID: bbbbbbbb-cccc-dddd-eeee-ffffffffffff\nThe client 'u@x.com' with object id '12345678-1234-1234-1234-123456789abc' does not have authorization",
      );
      expect(s.appIds).toEqual(['11111111-2222-3333-4444-555555555555']);
      expect(s.tenants).toEqual(['66666666-7777-8888-9999-000000000000']);
      expect(s.correlationIds).toEqual([
        'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        'bbbbbbbb-cccc-dddd-eeee-ffffffffffff',
      ]);
      expect(s.principalIds).toEqual(['12345678-1234-1234-1234-123456789abc']);
    });
  });

  describe('tool and operation', () => {
    it.each([
      [
        "az acr login --name contoso\nUnable to get AAD authorization tokens with message: Please run 'az login' to setup account.",
        'az',
      ],
      [
        'Warning  Failed  kubelet  Failed to pull image "a.azurecr.io/b:1": rpc error: code = Unknown desc = failed to pull and unpack image',
        'kubelet',
      ],
      [
        'ERROR: failed to solve: failed to fetch anonymous token: unexpected status: 401 Unauthorized (buildkit)',
        'buildx',
      ],
      ['Docker API responded with status code=InternalServerError, DockerApiException', 'app-service'],
      ["ERROR: (InaccessibleImage) The image 'x' in container group 'cg' is not accessible.", 'aci'],
      ['Error: Process completed with exit code 1. /home/runner/work/app', 'github-actions'],
      ['##[error]Docker@2 failed /home/vsts/work/1/s', 'azure-devops'],
      ['│ Error: creating Container Registry: azurerm_container_registry.acr', 'terraform'],
      ['Validating image pull permission: FAILED (canipull)', 'aks-check-acr'],
      ['Error: oras push failed: oras push contoso.azurecr.io/art:1', 'oras'],
      ['Error: failed to authorize: helm push chart.tgz oci://contoso.azurecr.io/helm', 'helm'],
      ['Error: initializing source docker://contoso.azurecr.io/x:1: podman pull', 'podman'],
      ['Connect-AzContainerRegistry : FullyQualifiedErrorId : x', 'powershell'],
    ])('%j -> %s', (text, tool) => {
      expect(signals(text).tool).toBe(tool);
    });

    it('finds the failing operation and what succeeded before it', () => {
      const s = signals(
        '$ docker push example.azurecr.io/nginx:latest\nThe push refers to repository [example.azurecr.io/nginx]\nlatest: digest: sha256:788f size: 948\n$ docker pull example.azurecr.io/nginx:latest\nunauthorized: authentication required',
      );
      expect(s.facts).toEqual(expect.arrayContaining(['op:push', 'op:pull', 'succeeded:push', 'fails:pull']));
      expect(s.operation).toBe('pull');
    });

    it("does not take a pull's digest line for a successful push", () => {
      const s = signals(
        'docker pull contoso.azurecr.io/app:1\nDigest: sha256:4f5e6d\nStatus: Downloaded newer image for contoso.azurecr.io/app:1',
      );
      expect(s.facts).toContain('succeeded:pull');
      expect(s.facts).not.toContain('succeeded:push');
    });

    it.each([
      ['docker login contoso.azurecr.io -u contoso -p x1', 'login-user:registry-name'],
      [
        'docker login contoso.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin',
        'login-user:nil-guid',
      ],
      ['docker login contoso.azurecr.io -u 3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b -p x1', 'login-user:guid'],
      ['az acr login -n contoso --username jane@contoso.com', 'login-user:email'],
    ])('classifies the login user of %j', (line, fact) => {
      expect(signals(line).facts).toContain(fact);
    });

    it('knows text from an AKS cluster', () => {
      expect(
        signals(
          'Normal Scheduled pod/web assigned to aks-nodepool1-12345678-vmss000002\nFailed to pull image',
        ).facts,
      ).toContain('env:aks');
      expect(signals('Failed to pull image "a.azurecr.io/b:1"').facts).not.toContain('env:aks');
    });
  });
});
