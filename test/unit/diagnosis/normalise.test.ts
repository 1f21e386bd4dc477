import { normalise } from '../../../src/diagnosis/normalise';
import { MAX_INPUT_CHARS, MAX_LINE_CHARS } from '../../../src/diagnosis/limits';

const lines = (text: string) => normalise(text).lines;

describe('normalise', () => {
  it('removes ANSI colours, including ones whose ESC was lost and caret notation', () => {
    expect(lines('\x1b[31mERROR:\x1b[0m \x1b[1;33mdenied\x1b[0m')).toEqual(['ERROR: denied']);
    expect(lines('[31mError[0m: unauthorized')).toEqual(['Error: unauthorized']);
    expect(lines('^[[31mError^[[0m')).toEqual(['Error']);
    expect(lines('\x1b]0;title\x07az acr login')).toEqual(['az acr login']);
  });

  it('turns the HTML Teams sends into lines and decodes entities', () => {
    const html =
      '<p><at>acr-doctor</at> help me</p><p>Error response from daemon: Get &quot;https://contoso.azurecr.io/v2/&quot;: unauthorized</p><pre><code>line&nbsp;two<br>line three</code></pre>';
    expect(lines(html)).toEqual([
      'acr-doctor help me',
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized',
      'line two',
      'line three',
    ]);
  });

  it('leaves angle brackets alone when the text is not Teams markup', () => {
    expect(lines('Failed to pull image "<acrname>.azurecr.io/<image>:1"')).toEqual([
      'Failed to pull image "<acrname>.azurecr.io/<image>:1"',
    ]);
  });

  it('decodes JSON escapes', () => {
    expect(lines('denied: client with IP \\u00274.3.2.1\\u0027 is not allowed')).toEqual([
      "denied: client with IP '4.3.2.1' is not allowed",
    ]);
    expect(lines('{"detail":"Failed to pull image \\"a.azurecr.io/x:1\\"\\nsecond line"}')).toEqual([
      '{"detail":"Failed to pull image "a.azurecr.io/x:1"',
      'second line"}',
    ]);
    // A line holding nothing but a log message is read out of its envelope (json-log-lines.test.ts).
    expect(lines('{"message":"Failed to pull image \\"a.azurecr.io/x:1\\"\\nsecond line"}')).toEqual([
      'Failed to pull image "a.azurecr.io/x:1"',
      'second line',
    ]);
    expect(lines('double \\\\u0027quoted\\\\u0027')).toEqual(["double 'quoted'"]);
  });

  it('does not break Windows paths apart when the text is not JSON', () => {
    expect(lines('C:\\Windows\\System32\\docker.exe not found')).toEqual([
      'C:\\Windows\\System32\\docker.exe not found',
    ]);
    expect(lines('C:\\Users\\nick\\bin\\az.cmd')).toEqual(['C:\\Users\\nick\\bin\\az.cmd']);
  });

  it('handles CRLF, lone CR, smart quotes, em dashes and invisible characters', () => {
    expect(lines('one\r\ntwo\rthree')).toEqual(['one', 'two', 'three']);
    // Line and paragraph separators from a web page end lines; a mis-decoded ellipsis (NEL) does not.
    expect(lines('denied:\u2028client with IP\u2029refused')).toEqual([
      'denied:',
      'client with IP',
      'refused',
    ]);
    expect(lines('waiting\u0085 done')).toEqual(['waiting done']);
    expect(lines('Access to registry ‘contoso.azurecr.io’ was “denied”')).toEqual([
      'Access to registry \'contoso.azurecr.io\' was "denied"',
    ]);
    expect(lines('docker login —password-stdin')).toEqual(['docker login --password-stdin']);
    expect(lines('az\u200b acr\u00a0login\ufeff')).toEqual(['az acr login']);
  });

  it('drops code fences and collapses blank lines', () => {
    expect(lines('```bash\n$ az acr login -n x\n\n\n\nerror\n```')).toEqual([
      'az acr login -n x',
      '',
      'error',
    ]);
  });

  it.each([
    ['2022-03-29T07:00:30.5006078Z docker: error pulling image', 'docker: error pulling image'],
    [
      '2024-01-01T00:00:00.0000000Z ##[error]Process completed with exit code 1.',
      'Process completed with exit code 1.',
    ],
    [
      '::error file=ci.yml,line=3::unauthorized: authentication required',
      'unauthorized: authentication required',
    ],
    [
      // klog keeps the source file: it names the component (azure_credentials.go: the AKS credential provider).
      'E0316 10:20:30.123456    1234 kuberuntime_manager.go:864] "Failed to pull image"',
      'kuberuntime_manager.go: "Failed to pull image"',
    ],
    ['Jan 02 15:04:05 aks-node-1 kubelet[812]: Failed to pull image', 'kubelet: Failed to pull image'],
    [
      'time="2023-05-01T10:00:00Z" level=error msg="failed to authorize" extra',
      'level=error msg="failed to authorize" extra',
    ],
    [
      // All pairs: read out of them (logfmt-log-lines.test.ts).
      'time="2023-05-01T10:00:00Z" level=error msg="failed to authorize"',
      'failed to authorize',
    ],
    [
      '2022-09-23 04:00:53.806011 An error occurred: DOCKER_COMMAND_ERROR',
      'An error occurred: DOCKER_COMMAND_ERROR',
    ],
    ['2023/01/01 10:00:00 failed to login, ran out of retries', 'failed to login, ran out of retries'],
    ['#12 0.345 ERROR: failed to solve', 'ERROR: failed to solve'],
    ['PS C:\\src> az acr login -n contoso', 'az acr login -n contoso'],
    ['(azure-cli) user@user-sys:~/work$ az acr login --name myregistry', 'az acr login --name myregistry'],
    ['$ docker push example.azurecr.io/nginx', 'docker push example.azurecr.io/nginx'],
    ['(venv) az acr login -n contoso', 'az acr login -n contoso'],
    ['(MyEnv) PS C:\\src> az acr login -n contoso', 'az acr login -n contoso'],
  ])('strips the log prefix of %j', (input, expected) => {
    expect(lines(input)).toEqual([expected]);
  });

  it("keeps az's error code in parentheses: it is part of the message, not a virtualenv prompt (field6 e009)", () => {
    const refusal =
      "(AuthorizationFailed) The client 'dev@contoso.com' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/listBuildSourceUploadUrl/action'";
    expect(lines(refusal)).toEqual([refusal]);
    expect(lines('(ResourceNotFound) The Resource was not found.')).toEqual([
      '(ResourceNotFound) The Resource was not found.',
    ]);
  });

  it('folds the spacing of kubectl event tables and wrapped pastes', () => {
    expect(lines('  Warning  Failed     12s (x2 over 30s)  kubelet  Failed to pull image "a"')).toEqual([
      ' Warning Failed 12s (x2 over 30s) kubelet Failed to pull image "a"',
    ]);
    expect(lines('Could not create a role assignment for  ACR.\tAre you an Owner')).toEqual([
      'Could not create a role assignment for ACR. Are you an Owner',
    ]);
  });

  it('joins a YAML-folded message whose long line stops at a colon, but not a short YAML key', () => {
    const yaml =
      "        message: 'rpc error: code = Unknown desc = failed to authorize: failed to fetch anonymous token:\n" +
      "          unexpected status: 401 Unauthorized'\n" +
      '      waiting:\n' +
      '        reason: ErrImagePull';
    expect(lines(yaml)).toEqual([
      " message: 'rpc error: code = Unknown desc = failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized'",
      ' waiting:',
      ' reason: ErrImagePull',
    ]);
  });

  it('joins a message a framed pane (k9s) wrapped mid-word at its right bar, and leaves a left gutter alone', () => {
    const pane =
      '\u2502 Failed to pull image "x.azurecr.io/team/api:1": failed to resolve reference "x.azurecr.io/te \u2502\n' +
      '\u2502 am/api:1": failed to fetch anonymous token: 401 Unauthorized';
    expect(lines(pane)).toEqual([
      '\u2502 Failed to pull image "x.azurecr.io/team/api:1": failed to resolve reference "x.azurecr.io/team/api:1": failed to fetch anonymous token: 401 Unauthorized',
    ]);
    expect(lines('\u2502 Error: building AzureRM Client\n\u2502\n\u2502   with provider')).toEqual([
      '\u2502 Error: building AzureRM Client',
      '\u2502',
      '\u2502 with provider',
    ]);
  });

  it('splits over-long lines into bounded chunks', () => {
    const out = lines('word '.repeat(10_000));
    expect(out.length).toBeGreaterThan(1);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
  });

  it('reports empty, binary and truncated input', () => {
    expect(normalise('   \n\t ').notices).toEqual([{ kind: 'empty' }]);
    expect(normalise(undefined).notices).toEqual([{ kind: 'empty' }]);
    expect(normalise('\x00\x01\x02\x03binary\x04\x05\x06\x07').notices).toContainEqual({ kind: 'binary' });
    const huge = 'x'.repeat(MAX_INPUT_CHARS + 10);
    expect(normalise(huge).notices).toContainEqual({
      kind: 'truncated',
      originalChars: MAX_INPUT_CHARS + 10,
      keptChars: MAX_INPUT_CHARS,
    });
  });

  it('keeps the end of an over-long log, where errors are', () => {
    const text = 'noise line\n'.repeat(400_000) + 'unauthorized: authentication required';
    expect(lines(text).at(-1)).toBe('unauthorized: authentication required');
  });
});
