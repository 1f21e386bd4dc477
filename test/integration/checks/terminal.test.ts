import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientSecretCredential } from '@azure/identity';
import { Readable } from 'node:stream';
import type { CheckDeps } from '../../../src/cli/check';
import { main } from '../../../src/cli/main';
import type { CheckReport } from '../../../src/checks/types';
import { emptyScenario } from '../../fakes/azure';
import { CONTOSO_ID, registry, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: (env: Record<string, string | undefined>) => ({
      stdin: Readable.from([]),
      stdout: (s: string) => out.push(s),
      stderr: (s: string) => err.push(s),
      stdoutIsTty: false,
      env,
    }),
  };
}

function developer(): CheckDeps {
  const credential = new ClientSecretCredential(
    h.fake.scenario.tenantId,
    '0f0f0f0f-0000-4000-8000-000000000002',
    'dev-secret',
    {
      authorityHost: h.fake.endpoints.authorityHost,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: h.fake.ca },
    },
  );
  return { credential, tls: { ca: h.fake.ca } };
}

/** `acr-doctor check <args>` as the executable runs it, with the test's credential for the fake Azure. */
function runCheckCommandWith(
  args: readonly string[],
  io: ReturnType<ReturnType<typeof capture>['io']>,
  deps: CheckDeps,
): Promise<number> {
  return main(['check', ...args], io, deps);
}

function runCheckCommand(
  args: readonly string[],
  io: ReturnType<ReturnType<typeof capture>['io']>,
): Promise<number> {
  return main(['check', ...args], io);
}

it('prints a readable report and exits 1 when a check fails', async () => {
  h.fake.scenario = emptyScenario({ registries: [registry({ publicNetworkAccess: 'Disabled' })] });
  const c = capture();
  const code = await runCheckCommandWith(
    ['contoso.azurecr.io', '--lang', 'en'],
    c.io(h.fake.env()),
    developer(),
  );
  const text = c.out.join('');
  expect(code).toBe(1);
  expect(text).toMatch(
    /^Live checks for contoso\.azurecr\.io as this machine's signed-in developer · \d+\.\d s · \d+ Azure calls/,
  );
  expect(text).toContain('✗ FAIL  Network access and firewall');
  expect(text).toContain('$ az acr update -n contoso --public-network-enabled true --default-action Deny');
});

it('speaks Russian with --lang ru', async () => {
  h.fake.scenario = emptyScenario({ registries: [registry({ adminUserEnabled: true })] });
  const c = capture();
  await runCheckCommandWith(['contoso', '--lang', 'ru'], c.io(h.fake.env()), developer());
  expect(c.out.join('')).toContain('✓ НОРМА  Поиск реестра');
});

it('--json prints the report as JSON and exits 0 when nothing failed', async () => {
  h.fake.scenario = emptyScenario({ registries: [registry({ adminUserEnabled: true })] });
  const c = capture();
  const code = await runCheckCommandWith(['contoso', '--json'], c.io(h.fake.env()), developer());
  const parsed = JSON.parse(c.out.join('')) as { report: CheckReport };
  expect(code).toBe(0);
  expect(parsed.report.credential).toBe('local-developer');
  expect(parsed.report.results.find((r) => r.check === 'registry')?.status).toBe('pass');
});

