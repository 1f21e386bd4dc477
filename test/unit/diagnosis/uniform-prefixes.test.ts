import { diagnose } from '../../../src/diagnosis';
import { normalise } from '../../../src/diagnosis/normalise';
import { stripUniformPrefixes } from '../../../src/diagnosis/uniform-prefixes';

const stamp = (i: number) => `2026-11-02T08:14:03.123456${i}Z `;
const stamped = (lines: readonly string[]) => lines.map((line, i) => `${stamp(i)}${line}`).join('\n');

const EVENT = [
  'Events:',
  '  Warning  Failed  12s  kubelet  Failed to pull image "contosoprod.azurecr.io/api:2.3.1":',
  '  failed to authorize: failed to fetch anonymous token:',
  '  unexpected status from GET request to https://contosoprod.azurecr.io/oauth2/token:',
  '  401 Unauthorized',
];

describe("a runner's mark on every line", () => {
  it('is taken off before folded lines are joined, so a kubectl event in a raw CI log reads as printed bare', () => {
    const bare = EVENT.join('\n');
    expect(normalise(stamped(EVENT)).lines).toEqual(normalise(bare).lines);
    const d = diagnose(stamped(EVENT));
    expect(d.causes[0]?.family).toBe('aks-acr-not-attached');
    expect(d.causes[0]?.family).toBe(diagnose(bare).causes[0]?.family);
  });

  it("takes off Azure Pipelines' annotation on every line too, and still spells out the task's bare keys", () => {
    const log = stamped([
      "##[error]Can't find loc string for key: DockerRegistryNotFound",
      '##[error]DockerRegistryNotFound',
    ]);
    expect(normalise(log).lines).toEqual([
      "Can't find loc string for key: DockerRegistryNotFound (docker registry not found)",
      'DockerRegistryNotFound (docker registry not found)',
    ]);
    expect(stripUniformPrefixes(log.split('\n')).annotated).toBe(true);
  });

  it('leaves the marks where only some lines carry one: there each marks where a record starts', () => {
    const appLog = [
      '2026-11-02T08:14:03.1234567Z ERROR pull failed',
      '  at Puller.run (puller.js:10)',
      '2026-11-02T08:14:04.1234567Z INFO retrying',
    ];
    expect(stripUniformPrefixes(appLog)).toEqual({ lines: appLog, annotated: false });
    const oneLine = ['2026-11-02T08:14:03.1234567Z unauthorized: authentication required'];
    expect(stripUniformPrefixes(oneLine).lines).toEqual(oneLine);
  });

  it('counts blank lines as neither marked nor unmarked', () => {
    expect(stripUniformPrefixes([`${stamp(1)}first`, '', `${stamp(2)}second`]).lines).toEqual([
      'first',
      '',
      'second',
    ]);
  });
});
