import { DEFAULT_FEEDBACK_RETENTION } from '../../../src/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCardAction } from '../../../src/bot/action-data';
import { answerAction, type ActionContext } from '../../../src/bot/answer-action';
import { answerMessage } from '../../../src/bot/answer-message';
import { CardStore } from '../../../src/bot/card-store';
import { parseCommand } from '../../../src/bot/command';
import { Deliveries } from '../../../src/bot/deliveries';
import { JsonlFeedbackSink, MemoryFeedbackSink, type FeedbackSink } from '../../../src/bot/feedback';
import { createLiveCheckRuntime } from '../../../src/bot/live-check-runtime';
import { silentLogger } from '../../../src/bot/log';
import type { BotServices } from '../../../src/bot/services';
import { button, cardButtons, cardText } from '../../fakes/teams/card-reading';
import { corpusPaste } from '../../fakes/teams/pastes';

function services(feedback: FeedbackSink = new MemoryFeedbackSink()): BotServices {
  return {
    cards: new CardStore().forTurn({ conversationId: 'a:conversation', tenantId: '' }),
    deliveries: new Deliveries(),
    feedback,
    feedbackRetention: DEFAULT_FEEDBACK_RETENTION,
    runtime: createLiveCheckRuntime({ kind: 'not-configured', missing: [] }),
    log: silentLogger,
    botAppId: '',
  };
}

/** A paste that names its registry, so its card offers live checks. */
const REGISTRY_PASTE = readFileSync(join(__dirname, '../../fixtures/samples/az-acr-login-403.txt'), 'utf8');

const CONTEXT: ActionContext = { lang: 'en', conversation: 'personal', firstDelivery: true };

/** Presses a button the way Teams does: its verb and its data come back. */
async function press(
  card: unknown,
  title: string | RegExp,
  s: BotServices,
  context: ActionContext = CONTEXT,
) {
  const b = button(card, title);
  return answerAction(parseCardAction(b.verb, b.data), context, s);
}

describe('answers to messages and button presses', () => {
  it('diagnoses a paste, and a press by someone with another language keeps the card in its own', async () => {
    const s = services();
    const first = answerMessage(parseCommand(corpusPaste('c008').text), 'ru', s);
    expect(first.kind).toBe('diagnosis');
    const pressed = await press(first.card, 'Помогло', s, { ...CONTEXT, lang: 'en' });
    expect(pressed.kind).toBe('diagnosis');
    expect(cardText(pressed.card)).toContain('Спасибо за отзыв');
    // c008 is ambiguous (public access disabled or a firewall rule): the card says so, in Russian.
    expect(cardText(pressed.card)).toContain('Судя только по тексту');
    // The old "show all causes" verb (cards sent before Details folded on the client) still answers.
    const old = await answerAction(
      parseCardAction('causes.all', { ...button(first.card, 'Помогло').data, lang: undefined }),
      CONTEXT,
      s,
    );
    expect(old.kind).toBe('diagnosis');
    expect(JSON.stringify(old.card)).not.toContain('"isVisible":false');
  });

  it('records feedback once and thanks the person', async () => {
    const sink = new MemoryFeedbackSink();
    const s = services(sink);
    const first = answerMessage(parseCommand(corpusPaste('c005').text), 'en', s);
    const thanked = await press(first.card, 'Not helpful', s);
    expect(cardText(thanked.card)).toContain('Thanks for telling me');
    expect(cardButtons(thanked.card).map((b) => b.title)).not.toContain('Helpful');
    expect(sink.list()).toHaveLength(1);
    expect(sink.list()[0]).toMatchObject({
      helpful: false,
      verdict: 'acr',
      conversation: 'personal',
      lang: 'en',
    });
    expect(sink.list()[0]?.causes[0]).toBe('firewall-client-ip-not-allowed');
    // A retried delivery of the same press answers the same, and records nothing more.
    await press(first.card, 'Not helpful', s, { ...CONTEXT, firstDelivery: false });
    expect(sink.list()).toHaveLength(1);
  });

  it('says so when feedback could not be saved', async () => {
    const s = services(new JsonlFeedbackSink('/nonexistent-dir/acr-doctor/feedback.jsonl'));
    const first = answerMessage(parseCommand(corpusPaste('c005').text), 'en', s);
    const answer = await press(first.card, 'Helpful', s);
    expect(cardText(answer.card)).toContain('could not save your feedback');
  });

  it('answers "Run live checks" with how to enable them, on diagnosis and registry cards', async () => {
    const s = services();
    const diagnosis = answerMessage(parseCommand(REGISTRY_PASTE), 'ru', s);
    const checked = await press(diagnosis.card, 'Проверить в Azure', s, { ...CONTEXT, lang: 'ru' });
    expect(cardText(checked.card)).toContain('Проверки в Azure для этого бота не настроены');
    const registry = answerMessage(parseCommand('check contoso'), 'en', s);
    expect(registry.kind).toBe('registry');
    const registryChecked = await press(registry.card, 'Run live checks', s);
    expect(registryChecked.kind).toBe('registry');
    expect(cardText(registryChecked.card)).toContain('Live checks are not configured on this bot');
  });

  it('asks for the paste again when the card is unknown or expired, and refuses crafted data', async () => {
    const s = services();
    const other = services();
    const first = answerMessage(parseCommand(corpusPaste('c005').text), 'en', other);
    const expired = await press(first.card, 'Helpful', s);
    expect(expired.kind).toBe('expired');
    expect(cardText(expired.card)).toContain('Paste the error again');
    const crafted = await answerAction(parseCardAction('causes.all', { id: 'x', causes: 'top' }), CONTEXT, s);
    expect(crafted.kind).toBe('unknown-action');
  });

  it('takes a bare word as a registry unless it is an error the engine knows', () => {
    const s = services();
    expect(answerMessage(parseCommand('contoso'), 'en', s).kind).toBe('registry');
    expect(answerMessage(parseCommand('hello there'), 'en', s).kind).toBe('chit-chat');
    expect(answerMessage(parseCommand('my-registry'), 'en', s).kind).toBe('invalid-registry');
  });
});