it('diagnoses --paste first and checks what the text shows (the client IP against the firewall)', async () => {
  h.fake.scenario = emptyScenario({
    registries: [
      registry({
        networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
      }),
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'acr-doctor-'));
  const paste = join(dir, 'paste.txt');
  writeFileSync(
    paste,
    `Error response from daemon: Get "https://contoso.azurecr.io/v2/": denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.\n`,
  );
  const c = capture();
  const code = await runCheckCommandWith(
    ['contoso', '--paste', paste, '--json'],
    c.io(h.fake.env()),
    developer(),
  );
  const parsed = JSON.parse(c.out.join('')) as {
    report: CheckReport;
    causes?: { id: string; status: string }[];
  };
  const network = parsed.report.results.find((r) => r.check === 'network');
  expect(code).toBe(1);
  expect(network?.verdicts).toContainEqual(
    expect.objectContaining({ cause: 'firewall-client-ip-not-allowed', verdict: 'confirmed' }),
  );
  expect(parsed.causes?.[0]).toMatchObject({ id: 'firewall-client-ip-not-allowed', status: 'confirmed' });
});

it('neutralises control characters that arrive in log rows', async () => {
  h.fake.scenario = emptyScenario({
    registries: [registry()],
    diagnosticSettings: {
      contoso: [
        {
          name: 'audit',
          workspaceId:
            '/subscriptions/x/resourceGroups/l/providers/Microsoft.OperationalInsights/workspaces/w',
          logs: [{ categoryGroup: 'audit', enabled: true }],
        },
      ],
    },
    logEvents: [
      {
        table: 'ContainerRegistryLoginEvents',
        TimeGenerated: new Date(Date.now() - 60000).toISOString(),
        OperationName: 'Login',
        Identity: 'evil\u001b[2J\u001b[31muser',
        CallerIpAddress: '203.0.113.9',
        LoginServer: 'contoso.azurecr.io',
        ResultType: '401',
        ResultDescription: '401',
        _ResourceId: CONTOSO_ID.toLowerCase(),
      },
    ],
  });
  const c = capture();
  await runCheckCommandWith(['contoso', '--all'], c.io(h.fake.env()), developer());
  const text = c.out.join('');
  expect(text).toContain('evil?[2J?[31muser');
  expect(text).not.toContain('\u001b');
});

it('the local developer credential (DefaultAzureCredential) works against the configured endpoints', async () => {
  h.fake.scenario = emptyScenario({ registries: [registry({ adminUserEnabled: true })] });
  // DefaultAzureCredential reads these itself (its environment credential); the test plays the developer's shell.
  const saved = { ...process.env };
  Object.assign(process.env, {
    AZURE_TENANT_ID: h.fake.scenario.tenantId,
    AZURE_CLIENT_ID: '0f0f0f0f-0000-4000-8000-000000000003',
    AZURE_CLIENT_SECRET: 'dev-secret',
  });
  try {
    const c = capture();
    const code = await runCheckCommandWith(['contoso', '--json'], c.io(h.fake.env()), {
      tls: { ca: h.fake.ca },
    });
    expect(code).toBe(0);
    const parsed = JSON.parse(c.out.join('')) as { report: CheckReport };
    expect(parsed.report.results.find((r) => r.check === 'registry')?.status).toBe('pass');
  } finally {
    for (const key of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
});

describe('arguments and configuration', () => {
  it.each([
    [[], 'which registry?'],
    [['contoso', '--lang', 'de'], '--lang takes en or ru'],
    [['contoso', '--deadline', '10'], '--deadline takes milliseconds'],
    [['contoso', '--frobnicate'], "unknown option '--frobnicate'"],
    [['contoso', 'fabrikam'], "unexpected argument 'fabrikam'"],
    [['contoso', '--paste'], '--paste takes a file name'],
    [['contoso', '--paste', '--json'], '--paste takes a file name'],
  ])('%j is refused with exit code 2', async (args, message) => {
    const c = capture();
    expect(await runCheckCommand(args, c.io({}))).toBe(2);
    expect(c.err.join('')).toContain(message);
    expect(c.err.join('')).toContain('usage: acr-doctor check <registry>');
  });

  it('--help prints the usage and exits 0', async () => {
    const c = capture();
    expect(await runCheckCommand(['--help'], c.io({}))).toBe(0);
    expect(c.out.join('')).toContain('usage: acr-doctor check <registry>');
  });

  it('one parser for both commands: the same option forms, the same messages', async () => {
    const c = capture();
    expect(await runCheckCommand(['contoso', '--lang=fr'], c.io({}))).toBe(2);
    expect(await main(['diagnose', '--lang=fr'], c.io({}))).toBe(2);
    const messages = c.err
      .join('')
      .split('\n')
      .filter((l) => l.includes('--lang takes'));
    expect(messages).toEqual([
      'acr-doctor check: --lang takes en or ru',
      'acr-doctor: --lang takes en or ru',
    ]);
  });

  it('refuses an invalid registry name before any request', async () => {
    const c = capture();
    expect(await runCheckCommand(['con-toso!'], c.io({}))).toBe(2);
    expect(c.err.join('')).toContain('is not a registry name');
  });

  it('reports every configuration problem at once', async () => {
    const c = capture();
    expect(
      await runCheckCommand(
        ['contoso'],
        c.io({ AZURE_CLOUD: 'Mars', AZURE_ARM_ENDPOINT: 'http://127.0.0.1:1' }),
      ),
    ).toBe(2);
    const err = c.err.join('');
    expect(err).toContain('AZURE_CLOUD must be one of');
    expect(err).toContain('AZURE_ARM_ENDPOINT must use https');
  });

  it('a missing paste file is reported, not thrown', async () => {
    const c = capture();
    expect(await runCheckCommand(['contoso', '--paste', '/nonexistent/paste.txt'], c.io({}))).toBe(2);
    expect(c.err.join('')).toContain('cannot read /nonexistent/paste.txt: ENOENT');
  });
});
