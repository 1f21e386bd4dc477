/**
 * Rules written before field31 was scored, from the programs' own words: App Service's and Container Apps' start-up
 * failures after a good pull, the kubelet's sandbox failure, ARM's taken registry name, a docker executable that is
 * not there (Node's spawn, dash), ACR's firewall refusal retold, and ACR's role names placing a paste at ACR.
 */
import { diagnose } from '../../../src/diagnosis';

const APP_SERVICE_TIMEOUT = [
  '2025-01-09T11:02:41.101Z INFO  - Initiating warmup request to container web_0_1a2b for site web',
  '2025-01-09T11:06:31.460Z ERROR - Container web_0_1a2b for site web did not start within expected time limit. Elapsed time = 230.3 sec',
  "2025-01-09T11:06:31.470Z ERROR - Container web_0_1a2b didn't respond to HTTP pings on port: 3000, failing site start. See container logs for debugging.",
  '2025-01-09T11:06:31.480Z INFO  - Stopping site web because it failed during startup.',
].join('\n');

describe('a platform app that was pulled but did not start', () => {
  it.each([
    ['App Service: time limit and HTTP pings', APP_SERVICE_TIMEOUT],
    [
      'App Service: the container exited',
      'ERROR - Container api_0_9f for site api has exited, failing site start',
    ],
    ['App Service: site container', 'Site container: api terminated during site startup.'],
    [
      'Container Apps: exit code',
      "Container 'api' was terminated with exit code '137' and reason 'ProcessExited'",
    ],
  ])('%s is not an ACR problem', (_name, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('platform-app-did-not-start');
  });

  it('gives way to a pull that failed in the same log', () => {
    const text = [
      '2025-01-09T11:02:40.001Z INFO  - Pulling image: contoso.azurecr.io/web:1.0',
      '2025-01-09T11:02:40.510Z ERROR - Image pull failed: Verify docker image configuration and credentials (if using private repository)',
      APP_SERVICE_TIMEOUT,
    ].join('\n');
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).not.toBe('platform-app-did-not-start');
  });
});

describe("the kubelet's pod sandbox", () => {
  it('is the cluster, not the registry', () => {
    const d = diagnose(
      'Warning  FailedCreatePodSandBox  2m  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9c1d": plugin type="azure-vnet" failed (add): no IP addresses available',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
  });
});

describe('a registry name that is taken', () => {
  it('is an ACR matter outside access, said as such', () => {
    const d = diagnose(
      '(AlreadyInUse) The registry DNS name fabrikam.azurecr.io is already in use. You can check if the name is already claimed using following api: https://docs.microsoft.com/en-us/rest/api/containerregistry/registries/checknameavailability',
    );
    expect(d.causes[0]?.id).toBe('registry-name-unavailable');
    expect(d.causes[0]?.family).toBe('other');
  });
});

describe('a docker executable that is not there', () => {
  it.each([
    ["Node's spawn", 'Error: spawn docker ENOENT'],
    ['dash', 'sh: 1: docker: not found'],
    ['said in a commit message', 'ci: az acr login fails - docker not found on the runner'],
  ])('%s reads the client not installed', (_name, text) => {
    expect(diagnose(text).causes[0]?.id).toBe('docker-client-not-installed');
  });

  it('is not an image that was not found', () => {
    expect(diagnose('docker image not found').causes[0]?.id).not.toBe('docker-client-not-installed');
  });
});

describe("ACR's firewall refusal retold", () => {
  it.each([
    'client IP not allowed access',
    'the push got "IP address is not allowed access" from the registry',
  ])('%s reads the firewall first and public access close behind, ambiguous', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
    expect(d.causes.map((c) => c.family)).toContain('public-network-access-disabled');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
  });

  it("leaves the registry's own sentence weighed as before", () => {
    const d = diagnose(
      "denied: client with IP '52.160.1.2' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    );
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
    expect(d.causes[0]?.confidence).toBe(0.75);
  });
});

describe("ACR's role names", () => {
  it.each(['AcrPull', 'AcrPush', 'Container Registry Repository Reader'])(
    'place a refusal quoted without a registry at ACR (%s)',
    (role) => {
      const text = `Granted ${role} to the app identity; the pull had failed with UNAUTHORIZED`;
      expect(diagnose(text).signals.facts).toContain('acr-named');
      expect(diagnose(text).verdict).toBe('acr');
    },
  );

  // Since field40 a registry's own refusal code places a paste with no registry named too (fallback.ts: the same
  // ambiguous, low candidates): the role names still name ACR, the bare refusal does not.
  it('name ACR; the same refusal without one is only a registry refusal, answered as undecided', () => {
    const d = diagnose('the pull had failed with UNAUTHORIZED');
    expect(d.signals.facts).not.toContain('acr-named');
    expect(d.fallback).toMatchObject({ basis: 'structure', signal: 'unauthorized' });
    expect(d.ambiguity.ambiguous).toBe(true);
  });
});

describe('a time-out said in a sentence', () => {
  it('is a network failure at the ACR it names', () => {
    const d = diagnose(
      'fix: ACR pulls timing out from AKS - add privatelink.azurecr.io zone link to spoke vnet',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('private-endpoint-or-private-dns');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
  });

  it('needs the registry named', () => {
    expect(diagnose('the nightly job keeps timing out').verdict).toBe('unknown');
  });
});
