import { diagnose } from '../../../src/diagnosis';
import { decodeJsonEscapes } from '../../../src/diagnosis/escapes';
import { joinHardWrapped, joinOpenQuotes, joinProseWrapped } from '../../../src/diagnosis/folding';

/**
 * What the way to the chat does to a message (found by `npm run bench:rewrap`): a long build log in front of it, and
 * escaping applied twice. Neither may change what the message means.
 */

const BUILD_THAT_WENT_THROUGH = [
  'Sending build context to Docker daemon  14.3kB',
  'Step 1/4 : FROM mcr.microsoft.com/dotnet/runtime:8.0',
  ' ---> 3e1d2c4b5a69',
  'Step 2/4 : WORKDIR /app',
  ' ---> Using cache',
  ' ---> 7f8e9d0c1b2a',
  'Step 3/4 : COPY out/ .',
  ' ---> 0a1b2c3d4e5f',
  'Step 4/4 : ENTRYPOINT ["dotnet", "Worker.dll"]',
  ' ---> Running in 5e6f7a8b9c0d',
  'Successfully built 9f8e7d6c5b4a',
];

const BUILDKIT_THAT_WENT_THROUGH = [
  '#3 [internal] load metadata for docker.io/library/python:3.12-slim',
  '#3 DONE 0.9s',
  '#5 [1/3] FROM docker.io/library/python:3.12-slim@sha256:0b8f1e2d3c4a5b6978695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d',
  '#5 CACHED',
  '#6 [2/3] RUN pip install --no-cache-dir -r requirements.txt',
  '#6 DONE 14.2s',
];

