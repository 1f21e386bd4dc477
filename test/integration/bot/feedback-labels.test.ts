import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { JsonlFeedbackSink } from '../../../src/bot/feedback';
import { main, type CliIo } from '../../../src/cli/main';
import { channelThread, message, USER, type Conversation } from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardButtons, cardText } from '../../fakes/teams/card-reading';
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

describe('feedback labels', () => {
  it('asks what it was on "Not helpful" and keeps the family and note with the masked paste', async () => {
    const thread = channelThread();
    const { card, messageId } = await diagnosisIn(thread);
    const form = await press(bot, card, 'Not helpful', thread, messageId);
    expect(checkTeamsCard(form).problems).toEqual([]);
    expect(cardText(form)).toContain('What was it?');
    const thanked = await press(bot, form, 'Send', thread, messageId, {
      inputs: { label: 'family:public-network-access-disabled', note: 'public access was off' },
    });
    expect(cardText(thanked)).not.toContain('What was it?');
    const [vote, label] = records().slice(-2);
    expect(vote).toMatchObject({ helpful: false, conversation: 'channel', verdict: 'acr' });
    expect(label).toMatchObject({
      helpful: false,
      label: { kind: 'family', family: 'public-network-access-disabled', note: 'public access was off' },
      voter: vote!['voter'],
    });
    expect(String(label!['text'])).toContain('is not allowed access');
    expect(readFileSync(file, 'utf8')).not.toContain(SECRET);
    expect(readFileSync(file, 'utf8')).not.toContain(USER.aadObjectId);
    expect(label!['diagnosis']).toEqual(
      expect.arrayContaining([expect.objectContaining({ family: 'firewall-ip-not-allowed' })]),
    );
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

  it('exports the labelled answers as corpus lines', async () => {
    const { code, lines } = await exportCorpus();
    expect(code).toBe(0);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['cause', 'id', 'text']);
    expect(lines).toContainEqual(expect.objectContaining({ cause: 'public-network-access-disabled' }));
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});
