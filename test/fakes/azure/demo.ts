import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyScenario, FAKE_SUBSCRIPTION, FAKE_TENANT, type FakeScenario } from './scenario';
import { startFakeAzure } from './server';

/**
 * The fake Azure as a stand-alone process for `npm run dev -- --demo <scenario>`: it serves one named world
 * on loopback and prints one JSON line with the environment the bot needs (endpoints, the local developer
 * credential for the fake's Entra, and the certificate to trust). The bot never imports this: it only sees
 * endpoints, as it would with real Azure, and marks every result "demo data".
 */
const REGISTRY = {
  subscriptionId: FAKE_SUBSCRIPTION,
  resourceGroup: 'rg-demo',
  name: 'contosoregistry',
  sku: 'Premium',
} as const;

export const DEMO_SCENARIOS: Readonly<Record<string, Partial<FakeScenario>>> = {
  /** The sample paste's world: the firewall allows an office range, not the client's IP. */
  firewall: {
    registries: [
      {
        ...REGISTRY,
        properties: {
          networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
        },
      },
    ],
  },
  'public-access-disabled': {
    registries: [{ ...REGISTRY, properties: { publicNetworkAccess: 'Disabled' } }],
  },
  healthy: { registries: [{ ...REGISTRY }] },
};

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'firewall';
  const world = DEMO_SCENARIOS[name];
  if (!world) {
    process.stderr.write(
      `unknown demo scenario "${name}"; known: ${Object.keys(DEMO_SCENARIOS).join(', ')}\n`,
    );
    process.exit(2);
  }
  const fake = await startFakeAzure({ scenario: emptyScenario(world) });
  const dir = mkdtempSync(join(tmpdir(), 'acr-doctor-demo-'));
  const caPath = join(dir, 'fake-azure-ca.pem');
  writeFileSync(caPath, fake.ca);
  const env = {
    ...fake.env(),
    LIVE_CHECKS_LOCAL_CREDENTIAL: 'true',
    LIVE_CHECKS_DEMO: name,
    AZURE_TENANT_ID: FAKE_TENANT,
    AZURE_CLIENT_ID: '0d0d0d0d-0000-4000-8000-00000000de30',
    AZURE_CLIENT_SECRET: 'demo-secret-for-the-fake',
    NODE_EXTRA_CA_CERTS: caPath,
  };
  process.stdout.write(`${JSON.stringify({ demo: name, env })}\n`);
  const stop = (): void => {
    void fake.close().then(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) void main();
