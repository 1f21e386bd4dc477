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
