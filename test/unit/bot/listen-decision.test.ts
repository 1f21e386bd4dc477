import { diagnose } from '../../../src/diagnosis';
import { listenDecision } from '../../../src/bot/listen-decision';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../../../src/config';

/** The decision exactly as the bot makes it for an unmentioned channel message. */
const decide = (text: string) => listenDecision(diagnose(text), DEFAULT_LISTEN_MIN_CONFIDENCE);

describe("listening: a string only ACR prints (the cause's evidence basis)", () => {
  it("answers the portal's admin-user message with no registry named (field5 a005's shape)", () => {
    const d = diagnose(
      'Admin user is not enabled. Enable admin user in Access keys blade to view repositories.',
    );
    // Nothing in the paste names a registry: only the string places it at ACR.
    expect(d.signals.registry).toBeNull();
    expect(d.signals.facts).toEqual([]);
    expect(d.causes[0]).toMatchObject({ family: 'admin-user-disabled', basis: 'acr-own' });
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: true,
      ground: 'acr-own-string',
    });
  });

  it.each([
    // The ACR Tasks runner's own check of its arguments (field5 a004): a family other registries have too.
    ['when specifying push, at least one credential is required.'],
    // az containerapp asking ACR for the admin credentials of the registry it was given (field6 f007).
    [
      'Failed to retrieve credentials for container registry acrhomelab.\nPlease provide the registry username and password',
    ],
    // The ACR Tasks runner's dependency scan of a FROM it cannot parse (field5 b033).
    [
      'Failed to parse image reference, ensure tags have a valid format: Ubuntu:18.04: repository name must be lowercase',
    ],
  ])('answers %j, whose family is not ACR-only but whose string is', (text) => {
    const d = diagnose(text);
    expect(d.signals.registry).toBeNull();
    expect(d.causes[0]?.basis).toBe('acr-own');
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: true,
      ground: 'acr-own-string',
    });
  });

  it("answers ACR's wording of a missing tag from a vendor's registry on ACR, not from MCR (field6 b005, b012)", () => {
    const vendor = diagnose(
      'Error response from daemon: manifest for scr.contoso-vendor.com/xp/solr-init:10.2- not found: manifest unknown: manifest tagged by "10.2-" is not found',
    );
    expect(vendor.verdict).toBe('acr');
    expect(vendor.causes[0]).toMatchObject({ id: 'manifest-tag-not-found', basis: 'acr-own' });
    expect(listenDecision(vendor, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: true,
      ground: 'acr-own-string',
    });
    // MCR runs on ACR and says the same, but it is never the reader's registry.
    expect(
      decide(
        'Error response from daemon: manifest for mcr.microsoft.com/dotnet/sdk:9.0-preview not found: manifest unknown: manifest tagged by "9.0-preview" is not found',
      ).answer,
    ).toBe(false);
  });

  it('stays silent when the ACR-only family rests on strings others print (basis shared)', () => {
    const d = diagnose(
      'This error may occur because the compute could not authenticate with the Docker registry to pull the image. Please ensure the registry has Admin user enabled.',
    );
    expect(d.causes[0]).toMatchObject({ family: 'admin-user-disabled', basis: 'shared' });
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: false,
      reason: 'no-acr-context',
    });
  });

  it("stays silent on an AKS-looking pull refused with a bare 401 and no registry named (field6 e013's shape)", () => {
    const d = diagnose(
      'kubectl describe pod ingress-nginx-controller-xxx -n ingress-nginx\n  Warning  Failed  kubelet  Failed to pull image: failed to authorize: 401 Unauthorized\n  Normal  BackOff  kubelet  Back-off pulling image; ImagePullBackOff',
    );
    expect(d.causes.length).toBeGreaterThan(0);
    expect(d.causes.every((c) => c.basis === 'shared')).toBe(true);
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE).answer).toBe(false);
  });

  it.each([
    ['Error: admin user is disabled for this Jenkins instance'],
    // az's words, but plain English another tool may print: not marked as ACR's own.
    ['Error: docker is not available here. Please verify whether docker is installed and on your PATH.'],
    // Another platform's pull failure without ACR's name in it.
    ['ERROR: Failed to pull container image. Please check the image URI and permissions, then retry.'],
  ])("stays silent on another product's look-alike: %j", (text) => {
    expect(decide(text).answer).toBe(false);
  });
});

describe('listening: Azure Batch, whose registry is a setting of the pool', () => {
  it('answers its refusal of the registry it was given (field5 b024)', () => {
    const d = diagnose(
      '{"errors": [{"code": "ContainerInvalidRegistry", "message": "One or more container registries specified are invalid",\n"errorDetails": [{"name": "ContainerRegistry", "value": "mycontainerregistry"}]}]}',
    );
    expect(d.signals.facts).toContain('tool:azure-batch');
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: true,
      ground: 'acr-context',
    });
  });

  it("stays silent on Batch's other errors: an ARM refusal, a pool it could not allocate", () => {
    const arm = diagnose(
      "(AuthorizationFailed) The client 'ci-deployer' with object id '77aa' does not have authorization to perform action 'Microsoft.Batch/batchAccounts/pools/write' over scope '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Batch/batchAccounts/contosobatch/pools/render' or the scope is invalid.",
    );
    expect(arm.signals.facts).not.toContain('tool:azure-batch');
    expect(listenDecision(arm, DEFAULT_LISTEN_MIN_CONFIDENCE).answer).toBe(false);
    expect(
      decide(
        "Pool 'render' resize error: AllocationFailed\nDesired number of dedicated nodes could not be allocated due to insufficient core quota in batch account contosobatch.",
      ).answer,
    ).toBe(false);
  });
});

