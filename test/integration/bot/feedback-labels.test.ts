import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { JsonlFeedbackSink } from '../../../src/bot/feedback';
import { main, type CliIo } from '../../../src/cli/main';
import { channelThread, message, USER, type Conversation } from '../../fakes/teams/activities';
import { LOCAL_CONFIG, startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardButtons, cardInputs, cardText } from '../../fakes/teams/card-reading';
import { checkTeamsCard } from '../../fakes/teams/teams-cards';
import { corpusPaste } from '../../fakes/teams/pastes';
import { cardOf, press } from './surface-activities';

/**
 * Helpful / Not helpful and "what was it": labels reach the feedback file with the masked paste, one vote
 * per person per card, and `acr-doctor corpus export` turns them into corpus lines.
 */
let bot: BotUnderTest;
let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'acr-doctor-feedback-'));
  file = join(dir, 'feedback.jsonl');
  bot = await startBotUnderTest({ feedback: new JsonlFeedbackSink(file) });
});
afterAll(async () => {
  await bot.stop();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => expect(bot.connector.rejected).toEqual([]));

const SECRET = 'Xy7-hunter2-Pw';
const OTHER_USER = {
  id: '29:1aB-adele',
  name: 'Adele Vance',
  aadObjectId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
};

function records(): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function diagnosisIn(conversation: Conversation) {
  const text = `$ docker login contosoregistry.azurecr.io -u ci-user -p ${SECRET}\n${corpusPaste('c005').text}`;
  const activity = message({ serviceUrl: bot.connector.serviceUrl, conversation, text, mentionBot: true });
  await bot.post(activity);
  const reply = await bot.connector.waitFor(
    (r) => r.conversationId === conversation.id && r.targetId === activity.id,
  );
  return { card: cardOf(reply), messageId: reply.id };
}

async function exportCorpus(): Promise<{ code: number; lines: Array<Record<string, unknown>> }> {
  let out = '';
  const stdin = Readable.from(['']) as Readable & { isTTY?: boolean };
  const io: CliIo = {
    stdin,
    stdout: (s) => (out += s),
    stderr: () => undefined,
    stdoutIsTty: false,
    env: {},
  };
  const code = await main(['corpus', 'export', file], io);
  return {
    code,
    lines: out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The days from `at` to `keptUntil`, to the nearest day. */
function keptDays(record: Record<string, unknown>): number {
  return Math.round((Date.parse(String(record['keptUntil'])) - Date.parse(String(record['at']))) / DAY_MS);
}

describe('feedback labels', () => {
  it('asks what it was on "Not helpful" and keeps the family, the note and the paste the person shared', async () => {
    const thread = channelThread();
    const { card, messageId } = await diagnosisIn(thread);
    const form = await press(bot, card, 'Not helpful', thread, messageId);
    expect(checkTeamsCard(form).problems).toEqual([]);
    expect(cardText(form)).toContain('What was it?');
    const share = cardInputs(form).find((i) => i.id === 'share');
    expect(share).toMatchObject({ type: 'Input.Toggle', value: 'false' });
    expect(share?.text).toContain('deleted after 90 days');
    const thanked = await press(bot, form, 'Send', thread, messageId, {
      inputs: {
        label: 'family:public-network-access-disabled',
        note: 'public access was off',
        share: 'true',
      },
    });
    expect(cardText(thanked)).not.toContain('What was it?');
    const [vote, label] = records().slice(-2);
    expect(vote).toMatchObject({ helpful: false, conversation: 'channel', verdict: 'acr' });
    // The press itself keeps no free text.
    expect(vote).not.toHaveProperty('text');
    expect(vote).not.toHaveProperty('keptUntil');
    expect(label).toMatchObject({
      helpful: false,
      label: { kind: 'family', family: 'public-network-access-disabled', note: 'public access was off' },
      voter: vote!['voter'],
    });
    expect(keptDays(label!)).toBe(90);
    expect(String(label!['text'])).toContain('is not allowed access');
    expect(readFileSync(file, 'utf8')).not.toContain(SECRET);
    expect(readFileSync(file, 'utf8')).not.toContain(USER.aadObjectId);
    expect(label!['diagnosis']).toEqual(
      expect.arrayContaining([expect.objectContaining({ family: 'firewall-ip-not-allowed' })]),
    );
  });

  it('keeps no paste when the person leaves "share" unticked, and keeps their note only for its days', async () => {
    const thread = channelThread();
    const { card, messageId } = await diagnosisIn(thread);
    const form = await press(bot, card, 'Not helpful', thread, messageId);
    await press(bot, form, 'Send', thread, messageId, {
      inputs: { label: 'family:firewall-ip-not-allowed', note: 'runner IP was new' },
    });
    const label = records().at(-1)!;
    expect(label).toMatchObject({ label: { kind: 'family', note: 'runner IP was new' } });
    expect(label).not.toHaveProperty('text');
    expect(keptDays(label)).toBe(90);
    expect(readFileSync(file, 'utf8').split('\n').at(-2)).not.toContain('is not allowed access');
  });

  it('records which cause helped on "Helpful"', async () => {
    const thread = channelThread();
    const { card, messageId } = await diagnosisIn(thread);
    const form = await press(bot, card, 'Helpful', thread, messageId);
    expect(cardText(form)).toContain('Which cause was it?');
    const choices = JSON.stringify(form);
    const second = /"value":"(cause:[a-z0-9-]+)"/g;
    const values = [...choices.matchAll(second)].map((m) => m[1]!);
    expect(values.length).toBeGreaterThan(1);
    await press(bot, form, 'Send', thread, messageId, { inputs: { label: values[1] } });
    const last = records().at(-1)!;
    expect(last).toMatchObject({ helpful: true, label: { kind: 'cause', cause: values[1]!.slice(6) } });
    // A cause picked from a list is no free text: nothing to expire.
    expect(last).not.toHaveProperty('text');
    expect(last).not.toHaveProperty('keptUntil');
  });

  it('takes one vote per person per card', async () => {
    const thread = channelThread();
    const { card, messageId } = await diagnosisIn(thread);
    const before = records().length;
    await press(bot, card, 'Helpful', thread, messageId);
    const again = await press(bot, card, 'Not helpful', thread, messageId);
    expect(cardText(again)).toContain('already answered');
    expect(cardButtons(again)).toEqual([]);
    // A colleague on the same card has their own vote.
    const theirs = await press(bot, card, 'Not helpful', thread, messageId, { from: OTHER_USER });
    expect(cardText(theirs)).toContain('What was it?');
    expect(records().length - before).toBe(2);
  });

  it('exports the shared pastes, and only those, as corpus lines', async () => {
    const { code, lines } = await exportCorpus();
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]!).sort()).toEqual(['cause', 'id', 'text']);
    expect(lines[0]).toMatchObject({ cause: 'public-network-access-disabled' });
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});

describe('feedback where the operator keeps no pastes, and text whose time is over', () => {
  it('offers no "share" with FEEDBACK_PASTES=never and ignores a forged one', async () => {
    const neverFile = join(dir, 'never.jsonl');
    const neverBot = await startBotUnderTest({
      config: { ...LOCAL_CONFIG, feedbackRetention: { pastes: 'never', keepDays: 30 } },
      feedback: new JsonlFeedbackSink(neverFile),
    });
    try {
      const thread = channelThread();
      const activity = message({
        serviceUrl: neverBot.connector.serviceUrl,
        conversation: thread,
        text: corpusPaste('c005').text,
        mentionBot: true,
        locale: 'ru-RU',
      });
      await neverBot.post(activity);
      const reply = await neverBot.connector.waitFor((r) => r.targetId === activity.id);
      const form = await press(neverBot, cardOf(reply), /Не помогло|Not helpful/, thread, reply.id);
      expect(cardInputs(form).map((i) => i.id)).not.toContain('share');
      await press(neverBot, form, /Отправить|Send/, thread, reply.id, {
        inputs: { label: 'unknown', note: 'не знаю', share: 'true' },
      });
      const saved = readFileSync(neverFile, 'utf8');
      expect(saved).not.toContain('is not allowed access');
      const label = JSON.parse(saved.trim().split('\n').at(-1)!) as Record<string, unknown>;
      expect(label).toMatchObject({ label: { kind: 'unknown', note: 'не знаю' } });
      expect(label).not.toHaveProperty('text');
      expect(keptDays(label)).toBe(30);
      // The privacy page the app manifest links to says what this deployment keeps.
      const privacy = await (await fetch(`${neverBot.server.url}/privacy`)).text();
      expect(privacy).not.toContain('share');
      expect(privacy).toContain('deleted after 30 days');
      const asking = await (await fetch(`${bot.server.url}/privacy`)).text();
      expect(asking).toContain('only if you tick "share"');
      expect(asking).toContain('deleted after 90 days');
    } finally {
      await neverBot.stop();
    }
  });

  it('cuts expired pastes and notes out of the feedback file when the bot starts', async () => {
    const oldFile = join(dir, 'old.jsonl');
    const vote = { at: '2026-01-01T00:00:00.000Z', cardId: 'c1', helpful: true, verdict: 'acr', causes: [] };
    const past = new Date(Date.now() - DAY_MS).toISOString();
    const future = new Date(Date.now() + DAY_MS).toISOString();
    writeFileSync(
      oldFile,
      [
        { ...vote, text: 'expired paste', keptUntil: past, label: { kind: 'unknown', note: 'old note' } },
        { ...vote, text: 'paste kept before consent was asked' },
        { ...vote, text: 'fresh paste', keptUntil: future },
        vote,
      ]
        .map((r) => JSON.stringify(r))
        .concat('not a record')
        .join('\n') + '\n',
    );
    const startedBot = await startBotUnderTest({ feedback: new JsonlFeedbackSink(oldFile) });
    try {
      await waitUntil(() => !readFileSync(oldFile, 'utf8').includes('expired paste'));
      const lines = readFileSync(oldFile, 'utf8').split('\n');
      expect(lines).toHaveLength(6);
      expect(lines.join('\n')).not.toMatch(/expired paste|old note|before consent/);
      expect(JSON.parse(lines[0]!)).toEqual({ ...vote, label: { kind: 'unknown' } });
      expect(JSON.parse(lines[1]!)).toEqual(vote);
      expect(JSON.parse(lines[2]!)).toMatchObject({ text: 'fresh paste', keptUntil: future });
      expect(lines[4]).toBe('not a record');
      expect(startedBot.logs).toContainEqual(
        expect.objectContaining({ event: 'feedback-text-expired', fields: { records: 2 } }),
      );
    } finally {
      await startedBot.stop();
    }
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
