import { ContainerClient } from '@azure/storage-blob';
import { StateFeedbackSink, type FeedbackRecord } from '../../../src/bot/feedback';
import { blobStateStore, readRecord } from '../../../src/state';
import { startAzurite, type Azurite } from './azurite';

/**
 * Feedback in Blob Storage (Azurite): a vote and a shared paste land under the prefixes the deployment's
 * lifecycle rules delete (`feedback/` after a year, `feedback-text/` after FEEDBACK_KEEP_DAYS), and a shared
 * paste reads back until its day and not after.
 */
let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(() => azurite?.stop());

const DAY = 24 * 60 * 60 * 1000;
const AT = Date.parse('2026-03-01T10:00:00.000Z');
const VOTE: FeedbackRecord = {
  at: new Date(AT).toISOString(),
  cardId: 'AbCdEfGhIjKlMnOpQrSt_-',
  helpful: false,
  verdict: 'acr',
  causes: ['firewall-client-ip-not-allowed'],
  lang: 'ru',
  conversation: 'channel',
};

it('keeps votes and shared text apart, and shared text only until its day', async () => {
  const container = 'feedback-blobs';
  const state = blobStateStore({ connectionString: azurite.connectionString, container });
  const sink = new StateFeedbackSink(state, () => AT);
  const shared: FeedbackRecord = {
    ...VOTE,
    label: { kind: 'family', family: 'firewall-ip-not-allowed', note: 'новый IP раннера' },
    text: 'denied: client with IP 203.0.113.7 is not allowed access',
    keptUntil: new Date(AT + 14 * DAY).toISOString(),
  };
  expect(await sink.record(VOTE)).toEqual({ kind: 'saved' });
  expect(await sink.record(shared)).toEqual({ kind: 'saved' });

  const names: string[] = [];
  for await (const blob of new ContainerClient(azurite.connectionString, container).listBlobsFlat())
    // BlobsStorage URI-encodes a key into the blob's name.
    names.push(decodeURIComponent(blob.name));
  expect(names.map((n) => n.replace(/\/[^/]+$/, '/…')).sort()).toEqual([
    'feedback-text/2026-03-01/…',
    'feedback/2026-03-01/…',
  ]);
  const textKey = names.find((n) => n.startsWith('feedback-text/'))!;
  expect(await readRecord(state.storage, textKey, AT + 14 * DAY - 1)).toEqual({ found: true, value: shared });
  expect(await readRecord(state.storage, textKey, AT + 14 * DAY)).toEqual({ found: false });
  const voteKey = names.find((n) => n.startsWith('feedback/'))!;
  expect(await readRecord(state.storage, voteKey, AT + 300 * DAY)).toEqual({ found: true, value: VOTE });
});
