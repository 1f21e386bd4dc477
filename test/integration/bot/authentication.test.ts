import { message, personalChat } from '../../fakes/teams/activities';
import { LOCAL_CONFIG, startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBotUnderTest({
    config: {
      ...LOCAL_CONFIG,
      auth: {
        mode: 'bot-framework',
        appId: '11111111-2222-3333-4444-555555555555',
        appType: 'MultiTenant',
        appPassword: 'not-used',
      },
    },
  });
});
afterAll(async () => bot.stop());

describe('with Bot Framework credentials configured', () => {
  it('refuses requests without a valid token and answers nothing', async () => {
    const activity = message({
      serviceUrl: bot.connector.serviceUrl,
      conversation: personalChat(),
      text: 'help',
    });
    expect((await bot.post(activity)).status).toBe(401);
    const forged = await bot.postRaw(JSON.stringify(activity), {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.',
    });
    expect(forged.status).toBe(401);
    expect(bot.connector.received).toEqual([]);
  });
});
