import { diagnose } from '../../../src/diagnosis';
import { OUTSIDE_REGISTRY_CAUSE } from '../../../src/diagnosis/outside-registry';
import { UNPLACED_FAILURE, UNPLACED_FAILURE_CAUSE } from '../../../src/diagnosis/unplaced-failure';
import { listenDecision } from '../../../src/bot/listen-decision';
import { toContract } from '../../../src/cli/contract';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../../../src/config';

/**
 * The stage after the outside-registry one: a failure in a registry's words that nothing ties to an ACR is said to be
 * another registry's or tool's, at the measured share, never unasked. Every paste here is our own.
 */
describe('a failure in a registry’s words that nothing ties to an ACR', () => {
  it.each([
    [
      'a CI plugin',
      'time="2026-03-02T10:14:07Z" level=fatal msg="registry plugin failed: exit status 2"\nPlugin exited with status 1',
    ],
    [
      'a deployment bot',
      '[deploy-bot] pushing build 4411 to the staging registry\n[deploy-bot] image upload failed, giving up after 3 attempts',
    ],
    ['a credential helper', 'Error: An error occurred while listing credentials from the keychain'],
    ['a machine’s own refusal', 'mkdir /home/ci/.docker: permission denied'],
    ['Russian', 'Ошибка: не удалось скачать образ для сборки'],
  ])('%s: is answered "not tied to an ACR", at the measured share', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.map((c) => c.id)).toEqual([UNPLACED_FAILURE_CAUSE]);
    expect(d.causes[0]?.confidence).toBe(UNPLACED_FAILURE.confidence);
    expect(d.fallback).toEqual({ basis: 'unplaced', line: expect.any(Number) });
    expect(d.causes[0]?.evidence.length).toBe(1);
  });

  it('names the failing line as its evidence and its basis in the CLI contract', () => {
    const d = diagnose(
      'Run ./scripts/publish-image.sh\npublishing orders-web\nerror: publishing the image failed (exit 3)\nError: Process completed with exit code 3.',
    );
    // The log's last failure: the runner's line that stopped the job.
    expect(d.fallback).toEqual({ basis: 'unplaced', line: 4 });
    expect(d.causes[0]?.evidence).toEqual([{ line: 4, text: 'Error: Process completed with exit code 3.' }]);
    expect(toContract(d).basis).toBe('unplaced');
  });

  it('is never answered unasked in a channel', () => {
    const d = diagnose('[deploy-bot] image upload failed, giving up after 3 attempts');
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE).answer).toBe(false);
  });

  it.each([
    // As often the user's ACR as not: these keep "no cause".
    ['a bare "unauthorized"', 'Error: unauthorized when uploading the image'],
    ['an image "not found"', 'Error: the image was not found'],
    ['a login that failed', '$ docker login -u ci-bot --password-stdin\nERROR: docker login failed'],
    // An Azure service pulling for the user: most often its ACR.
    ['App Service', 'App Service: the site container failed to start, image pull failed'],
    ['Container Apps', 'Operation expired'],
    // A registry's network rules are told in ACR's words, often without its name.
    ['a firewall', 'image push failed: blocked by the firewall'],
    ['a private endpoint', 'pull failed: the private endpoint is not approved'],
    // No failure at all.
    ['a question', 'which registry should the staging images go to?'],
  ])('%s: is not read as a failure nothing ties to an ACR', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes.map((c) => c.id)).not.toContain(UNPLACED_FAILURE_CAUSE);
    expect(d.fallback?.basis).not.toBe('unplaced');
  });

  it('leaves a paste that names an ACR to the other stages', () => {
    const d = diagnose('Error: image upload to orders.azurecr.io failed, giving up after 3 attempts');
    expect(d.causes.map((c) => c.id)).not.toContain(UNPLACED_FAILURE_CAUSE);
    expect(d.verdict).toBe('acr');
  });

  it('leaves a failure in no word of a registry’s world to the outside-registry stage', () => {
    const d = diagnose('npm ERR! code ELIFECYCLE\nnpm ERR! orders-web@3.2.0 build: `vite build` failed');
    expect(d.causes.map((c) => c.id)).toEqual([OUTSIDE_REGISTRY_CAUSE]);
  });

  it('never joins causes the rules found', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://orders.azurecr.io/v2/": unauthorized: authentication required',
    );
    expect(d.causes.map((c) => c.id)).not.toContain(UNPLACED_FAILURE_CAUSE);
  });
});