describe("listening: ACR's own token exchange", () => {
  it('answers a 401 from /oauth2/exchange with the host redacted', () => {
    const d = diagnose(
      "Request URL: 'https://***/oauth2/exchange'\nRequest method: 'POST'\nResponse status: 401",
    );
    expect(d.signals.facts).toContain('exchange-status:401');
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: true,
      ground: 'acr-context',
    });
  });

  it("stays silent on a 401 from some other service's /oauth2/token", () => {
    expect(
      decide("Request URL: 'https://***/oauth2/token'\nRequest method: 'POST'\nResponse status: 401"),
    ).toMatchObject({ answer: false, reason: 'no-acr-context' });
    expect(decide('POST https://auth.example.com/oauth2/token 401 Unauthorized').answer).toBe(false);
  });
});

describe('listening: a look-alike pulled by an Azure service whose registry is a setting', () => {
  it('answers App Service sent to Docker Hub with a private image (field5 b030, field2 g024)', () => {
    const wrongCredentials = decide(
      '2024-03-01T10:00:00.000Z INFO  - Pulling image from Docker hub: contoso/api:latest\n' +
        '2024-03-01T10:00:00.100Z ERROR - DockerApiException: Docker API responded with status code=InternalServerError, ' +
        'response={"message":"Get https://registry-1.docker.io/v2/contoso/api/manifests/latest: unauthorized: incorrect username or password"}',
    );
    expect(wrongCredentials).toMatchObject({ answer: true, ground: 'look-alike-in-azure-service' });
    const notThere = decide(
      '2024-03-01T10:00:00.000Z INFO  - Pulling image from Docker hub: contoso/web:v2\n' +
        '2024-03-01T10:00:00.100Z ERROR - DockerApiException: Docker API responded with status code=NotFound, ' +
        'response={"message":"manifest for contoso/web:v2 not found: manifest unknown: manifest unknown"}',
    );
    // Docker Hub is only the default there (no registry host in the reference): the paste may be about the user's ACR
    // image with its login server left out, so it answers as about ACR (field7 7f004).
    expect(notThere).toMatchObject({ answer: true, ground: 'acr-context' });
  });

  it("stays silent on the same refusal from Docker Hub to docker, to kubelet, and on AKS's nodes", () => {
    const denied =
      "pull access denied for contoso/api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
    expect(decide(`docker pull contoso/api:1\nError response from daemon: ${denied}`)).toMatchObject({
      answer: false,
      reason: 'not-acr',
    });
    const aks = diagnose(
      `  Normal   Scheduled  13s   default-scheduler  Successfully assigned default/api-7d9 to aks-nodepool1-12345678-vmss000000\n` +
        `  Warning  Failed     12s   kubelet  Failed to pull image "contoso/api:1": rpc error: code = Unknown desc = Error response from daemon: ${denied}`,
    );
    // AKS and a registry's refusal are both there: only the service kind keeps it silent.
    expect(aks.signals.facts).toEqual(expect.arrayContaining(['env:aks', 'oci:DENIED']));
    expect(aks.verdict).toBe('not-acr');
    expect(listenDecision(aks, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: false,
      reason: 'not-acr',
    });
  });

  it("stays silent on App Service meeting Docker Hub's rate limit (not a refusal)", () => {
    expect(
      decide(
        '2024-03-01T10:00:00.000Z INFO  - Pulling image from Docker hub: library/nginx:latest\n' +
          '2024-03-01T10:00:00.100Z ERROR - DockerApiException: Docker API responded with status code=InternalServerError, ' +
          'response={"message":"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}',
      ),
    ).toMatchObject({ answer: false, reason: 'not-acr' });
  });
});

describe('listening: what stays silent on purpose', () => {
  it.each([
    // Docker missing or stopped: a local fault, whichever registry (dev c025, field f002).
    ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'],
    // A generic Azure Resource Manager refusal: nothing about a registry (field3 h039, field4 k062).
    [
      "(AuthorizationFailed) The client 'sp-deploy' with object id '2f3e' does not have authorization to perform action 'Microsoft.Resources/deployments/write' over scope '/subscriptions/x/resourcegroups/rg/providers/Microsoft.Resources/deployments/main' or the scope is invalid.",
    ],
    // The Azure SDK's credential chain: any Azure client (field5 a011, d010).
    [
      'Unhandled exception: Azure.Identity.CredentialUnavailableException: The ChainedTokenCredential failed to retrieve a token from the included credentials',
    ],
  ])('%s', (text) => {
    expect(decide(text).answer).toBe(false);
  });
});

describe('listening: a look-alike that says the registry delivered the image', () => {
  const pulledThenStopped = [
    '2025-02-11T08:01:02.100Z INFO  - Pulling image: contosoacr.azurecr.io/web:4.2',
    '2025-02-11T08:01:09.800Z INFO  - Status: Downloaded newer image for contosoacr.azurecr.io/web:4.2',
    '2025-02-11T08:04:59.300Z ERROR - Container web_0_77aa for site web did not start within expected time limit. Elapsed time = 230.1 sec',
    "2025-02-11T08:04:59.310Z ERROR - Container web_0_77aa didn't respond to HTTP pings on port: 80, failing site start. See container logs for debugging.",
  ].join('\n');

  it('stays silent: the pull from the ACR worked, the app did not start', () => {
    const d = decide(pulledThenStopped);
    expect(d.answer).toBe(false);
  });

  it('still answers a look-alike at an ACR that is not about a delivered image', () => {
    const d = decide(
      'Error response from daemon: Get "https://contosoacr.azurecr.io/v2/": toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    );
    expect(d).toMatchObject({ answer: true, ground: 'look-alike-at-acr' });
  });
});
