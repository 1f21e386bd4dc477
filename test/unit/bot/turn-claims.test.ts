import { MemoryStorage } from 'botbuilder';
import { CARD_ID, CardStore } from '../../../src/bot/card-store';
import { claimedByReply, Deliveries } from '../../../src/bot/deliveries';
import { diagnose } from '../../../src/diagnosis';
import { createRecord, memoryStateStore, readRecord, type StateStore } from '../../../src/state';
import { message, personalChat, channelThread, cardAction } from '../../fakes/teams/activities';

/**
 * A turn whose only effect is its reply claims its delivery with its first card: the card's id is derived
 * from the activity, and creating its record is the claim. Two card stores sharing one state store stand for
 * two instances of the bot.
 */

const SCOPE = { conversationId: 'a:conversation', tenantId: 'tenant' };
const PASTE = "denied: client with IP '203.0.113.9' is not allowed access";

/** Shared state without an atomic create of its own: createRecord falls back to a claim and a write. */
function sharedState(): StateStore {
  return { ...memoryStateStore(), kind: 'blob', storage: new MemoryStorage() };
}

const never = (): Promise<boolean> => Promise.reject(new Error('the fallback claim was not expected'));

describe('turns claimed by their reply', () => {
  it('creates a record once: the second create of a key is refused and leaves the first value', async () => {
    const state = sharedState();
    expect(await createRecord(state, 'cards/x', { n: 1 }, Date.now() + 60_000)).toBe(true);
    expect(await createRecord(state, 'cards/x', { n: 2 }, Date.now() + 60_000)).toBe(false);
    expect(await readRecord(state.storage, 'cards/x', Date.now())).toEqual({ found: true, value: { n: 1 } });
  });

  it('names the first card of a turn after the activity, the same on every instance holding the key', () => {
    const a = new CardStore({ idKey: 'secret' });
    const b = new CardStore({ idKey: 'secret' });
    const other = new CardStore({ idKey: 'another secret' });
    const id = a.forTurn(SCOPE, { activityId: 'act-1' }).putRegistry('contoso');
    expect(id).toMatch(CARD_ID);
    expect(b.forTurn(SCOPE, { activityId: 'act-1' }).putRegistry('contoso')).toBe(id);
    expect(b.forTurn(SCOPE, { activityId: 'act-2' }).putRegistry('contoso')).not.toBe(id);
    expect(b.forTurn({ ...SCOPE, conversationId: 'x' }, { activityId: 'act-1' }).putRegistry('c')).not.toBe(
      id,
    );
    expect(other.forTurn(SCOPE, { activityId: 'act-1' }).putRegistry('contoso')).not.toBe(id);
    // Later cards of the turn, and cards of unclaimed turns, take random ids.
    const turn = a.forTurn(SCOPE, { activityId: 'act-3' });
    const first = turn.putRegistry('contoso');
    expect(turn.putRegistry('contoso')).not.toBe(first);
  });

  it('answers a delivery once across instances, and its card works on the other instance', async () => {
    const state = sharedState();
    const a = new CardStore({ shared: state, idKey: 'secret' });
    const b = new CardStore({ shared: state, idKey: 'secret' });
    const onA = a.forTurn(SCOPE, { activityId: 'act-1' });
    const id = onA.putDiagnosis(diagnose(PASTE));
    expect(await onA.claimDelivery(never)).toBe(true);
    // Asked again (a second reply of the same turn), the answer stands.
    expect(await onA.claimDelivery(never)).toBe(true);

    const redelivered = b.forTurn(SCOPE, { activityId: 'act-1' });
    expect(redelivered.putDiagnosis(diagnose(PASTE))).toBe(id);
    expect(await redelivered.claimDelivery(never)).toBe(false);

    const press = new CardStore({ shared: state, idKey: 'secret' }).forTurn(SCOPE);
    await press.prefetch([id]);
    expect(press.lookup(id).kind).toBe('found');
  });

  it('claims a turn that put no card through the delivery guard', async () => {
    const deliveries = new Deliveries(memoryStateStore());
    const claim = (): Promise<boolean> => deliveries.first(SCOPE.conversationId, 'act-1');
    const store = new CardStore({ shared: sharedState() });
    expect(await store.forTurn(SCOPE, { activityId: 'act-1' }).claimDelivery(claim)).toBe(true);
    expect(await store.forTurn(SCOPE, { activityId: 'act-1' }).claimDelivery(claim)).toBe(false);
  });

  it('in memory only, claims through the delivery guard even when the turn put a card', async () => {
    const deliveries = new Deliveries(memoryStateStore());
    const claim = (): Promise<boolean> => deliveries.first(SCOPE.conversationId, 'act-1');
    const store = new CardStore();
    const first = store.forTurn(SCOPE, { activityId: 'act-1' });
    first.putDiagnosis(diagnose(PASTE));
    expect(await first.claimDelivery(claim)).toBe(true);
    const again = store.forTurn(SCOPE, { activityId: 'act-1' });
    again.putDiagnosis(diagnose(PASTE));
    expect(await again.claimDelivery(claim)).toBe(false);
  });

  it('reports a card that could not be stored', async () => {
    const state = sharedState();
    const failing: StateStore = {
      ...state,
      createJson: () => Promise.reject(new Error('store unavailable')),
    };
    const turn = new CardStore({ shared: failing }).forTurn(SCOPE, { activityId: 'act-1' });
    turn.putDiagnosis(diagnose(PASTE));
    await expect(turn.claimDelivery(never)).rejects.toThrow('store unavailable');
  });

  it('defers the claim only for turns whose only effect is the reply', () => {
    const serviceUrl = 'http://127.0.0.1:1/';
    const personal = personalChat();
    expect(claimedByReply(message({ serviceUrl, conversation: personal, text: PASTE }))).toBe(true);
    // A channel message may change the channel's setting; a submit may record a vote; a file is downloaded.
    expect(
      claimedByReply(message({ serviceUrl, conversation: channelThread(), text: PASTE, mentionBot: true })),
    ).toBe(false);
    expect(
      claimedByReply({ ...message({ serviceUrl, conversation: personal, text: '' }), value: { verb: 'x' } }),
    ).toBe(false);
    expect(
      claimedByReply({
        ...message({ serviceUrl, conversation: personal, text: '' }),
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            name: 'a.log',
            content: { downloadUrl: 'https://example.invalid/a.log' },
          },
        ],
      }),
    ).toBe(false);
    expect(
      claimedByReply(cardAction({ serviceUrl, conversation: personal, verb: 'causes.all', data: {} })),
    ).toBe(false);
    expect(claimedByReply({ ...message({ serviceUrl, conversation: personal, text: PASTE }), id: '' })).toBe(
      false,
    );
  });
});
