import { diagnose } from '../../../src/diagnosis';
import { OUTSIDE_REGISTRY, OUTSIDE_REGISTRY_CAUSE } from '../../../src/diagnosis/outside-registry';
import { listenDecision } from '../../../src/bot/listen-decision';
import { toContract } from '../../../src/cli/contract';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../../../src/config';

/**
 * The last fallback: a failure told in no word of a registry's world is another program's, said at the measured
 * share, never unasked. Every paste here is our own.
 */
describe('a failure told in no word of a registry’s world', () => {
  it.each([
    [
      'npm',
      'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.3.1',
    ],
    [
      'Terraform',
      '│ Error: Unsupported argument\n│\n│   on main.tf line 12, in module "network":\n│   12:   enable_ddos = true',
    ],
    [
      '.NET',
      "Unhandled exception. System.IO.FileNotFoundException: Could not load file or assembly 'Orders.Core, Version=2.1.0.0'",
    ],
    [
      'a test run',
      'FAIL src/cart.test.ts\n  ● Cart › applies discount codes\n    expect(received).toBe(expected)\nTests: 1 failed, 212 passed',
    ],
    ['German', 'Fehler beim Kompilieren: Datei main.c, Zeile 14: unbekannter Bezeichner'],
    ['Chinese', '构建失败：找不到模块 orders-core'],
  ])('%s: is answered "not an ACR problem", at the measured share', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.map((c) => c.id)).toEqual([OUTSIDE_REGISTRY_CAUSE]);
    expect(d.causes[0]?.confidence).toBe(OUTSIDE_REGISTRY.confidence);
    expect(d.fallback).toEqual({ basis: 'outside', line: expect.any(Number) });
    // Its evidence is the failure's own line.
    expect(d.causes[0]?.evidence.length).toBe(1);
  });

  it.each([
    [
      'a Dockerfile step',
      'docker build -t orders .\nStep 7/12 : RUN ./gradlew build\nFAILURE: Build failed with an exception.',
    ],
    [
      'a container',
      'container orders failed: sqlalchemy.exc.OperationalError: could not translate column type',
    ],
    [
      'a rollout',
      'kubectl rollout status deploy/orders\nerror: deployment "orders" exceeded its progress deadline',
    ],
    [
      'a chart',
      'helm upgrade orders ./chart\nError: UPGRADE FAILED: template: orders/templates/job.yaml:9:12: nil pointer evaluating .Values.db',
    ],
    ['Russian', 'Контейнер не запустился: ошибка в файле настроек, строка 12'],
    [
      'a revision that failed at start',
      'The new revision of orders-api keeps failing: settings.toml not found',
    ],
  ])('%s: a container’s or a build’s own failure is another program’s too', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.map((c) => c.id)).toEqual([OUTSIDE_REGISTRY_CAUSE]);
  });

  it('names the failing line as its evidence and its basis in the CLI contract', () => {
    const d = diagnose(
      'building orders-web\nnpm ERR! code ELIFECYCLE\nnpm ERR! orders-web@3.2.0 build: `vite build` failed',
    );
    expect(d.fallback).toEqual({ basis: 'outside', line: 3 });
    expect(d.causes[0]?.evidence[0]?.text).toContain('failed');
    expect(toContract(d).basis).toBe('outside');
  });

  it('is never answered unasked in a channel', () => {
    const d = diagnose('npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree');
    expect(listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE).answer).toBe(false);
  });

  it.each([
    // No failure at all: chatter stays "no error found".
    ['chatter', 'thanks, that worked 🙏'],
    ['a question', 'how do I rerun only the jobs that broke?'],
    // A word of the registry's world, in any language: never "another program's" (a failure among these words that
    // nothing ties to an ACR is the next stage's: unplaced-failure.test.ts).
    ['an image', 'Error: the image could not be started'],
    ['a sign-in', 'Error: sign-in failed for the deployment'],
    ['a refusal', 'request failed with status 403'],
    ['a token', 'failed to acquire token'],
    ['Container Apps', 'Operation expired'],
    ['Russian', 'Ошибка: не удалось скачать образ'],
    ['Japanese', 'エラー: イメージをプルできません'],
    ['a registry client', 'Error: oras copy failed: not found'],
    ['an identity', 'failed to get matching identities for pod: context canceled'],
    ['a network rule', 'Error: client IP not allowed access'],
  ])('%s: is not read as another program’s failure', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes.map((c) => c.id)).not.toContain(OUTSIDE_REGISTRY_CAUSE);
    expect(d.fallback?.basis).not.toBe('outside');
  });

  it('leaves a paste that names a registry to the other stages', () => {
    const d = diagnose('Error: failed to resolve orders.azurecr.io: server misbehaving');
    expect(d.causes.map((c) => c.id)).not.toContain(OUTSIDE_REGISTRY_CAUSE);
  });

  it('never joins causes the rules found', () => {
    // A Resource Manager code another resource owns: the rules' answer, alone.
    const d = diagnose(
      "ERROR: (ManagedEnvironmentNotFound)\nThe managed environment 'cae-orders' was not found.",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.map((c) => c.id)).not.toContain(OUTSIDE_REGISTRY_CAUSE);
  });
});
