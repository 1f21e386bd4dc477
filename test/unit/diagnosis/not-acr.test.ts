/**
 * Look-alikes that are not ACR configuration problems (issue 7 §1): the diagnosis must say "not-acr" for each kind,
 * whatever product or registry the paste happens to mention.
 */
import { diagnose } from '../../../src/diagnosis';

describe('not-ACR look-alikes', () => {
  it.each([
    ['a cobra usage error', '"docker pull" requires exactly 1 argument.\nSee \'docker pull --help\'.'],
    ['an unknown flag', "unknown flag: --pasword\nSee 'docker login --help'."],
    ['an argparse usage error', 'az: error: unrecognized arguments: --sku-name Premium'],
    ['a missing az argument', 'the following arguments are required: --name/-n'],
    [
      'an unregistered resource provider',
      "Error type: MissingSubscriptionRegistration\nThe subscription is not registered to use namespace 'Microsoft.ContainerRegistry'.",
    ],
    [
      'a quota',
      'ERROR: BadRequestError: The requested feature IP rule exceeds allowed quota 100 for the SKU Premium.',
    ],
    ['a binary for another CPU', 'exec /usr/local/bin/docker-entrypoint.sh: exec format error'],
    [
      'a full disk while extracting',
      'failed to register layer: write /usr/lib/x.so: no space left on device',
    ],
    [
      'an API version mismatch',
      'Error response from daemon: client version 1.47 is too new. Maximum supported API version is 1.43',
    ],
  ])('%s', (_what, text) => {
    expect(diagnose(text).verdict).toBe('not-acr');
  });

  it('keeps an argument error of az acr as what it is, not a refusal by the registry', () => {
    const d = diagnose('$ az acr login\nthe following arguments are required: --name/-n');
    expect(d.verdict).toBe('not-acr');
  });
});

describe('Kubernetes errors that are not about a registry', () => {
  it.each([
    'error: You must be logged in to the server (Unauthorized)',
    'Error from server (Forbidden): pods is forbidden: User "dev@contoso.com" cannot list resource "pods" in API group "" in the namespace "default"',
    'Unable to connect to the server: dial tcp 10.0.0.4:443: i/o timeout',
    'Warning  FailedScheduling  default-scheduler  0/3 nodes are available: 3 Insufficient cpu.',
    'Warning  BackOff  kubelet  Back-off restarting failed container api in pod api-7c9d8_default',
    'Warning  Failed  kubelet  Error: secret "app-secrets" not found',
  ])('%s', (text) => {
    expect(diagnose(text).causes[0]?.id).toBe('kubernetes-not-registry');
  });

  it('leaves an image pull failure to the registry causes', () => {
    const d = diagnose(
      'Warning  Failed  kubelet  Failed to pull image "contoso.azurecr.io/api:1": rpc error: code = Unknown desc = failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized\nWarning  BackOff  kubelet  Back-off pulling image "contoso.azurecr.io/api:1"\nError from server (BadRequest): container "api" in pod "api-1" is waiting to start: trying and failing to pull image',
    );
    expect(d.verdict).toBe('acr');
  });
});