describe('a base image named by a build step that went through', () => {
  const exchange401 =
    'failed to unmarshal task before running: failed to resolve secrets: failed to get ACR refresh token, exchange ' +
    'API response code: 401 Unauthorized';

  it("is not where the failure is: MCR in a classic builder's log does not make ACR Tasks' refusal another registry's", () => {
    const alone = diagnose(exchange401);
    const inLog = diagnose([...BUILD_THAT_WENT_THROUGH, exchange401].join('\n'));
    expect(inLog.verdict).toBe('acr');
    expect(inLog.causes[0]?.id).toBe(alone.causes[0]?.id);
    expect(inLog.causes.map((c) => c.id)).not.toContain('non-acr-registry');
  });

  it("is not where the failure is in BuildKit's log either", () => {
    const push =
      'ERROR: failed to push: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more ' +
      'information.';
    const alone = diagnose(push);
    const inLog = diagnose([...BUILDKIT_THAT_WENT_THROUGH, push].join('\n'));
    expect(inLog.verdict).toBe('acr');
    expect(inLog.causes[0]?.id).toBe(alone.causes[0]?.id);
  });

  it('is where the failure is when the base-image step itself failed', () => {
    const d = diagnose(
      [
        'Step 1/4 : FROM quay.io/fabrikam/base:2.1',
        'Get "https://quay.io/v2/fabrikam/base/manifests/2.1": unauthorized: access to the requested resource is not authorized',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('still counts a registry the paste names elsewhere, on a line that is no build step', () => {
    const d = diagnose(
      [
        ...BUILD_THAT_WENT_THROUGH,
        'The push refers to repository [mcr.microsoft.com/fabrikam/worker]',
        'denied: requested access to the resource is denied',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
  });
});

describe('text escaped twice (a JSON log quoted inside another JSON string)', () => {
  it('is decoded level by level until no quote is escaped', () => {
    expect(
      decodeJsonEscapes('{\\"msg\\":\\"Get \\\\\\"https://x.azurecr.io/v2/\\\\\\": unauthorized\\"}'),
    ).toBe('{"msg":"Get "https://x.azurecr.io/v2/": unauthorized"}');
  });

  it('keeps an escaped backslash before a letter a backslash, not a new line', () => {
    expect(decodeJsonEscapes('{\\"path\\":\\"C:\\\\new\\\\tools\\"}')).toBe('{"path":"C:\\new\\tools"}');
  });

  it("reads Ansible's docker_login failure (the Engine's message escaped inside the module's JSON result)", () => {
    const escapedTwice =
      'fatal: [build01]: FAILED! => {"changed": false, "msg": "Logging into https://fabrikam.azurecr.io for user ' +
      'fabrikam failed - 401 Client Error for http+docker://localhost/v1.45/auth: Unauthorized (\\"Get ' +
      '\\\\\\"https://fabrikam.azurecr.io/v2/\\\\\\": unauthorized: authentication required, visit ' +
      'https://aka.ms/acr/authorization for more information.\\")"}';
    const plain =
      'Get "https://fabrikam.azurecr.io/v2/": unauthorized: authentication required, visit ' +
      'https://aka.ms/acr/authorization for more information.';
    const d = diagnose(escapedTwice);
    expect(d.text).toContain(plain);
    expect(d.causes[0]?.family).toBe('invalid-credentials');
  });
});

describe('prose an editor wrapped at a fixed width (a commit message, a note)', () => {
  const note = [
    'Fix the release job: the registry was switched to selected networks by the policy',
    'rollout on Monday, so every push from the hosted runners failed with denied: client with',
    "IP '198.51.100.23' is not allowed access. Refer https://aka.ms/acr/firewall to grant",
    'access. The runner ranges are now in the network rules.',
  ].join('\n');

  it('joins the lines a sentence was cut over, so the quoted error reads whole', () => {
    const d = diagnose(note);
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
    expect(d.text).toContain("denied: client with IP '198.51.100.23' is not allowed access.");
  });

  it('leaves log records, list items and finished sentences apart', () => {
    const log = [
      '2026-03-01T10:12:13Z pulling contoso.azurecr.io/web:4.1 for deployment web in namespace shop',
      '2026-03-01T10:12:14Z failed to pull contoso.azurecr.io/web:4.1 after 3 attempts, giving up now',
      '2026-03-01T10:12:15Z pulling contoso.azurecr.io/api:2.0 for deployment api in namespace shop',
    ];
    expect(joinProseWrapped(log)).toEqual(log);
    const list = [
      'The pipeline needs these before it can push to the registry from the hosted agents and',
      '- the AcrPush role for the service connection on the registry resource itself, and',
      '- the agent ranges in the network rules, or a self-hosted agent inside the network',
    ];
    expect(joinProseWrapped(list)).toEqual(list);
    const sentences = [
      'The image was pushed to the registry from the build agent in the west region today.',
      'the deployment picked it up twenty minutes later from the east region replica fine.',
      'nothing else changed on the cluster or in the network rules of the registry itself.',
    ];
    expect(joinProseWrapped(sentences)).toEqual(sentences);
  });

  it("never continues a command typed at a prompt with the command's output", () => {
    const session = [
      '$ docker service create --name orders --replicas 3 fabrikam.azurecr.io/orders:5.1.0',
      'image fabrikam.azurecr.io/orders:5.1.0 could not be accessed on a registry to record',
      'its digest. Each node will access fabrikam.azurecr.io/orders:5.1.0 independently,',
      'possibly leading to different nodes running different versions of the image now.',
    ];
    expect(joinProseWrapped(session)[0]).toBe(session[0]);
    const powershell = [
      'PS C:\\src\\shop> docker push fabrikam.azurecr.io/shop/web:2.4 --all-tags --quiet now',
      'unauthorized: authentication required, visit https://aka.ms/acr/authorization for',
      'more information about the registry and the roles it needs for a push like this one',
    ];
    expect(joinProseWrapped(powershell)[0]).toBe(powershell[0]);
    const bash = [
      'root@build-01:~/shop# docker pull fabrikam.azurecr.io/shop/web:2.4 --platform linux/amd64 now',
      'error response from daemon: received unexpected http status: 503 service unavailable from',
      'the registry while the pipeline was pulling the base image for the nightly build job today',
    ];
    expect(joinProseWrapped(bash)[0]).toBe(bash[0]);
  });

  it('joins a short note cut once, and an error chain cut after a colon', () => {
    const once = [
      'Error Message: Azure App service currently only supports running images',
      'from Azure Container Registries with admin enabled',
    ];
    expect(joinProseWrapped(once)).toEqual([once.join(' ')]);
    const chain = [
      'failed to login, ran out of retries: failed to set docker credentials:',
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": denied:',
      "client with IP '203.0.113.7' is not allowed access.",
    ];
    expect(joinProseWrapped(chain)).toEqual([chain.join(' ')]);
  });

  // bench:rewrap's "wrapped at 72, at spaces": an editor leaves a word longer than its width whole, past the width.
  it('measures the width without a URL that overflowed it', () => {
    const wrapped = [
      'Failed to pull image "contoso.azurecr.io/team/api:1.4.2": rpc error:',
      'code = Unknown desc = failed to pull and unpack image',
      '"contoso.azurecr.io/team/api:1.4.2": failed to resolve reference',
      '"contoso.azurecr.io/team/api:1.4.2": failed to authorize: failed to',
      'fetch anonymous token: unexpected status from GET request to',
      'https://contoso.azurecr.io/oauth2/token?scope=repository%3Ateam%2Fapi%3Apull&service=contoso.azurecr.io: 401 Unauthorized',
    ];
    expect(joinProseWrapped(wrapped)).toEqual([wrapped.join(' ')]);
  });

  it('joins a line that stops short because its next word (a URL) would not have fit', () => {
    const wrapped = [
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/":',
      'unauthorized: authentication required, visit',
      'https://aka.ms/acr/authorization for more information.',
    ];
    expect(joinProseWrapped(wrapped)).toEqual([wrapped.join(' ')]);
    expect(diagnose(wrapped.join('\n')).causes[0]?.family).toBe(
      diagnose(wrapped.join(' ')).causes[0]?.family,
    );
  });

  it('carries on after a URL that had a line to itself, but never after a base64 block', () => {
    const wrapped = [
      'Error: authenticating to "contoso.azurecr.io": GET',
      '"https://contoso.azurecr.io/v2/": GET',
      '"https://contoso.azurecr.io/oauth2/token?service=contoso.azurecr.io":',
      'response status code 401: unauthorized: authentication required, visit',
      'https://aka.ms/acr/authorization for more information.',
    ];
    expect(joinProseWrapped(wrapped)).toEqual([wrapped.join(' ')]);
    const key = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun';
    const block = [
      'The key the pipeline used, first lines only, so you can see which one:',
      key,
      key,
      'end.',
    ];
    expect(joinProseWrapped(block)).toEqual(block);
  });

  it('keeps two records of a short log apart when the second chains "a: b"', () => {
    const records = [
      'web  | 1.01s standard_init_linux.go:228: exec user process caused: exec format error',
      'exec /usr/local/bin/docker-entrypoint.sh: exec format error (the image was built for arm64)',
    ];
    expect(joinProseWrapped(records)).toEqual(records);
  });

  it('never continues a time-stamped log record as prose', () => {
    const records = [
      '2024-03-11 09:14:52.118342 An error occurred: DOCKER_COMMAND_ERROR',
      'Please verify if Docker client is installed and running.',
    ];
    expect(joinProseWrapped(records)).toEqual(records);
  });

  // bench:rewrap's "wrapped at 72": a note quoting an App Service log, its records cut mid-sentence by the editor.
  it('continues a time-stamped record that an editor cut mid-sentence, in lower case', () => {
    const note = [
      '2023-02-24T10:12:49.835Z ERROR - DockerApiException: Docker API',
      'responded with status code=InternalServerError, response={"message":"Get',
      'https://contoso.azurecr.io/v2/web/manifests/latest: unauthorized:',
      'authentication required."}',
      '2023-02-24T10:12:49.843Z ERROR - Image pull failed: Verify docker image',
      'configuration and credentials (if using private repository)',
    ];
    const joined = joinProseWrapped(note);
    expect(joined).toContain(
      '2023-02-24T10:12:49.843Z ERROR - Image pull failed: Verify docker image configuration and credentials (if using private repository)',
    );
    expect(joined.filter((l) => l.startsWith('2023-02-24'))).toHaveLength(2);
  });

  it('leaves a paste alone whose widest line is not an editor width', () => {
    const wide = ['x'.repeat(150) + ' and', 'more words here', 'y'.repeat(140) + ' then', 'the rest'];
    expect(joinProseWrapped(wide)).toEqual(wide);
  });
});

describe('lines a console cut at its width, mid-word', () => {
  /** Cuts every line into pieces of `width` characters, as a console or a log viewer does. */
  const cut = (lines: readonly string[], width: number) =>
    lines.flatMap((l) => {
      const pieces: string[] = [];
      for (let i = 0; i < l.length; i += width) pieces.push(l.slice(i, i + width));
      return pieces.length === 0 ? [''] : pieces;
    });
  const kubelet = [
    'Events:',
    '  Warning  Failed     12s (x3 over 51s)  kubelet  Failed to pull image "contoso.azurecr.io/shop/web:4.1": failed to pull and unpack image "contoso.azurecr.io/shop/web:4.1": failed to resolve reference "contoso.azurecr.io/shop/web:4.1": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://contoso.azurecr.io/oauth2/token?scope=repository%3Ashop%2Fweb%3Apull&service=contoso.azurecr.io: 401 Unauthorized',
    '  Warning  Failed     12s (x3 over 51s)  kubelet  Error: ErrImagePull',
  ];

  it.each([80, 120, 132])('joins the pieces back at %i columns, exactly as they were', (width) => {
    expect(joinHardWrapped(cut(kubelet, width))).toEqual(kubelet);
  });

  it('reads a cut kubelet event as the whole one', () => {
    const whole = diagnose(kubelet.join('\n'));
    const wrapped = diagnose(cut(kubelet, 80).join('\n'));
    expect(wrapped.causes.map((c) => c.id)).toEqual(whole.causes.map((c) => c.id));
    expect(wrapped.text).toContain('failed to fetch anonymous token: unexpected status from GET request');
  });

  it('joins one line at a console width only inside a word', () => {
    const once = ['x'.repeat(64) + ' failed to resol', 've reference "contoso.azurecr.io/web:4.1"'];
    expect(joinHardWrapped(once)).toEqual([once.join('')]);
    const ends = ['y'.repeat(77) + 'ok.', 'npm ERR! code E401'];
    expect(joinHardWrapped(ends)).toEqual(ends);
  });

  // bench:rewrap's "wrapped at 120": the cut fell inside ACR's upper-case code, or just after a space.
  it('joins one line cut inside a registry code, or right after a blank', () => {
    const code = [
      'Error: GET https://contoso.azurecr.io/oauth2/token?scope=repository%3Ateam%2Fapi%3Apull&service=contoso.azurecr.io: UNAU',
      'THORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.',
    ];
    expect(joinHardWrapped(code)).toEqual([code.join('')]);
    const blank = [
      'E0311 09:14:52.301277   31412 azure_credentials.go:181] failed to receive challenge: registry did not issue a valid AAD ',
      'challenge, status: 200',
    ];
    expect(joinHardWrapped(blank)).toEqual([blank.join('')]);
    const before = [
      'failed to login, ran out of retries: failed to set docker credentials: Error: Cannot perform an interactive login from a',
      ' non TTY device',
    ];
    expect(joinHardWrapped(before)).toEqual([before.join('')]);
    const word = ['z'.repeat(116) + ' ACR', 'ERROR: the next record'];
    expect(joinHardWrapped(word)).toEqual(word);
  });

  it('leaves prose an editor wrapped at spaces, padded rows, new records and capitals apart', () => {
    const prose = [
      'The push from the hosted agents failed again this morning with the same',
      'denied message from the registry, and the retry did not help at all; so',
      'we added the agent ranges to the network rules and it went through fine',
      'after that, with nothing else changed in the pipeline or on the registry.',
    ];
    expect(joinHardWrapped(prose)).toEqual(prose);
    const padded = [
      'PS C:\\> docker login contoso.azurecr.io'.padEnd(80),
      'Login Succeeded'.padEnd(80),
      'next',
    ];
    expect(joinHardWrapped(padded)).toEqual(padded);
    const records = [
      '2026-03-01T10:12:14Z failed to pull contoso.azurecr.io/web:4.1 after 3 attempts: 401 Unauthorized!!',
      '2026-03-01T10:12:15Z failed to pull contoso.azurecr.io/api:2.0 after 3 attempts: 401 Unauthorized!!',
      '2026-03-01T10:12:16Z giving up',
    ];
    expect(joinHardWrapped(records)).toEqual(records);
    const repeated = [
      'Readiness probe failed: Get "http://10.0.171.162:8080/healthz": dial tcp 10.0.171.162:8080: refused',
      'Readiness probe failed: Get "http://10.0.171.162:8080/healthz": dial tcp 10.0.171.162:8080: refused',
    ];
    expect(joinHardWrapped(repeated)).toEqual(repeated);
  });
});

describe('a quotation broken over two lines (a chat window, a short note)', () => {
  it('joins the line that leaves a quote open with the one that closes it', () => {
    const d = diagnose(
      "Two deploys in a row failed at the push with 'client with IP\n… is not allowed access'.",
    );
    expect(d.text).toContain("'client with IP ... is not allowed access'");
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
    expect(
      joinOpenQuotes(['the pull said "failed to fetch anonymous', 'token: 401 Unauthorized" again']),
    ).toEqual(['the pull said "failed to fetch anonymous token: 401 Unauthorized" again']);
  });

  it('leaves apostrophes, closed quotes and lines that close nothing apart', () => {
    const apostrophes = ["the agent's IP isn't in the rules", "and it's the runner's pool"];
    expect(joinOpenQuotes(apostrophes)).toEqual(apostrophes);
    const closed = ['Error: "denied" from the registry', 'then "unauthorized" on retry'];
    expect(joinOpenQuotes(closed)).toEqual(closed);
    const open = ['msg="pull failed', 'next record without quotes'];
    expect(joinOpenQuotes(open)).toEqual(open);
  });

  it('joins a quotation an editor wrapped over three or four lines (an indented JSON message)', () => {
    const json = [
      '    "message": "The request content was invalid and could not be',
      "deserialized: 'Required property 'server' not found in JSON. Path",
      "'properties.imageRegistryCredentials[0]', line 1, position 586.'.\"",
      '  }',
    ];
    expect(joinOpenQuotes(json)).toEqual([
      "    \"message\": \"The request content was invalid and could not be deserialized: 'Required property 'server' not found in JSON. Path 'properties.imageRegistryCredentials[0]', line 1, position 586.'.\"",
      '  }',
    ]);
  });

  it('leaves a quotation open when no line within reach closes it, or a blank line or another quote comes first', () => {
    const far = ['msg="pull failed', 'one', 'two', 'three', 'closes" here'];
    expect(joinOpenQuotes(far)).toEqual(far);
    const blank = ['msg="pull failed', '', 'closes" here'];
    expect(joinOpenQuotes(blank)).toEqual(blank);
    const other = ['msg="pull failed', 'level=info msg="next record"', 'x" y'];
    expect(joinOpenQuotes(other)).toEqual(other);
  });

  it('reads logs of more than 200 lines as they are', () => {
    const log = Array.from({ length: 201 }, (_, i) => (i % 2 === 0 ? `line ${i} "opens` : `closes" ${i}`));
    expect(joinOpenQuotes(log)).toEqual(log);
  });
});
