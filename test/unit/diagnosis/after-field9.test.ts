import { diagnose } from '../../../src/diagnosis';

/**
 * Tools' own words the engine did not read right at field9's first look (test/fixtures/corpus/field9.md), each
 * tested on the message's stable core with other names and wrappings than the corpus pastes that showed the gap.
 */

describe("trivy's older list of the places it looked for an image (field9 9B005)", () => {
  const scan = (registryItem: string) =>
    [
      '2023-11-02T08:15:40.112Z\tFATAL\timage scan error: scan error: unable to initialize a scanner: unable to ' +
        'initialize a docker scanner: 4 errors occurred:',
      '\t* unable to inspect the image (fabrikam.azurecr.io/shop/cart:7.1): Cannot connect to the Docker daemon at ' +
        'unix:///var/run/docker.sock. Is the docker daemon running?',
      '\t* containerd socket not found: /run/containerd/containerd.sock',
      '\t* unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory',
      registryItem,
    ].join('\n');

  it("reads the registry's answer, not the missing daemon, as what failed", () => {
    const d = diagnose(
      scan(
        '\t* GET https://fabrikam.azurecr.io/oauth2/token?scope=repository%3Ashop%2Fcart%3Apull&service=' +
          'fabrikam.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.',
      ),
    );
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
    expect(d.causes.map((c) => c.id)).not.toContain('docker-daemon-not-running');
  });

  it("still reads the daemon when the list holds no registry's answer", () => {
    const d = diagnose(scan('').trimEnd());
    expect(d.causes[0]?.id).toBe('docker-daemon-not-running');
  });
});

describe("containerd's 401 on the manifest request, in a kubelet event (field9 9E013's message)", () => {
  const event =
    '  Warning  Failed     3m2s (x4 over 4m30s)  kubelet  Failed to pull image "fabrikam.azurecr.io/billing/api:2.0.3": ' +
    'rpc error: code = Unknown desc = failed to pull and unpack image "fabrikam.azurecr.io/billing/api:2.0.3": failed ' +
    'to resolve reference "fabrikam.azurecr.io/billing/api:2.0.3": unexpected status from HEAD request to ' +
    'https://fabrikam.azurecr.io/v2/billing/api/manifests/2.0.3: 401 Unauthorized';

  it("is the node's missing pull right or pull secret, not an expired token", () => {
    const d = diagnose(event);
    expect(d.causes[0]?.family).toBe('aks-acr-not-attached');
    expect(d.causes.slice(0, 3).map((c) => c.family)).toContain('credentials-not-configured');
  });

  it('stays a shared clue: never more than the cap for clues several causes read', () => {
    expect(diagnose(event).causes[0]?.confidence).toBeLessThanOrEqual(0.75);
  });
});

describe('the registry\'s "authentication required" quoted by an SDK (field9 9D003)', () => {
  it('counts no credential among the first three', () => {
    const d = diagnose(
      'RestError: Error message: "authentication required"\n    at ContainerRepository.listManifestProperties',
    );
    expect(d.causes.slice(0, 3).map((c) => c.family)).toContain('credentials-not-configured');
  });
});

describe("moby's temporary file for a layer download (field9 9E015)", () => {
  it('is the local engine once the layers were coming', () => {
    const d = diagnose(
      [
        'docker pull fabrikam.azurecr.io/tools/runner:3.2',
        '3.2: Pulling from tools/runner',
        '9a1b2c3d4e5f: Pulling fs layer',
        'open /var/lib/docker/tmp/GetImageBlob118827314: no such file or directory',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('local-engine-fault');
  });
});

describe("Gatekeeper's admission webhook (field9 9H004)", () => {
  it("is the cluster's policy refusing the image, not the registry", () => {
    const d = diagnose(
      '  Warning  FailedCreate  41s (x16 over 3m)  replicaset-controller  Error creating: admission webhook ' +
        '"validation.gatekeeper.sh" denied the request: [azurepolicy-k8sazurev2containerallowedimages-5b7c] Container ' +
        'image fabrikam.azurecr.io/web:4.1 for container web has not been allowed.',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('kubernetes-not-registry');
  });

  it("still reads a signature webhook that quotes the registry's refusal as the registry's", () => {
    const d = diagnose(
      'Error from server (BadRequest): error when creating "web.yaml": admission webhook "policy.sigstore.dev" ' +
        'denied the request: validation failed: GET https://fabrikam.azurecr.io/oauth2/token?scope=repository%3Aweb%3Apull' +
        '&service=fabrikam.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.',
    );
    expect(d.verdict).toBe('acr');
  });
});
