import { DEFAULT_FEEDBACK_RETENTION } from '../../../src/config';
import { CardStore } from '../../../src/bot/card-store';
import { Deliveries } from '../../../src/bot/deliveries';
import { MemoryFeedbackSink } from '../../../src/bot/feedback';
import { answerUnmentioned } from '../../../src/bot/listen';
import { createLiveCheckRuntime } from '../../../src/bot/live-check-runtime';
import { silentLogger } from '../../../src/bot/log';
import type { BotServices } from '../../../src/bot/services';
import { createSurfaces, type SurfaceServices } from '../../../src/bot/surfaces';
import { memoryExpiringRecords } from '../../../src/state';
import { channelThread, message, type Conversation } from '../../fakes/teams/activities';
import { corpusPaste } from '../../fakes/teams/pastes';

/**
 * Listening's thread claims and the channel's rate, on a clock the test moves: a turn that stays silent
 * never spends one of the channel's unasked answers, and a thread the rate refused is not left claimed.
 * Both rates are covered: the process's own token bucket (memory state) and the fixed windows kept in the
 * expiring records (shared state; here in memory, on Blob Storage in shared-instances.test.ts).
 */
const services: BotServices = {
  cards: new CardStore().forTurn({ conversationId: 'a:conversation', tenantId: '' }),
  deliveries: new Deliveries(),
  feedback: new MemoryFeedbackSink(),
  feedbackRetention: DEFAULT_FEEDBACK_RETENTION,
  runtime: createLiveCheckRuntime({ kind: 'not-configured', missing: [] }),
  log: silentLogger,
  botAppId: '',
};

let seq = 0;
/** A thread of its own (roots made in one millisecond must not collide). */
function thread(): Conversation {
  const t = channelThread();
  return { ...t, id: `${t.id}${++seq}` };
}

function post(surfaces: SurfaceServices, conversation: Conversation, code = 'c008') {
  const root = /;messageid=(.+)$/.exec(conversation.id)?.[1] ?? '';
  const activity = message({
    serviceUrl: 'http://127.0.0.1:1',
    conversation,
    text: corpusPaste(code).text,
    id: root,
  });
  return answerUnmentioned(activity, 'en', services, surfaces);
}

function reply(surfaces: SurfaceServices, conversation: Conversation, code = 'c005') {
  const activity = message({ serviceUrl: 'http://127.0.0.1:1', conversation, text: corpusPaste(code).text });
  return answerUnmentioned(activity, 'en', services, surfaces);
}

const outcome = (o: Awaited<ReturnType<typeof post>>) => (o.kind === 'answer' ? 'answer' : o.reason);

describe.each([
  ['its own token bucket', false],
  ['shared fixed windows', true],
])('listening with %s', (_, shared) => {
  let now: number;
  let surfaces: SurfaceServices;
  beforeEach(() => {
    // The start of a rate window (3 answers per 60 s), so that the test's steps stay within one.
    now = 1_800_000_000_000 - (1_800_000_000_000 % 60_000);
    surfaces = createSurfaces({ records: memoryExpiringRecords(), shared, now: () => now });
  });

  it('two messages of one new thread at once: one answer, one of the rate spent', async () => {
    const t = thread();
    const both = await Promise.all([post(surfaces, t), reply(surfaces, t)]);
    expect(both.map(outcome).sort()).toEqual(['answer', 'thread-answered']);
    const others = [thread(), thread(), thread()];
    const answers = [];
    for (const other of others) answers.push(outcome(await post(surfaces, other)));
    expect(answers).toEqual(['answer', 'answer', 'rate-limited']);
  });

  it('a thread the rate refused is answered later, when the rate allows again', async () => {
    for (const t of [thread(), thread(), thread()]) expect(outcome(await post(surfaces, t))).toBe('answer');
    const refused = thread();
    expect(outcome(await post(surfaces, refused))).toBe('rate-limited');
    expect(outcome(await reply(surfaces, refused))).toBe('rate-limited');
    now += 60_000;
    expect(outcome(await reply(surfaces, refused))).toBe('answer');
    expect(outcome(await reply(surfaces, refused, 'c045'))).toBe('thread-answered');
  });
});
