import { diagnose } from '../../../src/diagnosis';
import { unwrapLogfmtLines } from '../../../src/diagnosis/logfmt-log-lines';
import { normalise } from '../../../src/diagnosis/normalise';

const lines = (text: string) => normalise(text).lines;
const firstFamily = (text: string) => diagnose(text).causes[0]?.family;

/** What a Go service logging with logrus prints for each line it reports: the line quoted, its quotes escaped. */
const logrus = (text: string) =>
  text
    .split('\n')
    .map(
      (line) =>
        `time="2026-11-02T08:14:03Z" level=error msg="${line.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    )
    .join('\n');

describe('logfmt log lines read out of their pairs', () => {
  it("reads containerd's event on a node: the process named, the message unquoted, its error on a line of its own", () => {
    const journal =
      'Mar 03 16:56:12 aks-nodepool1-000000 containerd[4953]: time="2026-03-03T16:56:12.609386516Z" level=error ' +
      'msg="PullImage \\"contosoprod.azurecr.io/api:2.3.1\\" failed" error="failed to authorize: failed to fetch ' +
      'anonymous token: unexpected status: 401 Unauthorized"';
    expect(lines(journal)).toEqual([
      'containerd: PullImage "contosoprod.azurecr.io/api:2.3.1" failed',
      'failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    ]);
  });

  it('keeps the fields that describe the event after its message, and leaves out level, time and caller', () => {
    expect(
      lines(
        'level=warning ts=2026-11-02T08:14:03Z caller=scan.go:51 msg="Could not list tags" registry=contoso.azurecr.io image_tag=1.4',
      ),
    ).toEqual(['Could not list tags registry=contoso.azurecr.io image_tag=1.4']);
  });

  it("leaves Go's other escapes for the JSON-escape pass, which reads them", () => {
    expect(lines('level=error msg="pull of \\u0027web\\u0027 refused:\\n401 Unauthorized"')).toEqual([
      "pull of 'web' refused:",
      '401 Unauthorized',
    ]);
  });

  it('leaves a line alone unless all of it from the first mark on is pairs with a level and a message', () => {
    for (const line of [
      'level=error msg="unterminated',
      'level=error msg="closed"and more',
      'level=error count=3',
      'time="2026-11-02T08:14:03Z" msg="no level here"',
      'the level=error setting makes msg= lines noisy',
    ])
      expect(unwrapLogfmtLines(line)).toBe(line);
  });

  it('diagnoses what a logrus service reported as it diagnoses the lines printed bare', () => {
    const kubelet = [
      'Failed to pull image: rpc error: code = Unknown desc = failed to pull and unpack image:',
      'failed to resolve reference: pulling from host failed with status code [manifests 2.1]:',
      '401 Unauthorized',
    ].join('\n');
    expect(firstFamily(logrus(kubelet))).toBe('aks-acr-not-attached');
    expect(firstFamily(logrus(kubelet))).toBe(firstFamily(kubelet));
    const note = 'Previous registry contosoold no longer exists.';
    expect(firstFamily(logrus(note))).toBe('wrong-registry-name-or-not-found');
  });
});
