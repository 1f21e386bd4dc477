import { BoundedMap } from '../../../src/bot/bounded-map';
import { CARD_ID, CardStore } from '../../../src/bot/card-store';
import { Deliveries } from '../../../src/bot/deliveries';
import { diagnose } from '../../../src/diagnosis';
import { memoryStateStore } from '../../../src/state';

const SCOPE = { conversationId: 'a:conversation', tenantId: '' };

describe('what the bot remembers', () => {
  it('forgets the oldest entries beyond its capacity, and expired ones', () => {
    let now = 0;
    const map = new BoundedMap<string, number>(2, 100, () => now);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    expect(map.size).toBe(2);
    expect(map.find('a')).toEqual({ found: false });
    expect(map.find('c')).toEqual({ found: true, value: 3 });
    now = 150;
    expect(map.find('c')).toEqual({ found: false });
    map.set('d', 4);
    expect(map.size).toBe(1);
  });

  it('answers a delivery once per conversation', async () => {
    const deliveries = new Deliveries(memoryStateStore({ claims: 3 }));
    expect(await deliveries.first('conv-1', 'act-1')).toBe(true);
    expect(await deliveries.first('conv-1', 'act-1')).toBe(false);
    expect(await deliveries.first('conv-2', 'act-1')).toBe(true);
    expect(await deliveries.first('conv-1', undefined)).toBe(true);
    expect(await deliveries.first('conv-1', undefined)).toBe(true);
  });

  it('stays bounded under a flood of deliveries', async () => {
    const deliveries = new Deliveries(memoryStateStore({ claims: 100 }));
    for (let i = 0; i < 10_000; i++) await deliveries.first('c', String(i));
    // The oldest ids are forgotten, the latest are remembered.
    expect(await deliveries.first('c', '9999')).toBe(false);
    expect(await deliveries.first('c', '0')).toBe(true);
  });

  it('keeps diagnoses under unguessable ids, without the paste, and forgets them', () => {
    let now = 0;
    const store = new CardStore({ ttlMs: 1000, now: () => now }).forTurn(SCOPE);
    const diagnosis = diagnose("denied: client with IP '203.0.113.9' is not allowed access");
    const id = store.putDiagnosis(diagnosis);
    expect(id).toMatch(CARD_ID);
    const found = store.lookup(id);
    expect(found.kind).toBe('found');
    if (found.kind === 'found' && found.card.kind === 'diagnosis') {
      expect('text' in found.card.diagnosis).toBe(false);
      expect(found.card.diagnosis.causes.map((c) => c.id)).toEqual(diagnosis.causes.map((c) => c.id));
    }
    expect(store.lookup('not-an-id')).toEqual({ kind: 'missing' });
    expect(store.lookup('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ kind: 'missing' });
    now = 2000;
    expect(store.lookup(id)).toEqual({ kind: 'missing' });
  });

  it('bounds the cards it keeps by their bytes, forgetting the oldest', () => {
    // One registry card is about a hundred bytes of JSON: room for two of them, not three.
    const store = new CardStore({ maxBytes: 250 }).forTurn(SCOPE);
    const ids = [store.putRegistry('aaaaa'), store.putRegistry('bbbbb'), store.putRegistry('ccccc')];
    expect(ids.map((i) => store.lookup(i).kind)).toEqual(['missing', 'found', 'found']);
  });

  it('holds a flood of large crafted pastes within its byte budget', () => {
    const budget = 2 * 1024 * 1024;
    const cards = new CardStore({ maxBytes: budget });
    const store = cards.forTurn(SCOPE);
    for (let i = 0; i < 300; i++) {
      const lines = Array.from(
        { length: 400 },
        (_, n) => `denied: requested access to the resource is denied ${i}-${n} ${'x'.repeat(300)}`,
      );
      store.putDiagnosis(diagnose(lines.join('\n')));
      expect(cards.bytes).toBeLessThanOrEqual(budget);
    }
  });

  it('finds a card only in the conversation and tenant it was sent to', () => {
    const cards = new CardStore();
    const id = cards.forTurn(SCOPE).putRegistry('contoso');
    expect(cards.forTurn(SCOPE).lookup(id).kind).toBe('found');
    expect(cards.forTurn({ ...SCOPE, conversationId: 'another' }).lookup(id)).toEqual({ kind: 'missing' });
    expect(cards.forTurn({ ...SCOPE, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' }).lookup(id)).toEqual({
      kind: 'missing',
    });
  });
});

describe('memory held for card buttons', () => {
  it('does not keep the pastes behind the stored diagnoses alive', () => {
    // jest runs without --expose-gc; V8 lets a test switch it on for a fresh context.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('node:v8').setFlagsFromString('--expose-gc');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gc = require('node:vm').runInNewContext('gc') as () => void;
    const store = new CardStore().forTurn(SCOPE);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      // A megabyte of log around one error line, different each time.
      const noise = `log line ${i} `.repeat(40_000);
      store.putDiagnosis(
        diagnose(`${noise}\ndenied: client with IP '203.0.113.${i % 250}' is not allowed access\n${noise}`),
      );
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
    // 100 pastes of ~1 MB each (2 bytes a character or more once normalised); flat copies are a few KB each.
    expect(grownMb).toBeLessThan(20);
  });
});
