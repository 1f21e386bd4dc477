import { diagnose } from '../../../src/diagnosis';
import { unwrapJsonLogLines } from '../../../src/diagnosis/json-log-lines';
import { normalise } from '../../../src/diagnosis/normalise';

const lines = (text: string) => normalise(text).lines;
const firstFamily = (text: string) => diagnose(text).causes[0]?.family;

/** What a Go controller's zap logger prints for an event: the message JSON-escaped among its fields. */
const zap = (message: string, extra = '') =>
  `{"level":"error","ts":"2026-11-02T08:14:03.512Z","caller":"pull/worker.go:88","msg":${JSON.stringify(message)}${extra}}`;

describe('structured log lines read out of their JSON envelope', () => {
  it('puts each message field on lines of its own and keeps the fields that describe the event after the last', () => {
    expect(
      lines(
        zap(
          'Reconciler error',
          ',"error":"unauthorized: authentication required","image":"contoso.azurecr.io/web:1.4"',
        ),
      ),
    ).toEqual(['Reconciler error', 'unauthorized: authentication required image=contoso.azurecr.io/web:1.4']);
  });

  it("leaves out the logger's own marks, so a chat message logged at level error does not read as an error", () => {
    expect(lines(zap('moving the base images from Docker Hub to our registry'))).toEqual([
      'moving the base images from Docker Hub to our registry',
    ]);
  });

  it('reads Serilog, pino and a collector prefix in front of the object alike', () => {
    expect(lines('{"@t":"2026-11-02T08:14:03Z","@l":"Error","@m":"Publishing failed"}')).toEqual([
      'Publishing failed',
    ]);
    expect(
      lines('{"level":50,"time":1793693643000,"pid":7,"hostname":"web-1","msg":"push refused"}'),
    ).toEqual(['push refused']);
    expect(
      lines('2026-11-02T08:14:03.512345678Z stdout F {"severity":"ERROR","message":"pull refused"}'),
    ).toEqual(['stdout F pull refused']);
  });

  it('reads an event a log shipper quoted again as a JSON string', () => {
    const inner = JSON.stringify({ msg: 'Error response from daemon: pull access denied' });
    expect(lines(JSON.stringify(inner))).toEqual(['Error response from daemon: pull access denied']);
    expect(lines(JSON.stringify(JSON.stringify(inner)))).toEqual([
      'Error response from daemon: pull access denied',
    ]);
  });

  it("leaves an API's error body and a body quoted after other words as printed", () => {
    const body =
      '{"code":"AuthorizationFailed","message":"The client \'ci@contoso.com\' does not have authorization"}';
    expect(unwrapJsonLogLines(body)).toBe(body);
    const after = 'DockerApiException: status code=InternalServerError, response={"message":"denied"}';
    expect(unwrapJsonLogLines(after)).toBe(after);
    expect(unwrapJsonLogLines('{"level":"error","ts":1,"msg":"cut off')).toBe(
      '{"level":"error","ts":1,"msg":"cut off',
    );
    expect(unwrapJsonLogLines('{"level":"error","count":3}')).toBe('{"level":"error","count":3}');
  });

  it('diagnoses a message inside a zap event as it diagnoses the message printed bare', () => {
    const kubelet = [
      'Failed to pull image: rpc error: code = Unknown desc = failed to pull and unpack image:',
      'failed to resolve reference: pulling from host failed with status code [manifests 2.1]:',
      '401 Unauthorized',
    ].join('\n');
    expect(firstFamily(zap(kubelet))).toBe('aks-acr-not-attached');
    expect(firstFamily(zap(kubelet))).toBe(firstFamily(kubelet));

    const note = 'The first push failed with an expired ACR token (`authentication required`).';
    expect(firstFamily(zap(note))).toBe('expired-credentials');
    expect(firstFamily(zap(note))).toBe(firstFamily(note));
  });
});
