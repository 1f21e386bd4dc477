import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import {
  feedbackSinkFor,
  FEEDBACK_RETENTION_MS,
  JsonlFeedbackSink,
  MemoryFeedbackSink,
  StateFeedbackSink,
  type FeedbackRecord,
} from '../../../src/bot/feedback';
import { feedbackFormCard } from '../../../src/cards/bot-cards';
import { memoryStateStore } from '../../../src/state';
import { cardInputs } from '../../fakes/teams/card-reading';

const RECORD: FeedbackRecord = {
  at: '2026-01-01T00:00:00.000Z',
  cardId: 'AbCdEfGhIjKlMnOpQrSt_-',
  helpful: true,
  verdict: 'acr',
  causes: ['firewall-client-ip-not-allowed'],
  lang: 'en',
  conversation: 'personal',
};

describe('feedback', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'acr-doctor-feedback-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends one JSON line per answer to the configured file', async () => {
    const path = join(dir, 'feedback.jsonl');
    const sink = feedbackSinkFor({ kind: 'file', path });
    expect(await sink.record(RECORD)).toEqual({ kind: 'saved' });
    expect(await sink.record({ ...RECORD, helpful: false })).toEqual({ kind: 'saved' });
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FeedbackRecord);
    expect(lines.map((l) => l.helpful)).toEqual([true, false]);
  });

  it('reports a failure instead of throwing when the file cannot be written', async () => {
    const outcome = await new JsonlFeedbackSink(join(dir, 'missing-dir', 'feedback.jsonl')).record(RECORD);
    expect(outcome.kind).toBe('failed');
  });

  it('keeps the latest answers in memory in local mode', async () => {
    const sink = new MemoryFeedbackSink(2);
    for (const helpful of [true, false, true]) await sink.record({ ...RECORD, helpful });
    expect(sink.list().map((r) => r.helpful)).toEqual([false, true]);
    expect(feedbackSinkFor({ kind: 'memory' })).toBeInstanceOf(MemoryFeedbackSink);
  });

  const DAY = 24 * 60 * 60 * 1000;
  const AT = Date.parse(RECORD.at);
  const SHARED: FeedbackRecord = {
    ...RECORD,
    helpful: false,
    label: { kind: 'family', family: 'firewall-ip-not-allowed', note: 'the runner IP changed' },
    text: 'denied: client with IP 203.0.113.7 is not allowed access',
    keptUntil: new Date(AT + 30 * DAY).toISOString(),
  };

  it('cuts the shared paste and the note from the file once their days are over, and keeps the vote', async () => {
    const path = join(dir, 'feedback.jsonl');
    let now = AT;
    const sink = new JsonlFeedbackSink(path, () => now);
    await sink.record(RECORD);
    await sink.record(SHARED);
    now = AT + 30 * DAY - 1;
    expect(await sink.forgetExpired()).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('203.0.113.7');
    now = AT + 30 * DAY;
    // An answer arriving while the file is rewritten waits for the rewrite and is not lost.
    const [cut, saved] = await Promise.all([
      sink.forgetExpired(),
      sink.record({ ...RECORD, cardId: 'later' }),
    ]);
    expect(cut).toBe(1);
    expect(saved).toEqual({ kind: 'saved' });
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      RECORD,
      { ...RECORD, helpful: false, label: { kind: 'family', family: 'firewall-ip-not-allowed' } },
      { ...RECORD, cardId: 'later' },
    ]);
    expect(await sink.forgetExpired()).toBe(0);
  });

  it('has nothing to cut in a file that does not exist yet', async () => {
    expect(await new JsonlFeedbackSink(join(dir, 'none.jsonl')).forgetExpired()).toBe(0);
  });

  it('cuts expired text in memory too', async () => {
    let now = AT;
    const sink = new MemoryFeedbackSink(10, () => now);
    await sink.record(SHARED);
    now = AT + 31 * DAY;
    expect(await sink.forgetExpired()).toBe(1);
    expect(sink.list()[0]).not.toHaveProperty('text');
    expect(sink.list()[0]).toMatchObject({ label: { kind: 'family' } });
  });

  it('stores shared text in shared storage under its own prefix, expiring when its days are over', async () => {
    const written: StoreItems = {};
    class WatchedStorage extends MemoryStorage {
      override async write(changes: StoreItems): Promise<void> {
        Object.assign(written, changes);
        return super.write(changes);
      }
    }
    const state = { ...memoryStateStore(), kind: 'blob' as const, storage: new WatchedStorage() };
    const sink = new StateFeedbackSink(state, () => AT);
    expect(feedbackSinkFor({ kind: 'memory' }, state)).toBeInstanceOf(StateFeedbackSink);
    await sink.record(RECORD);
    await sink.record(SHARED);
    const byPrefix = Object.fromEntries(
      Object.entries(written).map(([key, value]) => [
        key.split('/')[0],
        (value as { expires: number }).expires,
      ]),
    );
    expect(byPrefix).toEqual({
      feedback: AT + FEEDBACK_RETENTION_MS,
      'feedback-text': AT + 30 * DAY,
    });
  });

  it('offers "share", unticked, with its days in the reader\'s language, only when asked to', () => {
    const form = (shareForDays?: number, lang: 'en' | 'ru' = 'en') =>
      feedbackFormCard({
        lang,
        cardId: RECORD.cardId,
        kind: 'not-helpful',
        causes: [],
        ...(shareForDays !== undefined ? { shareForDays } : {}),
      });
    expect(cardInputs(form()).map((i) => i.id)).toEqual(['label', 'note']);
    expect(cardInputs(form(14)).find((i) => i.id === 'share')).toMatchObject({
      type: 'Input.Toggle',
      value: 'false',
      text: expect.stringContaining('deleted after 14 days'),
    });
    expect(cardInputs(form(14, 'ru')).find((i) => i.id === 'share')?.text).toContain('удалён через 14 дн.');
  });
});
