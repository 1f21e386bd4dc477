import { execFileSync, spawnSync } from 'child_process';
import { join } from 'path';
import { Readable } from 'stream';
import { main, type CliIo } from '../../../src/cli/main';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'samples', 'az-acr-login-403.txt');

async function run(
  argv: string[],
  stdin = '',
  options: { tty?: boolean; env?: Record<string, string> } = {},
) {
  let out = '';
  let err = '';
  const input = Readable.from([stdin]) as Readable & { isTTY?: boolean };
  input.isTTY = false;
  const io: CliIo = {
    stdin: input,
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdoutIsTty: options.tty ?? false,
    env: options.env ?? {},
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('acr-doctor diagnose', () => {
  it('prints a readable report for a file', async () => {
    const { code, out } = await run(['diagnose', SAMPLE]);
    expect(code).toBe(0);
    expect(out).toContain('Public network access is disabled');
    expect(out).toContain('az acr update -n contoso --public-network-enabled true');
    expect(out).not.toContain('\x1b['); // no colour when stdout is not a terminal
    expect(out).toContain('CONNECTIVITY_REFRESH_TOKEN_ERROR: Exchanging your Entra token'); // what the code means
  });

  it('colours the report on a terminal unless NO_COLOR is set', async () => {
    expect((await run(['diagnose', SAMPLE], '', { tty: true })).out).toContain('\x1b[');
    expect((await run(['diagnose', SAMPLE], '', { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain(
      '\x1b[',
    );
  });

  it('speaks Russian with --lang ru', async () => {
    const { out } = await run(['diagnose', '--lang', 'ru', SAMPLE]);
    expect(out).toContain('Публичный сетевой доступ к реестру отключён');
  });

  it('reads standard input and prints one JSON result with --json', async () => {
    const { code, out } = await run(
      ['diagnose', '--json'],
      "denied: client with IP '20.1.2.3' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    );
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual([
      'verdict',
      'notAcrReason',
      'causes',
      'signals',
      'secrets',
      'ambiguous',
      'candidates',
      'checks',
      'basis',
    ]);
    expect(result.basis).toBe('rules');
    expect(result.notAcrReason).toBeNull();
    expect(typeof result.ambiguous).toBe('boolean');
    expect(Array.isArray(result.candidates)).toBe(true);
    expect(result.causes[0]).toEqual({
      id: expect.any(String),
      family: expect.any(String),
      confidence: expect.any(Number),
      evidence: expect.any(Array),
    });
    expect(result.signals.clientIps).toEqual(['20.1.2.3']);
  });

  it('says why a verdict is not ACR, in the report and in --json', async () => {
    const paste =
      'Pulling sqldata (mcr.microsoft.com/mssql/server:2022-latest)...\n' +
      'ERROR: Get "https://mcr.microsoft.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority';
    const json = JSON.parse((await run(['diagnose', '--json'], paste)).out);
    expect(json.verdict).toBe('not-acr');
    expect(json.notAcrReason).toBe('other-registry');
    expect(json.causes[0].family).toBe('tls-or-proxy-interception');
    const en = (await run(['diagnose'], paste)).out;
    expect(en).toContain('Not your ACR: another registry failed');
    expect(en).toContain('The registry in this paste is not an ACR; what failed there is:');
    const ru = (await run(['diagnose', '--lang', 'ru'], paste)).out;
    expect(ru).toContain('Дело не в вашем ACR: сбой в другом реестре');
  });

  it('says which kind of not-ACR a verdict is: a look-alike, or no registry reached at all', async () => {
    const signIn = await run(
      ['diagnose'],
      "Run azure/login@v2\nError: AADSTS7000222: The provided client secret keys for app 'x' are expired.",
    );
    expect(signIn.out).toContain('Not a registry failure');
    expect(signIn.out).toContain('No registry appears in this paste; what failed is:');
    const lookAlike = await run(
      ['diagnose'],
      'toomanyrequests: You have reached your pull rate limit. https://www.docker.com/increase-rate-limit',
    );
    expect(lookAlike.out).toContain('Not an ACR access problem');
    expect(lookAlike.out).toContain('This is not an ACR access problem; it is:');
  });

  it('answers one line per input line with --jsonl, and says which lines were bad', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'An error occurred: DOCKER_COMMAND_ERROR' }),
      'not json',
      JSON.stringify({ id: 7, note: 'no text' }),
      '',
      JSON.stringify({
        id: 'b',
        text: 'docker login -u x -p hunter2hunter2 r.azurecr.io\nunauthorized: authentication required',
      }),
    ].join('\n');
    const { code, out, err } = await run(['diagnose', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'b']);
    expect(lines[0].verdict).toBe('acr');
    expect(lines[1].error).toBe('not valid JSON');
    expect(lines[2].error).toContain('text');
    expect(lines[3].secrets).toBe(1);
    expect(out).not.toContain('hunter2hunter2');
    expect(err).toContain('2 input line(s)');
  });

  it('does not let pasted control characters reach the terminal', async () => {
    const { out } = await run(
      ['diagnose'],
      'unauthorized: authentication required \x07\x1b]0;owned\x07 contoso.azurecr.io',
    );
    expect(out).not.toContain('\x07');
    expect(out).not.toContain('\x1b]');
  });

  it('explains usage mistakes with exit code 2 and unreadable input with 3', async () => {
    expect((await run(['diagnose', '--lang', 'fr'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['diagnose', 'a', 'b'])).code).toBe(2);
    const missing = await run(['diagnose', join(ROOT, 'no-such-file.txt')]);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('cannot read');
    for (const file of [join(ROOT, 'no-such-file.jsonl'), ROOT]) {
      const jsonl = await run(['diagnose', '--jsonl', file]);
      expect(jsonl.code).toBe(3);
      expect(jsonl.err).toContain('cannot read');
    }
  });

  it('prints help and the version', async () => {
    expect((await run(['--help'])).out).toContain('acr-doctor diagnose [FILE|-]');
    expect((await run(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the acr-doctor executable', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const cli = join(ROOT, 'src', 'cli.ts');

  it('exits 0 with a report for a file', () => {
    const out = execFileSync(tsx, [cli, 'diagnose', SAMPLE], { encoding: 'utf8' });
    expect(out).toContain('CONNECTIVITY_REFRESH_TOKEN_ERROR (403)');
  });

  it('exits 2 on a usage error', () => {
    const result = spawnSync(tsx, [cli, 'diagnose', '--bogus'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });
});
