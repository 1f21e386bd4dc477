import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  feedbackSinkFor,
  JsonlFeedbackSink,
  MemoryFeedbackSink,
  type FeedbackRecord,
} from '../../../src/bot/feedback';

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
});
