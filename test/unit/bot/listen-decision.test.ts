import { diagnose } from '../../../src/diagnosis';
import { listenDecision } from '../../../src/bot/listen-decision';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../../../src/config';
import { SCORING } from '../../../src/diagnosis/score';

/** The decision exactly as the bot makes it for an unmentioned channel message. */
const decide = (text: string) => listenDecision(diagnose(text), DEFAULT_LISTEN_MIN_CONFIDENCE);

describe('listening: a cause only ACR has', () => {
  it("answers the portal's admin-user message with no registry named (field5 a005's shape)", () => {
    const d = diagnose(
      'Admin user is not enabled. Enable admin user in Access keys blade to view repositories.',
    );
    // Nothing in the paste names a registry: only the cause places it at ACR.
    expect(d.signals.registry).toBeNull();
    expect(d.signals.facts).toEqual([]);
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: true,
      ground: 'acr-only-cause',
    });
  });

  it('stays silent when the ACR-only cause rests on strings other families share (at most the cap)', () => {
    const d = diagnose(
      'This error may occur because the compute could not authenticate with the Docker registry to pull the image. Please ensure the registry has Admin user enabled.',
    );
    expect(d.causes[0]?.family).toBe('admin-user-disabled');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.sharedOnly);
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE)).toMatchObject({
      answer: false,
      reason: 'no-acr-context',
    });
  });

  it("stays silent on another product's admin user", () => {
    expect(decide('Error: admin user is disabled for this Jenkins instance').answer).toBe(false);
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
    expect(notThere).toMatchObject({ answer: true, ground: 'look-alike-in-azure-service' });
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
