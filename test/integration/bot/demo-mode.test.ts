import { loadConfig, describeProblems, type Config } from '../../../src/config';
import { emptyScenario, FAKE_TENANT, startFakeAzure, type FakeAzure } from '../../fakes/azure';
import { DEMO_SCENARIOS } from '../../fakes/azure/demo';
import { message, personalChat } from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardText } from '../../fakes/teams/card-reading';
import { cardOf, press } from './surface-activities';

/**
 * Demo mode as `npm run dev -- --demo firewall` sets it up: the local developer credential against the
 * built-in fake Azure's "firewall" world. "Try a sample", then "Run live checks": the result is real output of
 * the live checks on made-up data, and says so first.
 */
let fake: FakeAzure;
let bot: BotUnderTest;
// DefaultAzureCredential reads its client credential from the process environment, as in the bot process
// `npm run dev -- --demo` starts.
const DEVELOPER = {
  AZURE_TENANT_ID: FAKE_TENANT,
  AZURE_CLIENT_ID: '0d0d0d0d-0000-4000-8000-00000000de30',
  AZURE_CLIENT_SECRET: 'demo-secret-for-the-fake',
};
beforeAll(async () => {
  Object.assign(process.env, DEVELOPER);
  fake = await startFakeAzure({ scenario: emptyScenario(DEMO_SCENARIOS['firewall']) });
  const loaded = loadConfig({
    ...fake.env(),
    LIVE_CHECKS_LOCAL_CREDENTIAL: 'true',
    LIVE_CHECKS_DEMO: 'firewall',
    ...DEVELOPER,
    LIVE_CHECKS_ANSWER_WITHIN_MS: '12000',
  });
  if (loaded.kind !== 'ok') throw new Error(describeProblems(loaded.problems));
  const config: Config = { ...loaded.config, port: 0, host: '127.0.0.1' };
  bot = await startBotUnderTest({ config, server: { azureTls: { ca: fake.ca } } });
});
afterAll(async () => {
  for (const key of Object.keys(DEVELOPER)) delete process.env[key];
  await bot.stop();
  await fake.close();
});
afterEach(() => expect(bot.connector.rejected).toEqual([]));

it('runs live checks on the sample against the fake Azure, with a demo banner on the result', async () => {
  const conversation = personalChat();
  const hi = message({ serviceUrl: bot.connector.serviceUrl, conversation, text: 'hi there!' });
  await bot.post(hi);
  const greeting = await bot.connector.waitFor((r) => r.targetId === hi.id);
  const sample = await press(bot, cardOf(greeting), 'Try a sample', conversation, greeting.id);
  expect(cardText(sample)).toContain('203.0.113.24');
  const result = await press(bot, sample, 'Run live checks', conversation, greeting.id);
  const text = cardText(result);
  expect(text.split('\n')[0]).toContain('Demo data');
  expect(text).toContain('scenario "firewall"');
  expect(text).toContain('Live checks for contosoregistry');
  expect(text).toMatch(/Confirmed in Azure/);
});

it('refuses demo mode together with BOT_ID', () => {
  const loaded = loadConfig({
    LIVE_CHECKS_DEMO: 'firewall',
    BOT_ID: '11111111-2222-3333-4444-555555555555',
    BOT_PASSWORD: 'x',
  });
  expect(loaded.kind).toBe('invalid');
});
