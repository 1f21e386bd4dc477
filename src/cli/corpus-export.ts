import { createReadStream, existsSync } from 'fs';
import { createInterface } from 'readline';
import { holdsExpiredText } from '../state/feedback-retention';
import { FAMILY_IDS } from '../knowledge';
import type { CliIo } from './main';

/**
 * `acr-doctor corpus export [feedback.jsonl]`: turns the bot's feedback store (FEEDBACK_FILE) into corpus
 * lines `{"id","text","cause"}`, where `cause` is the family the person said it was (Helpful: the family of
 * the cause that helped; Not helpful: the family they picked). One line per person and card, their latest
 * answer; answers without a shared paste, whose paste's time is over (see feedback-retention.ts), or
 * without a known family are left out. `bench:accuracy` reads the output.
 */
const USAGE = 'usage: acr-doctor corpus export [feedback.jsonl]   (default: $FEEDBACK_FILE)\n';

interface Row {
  readonly id: string;
  readonly text: string;
  readonly cause: string;
}

function rowOf(record: unknown, now: number): { key: string; row: Row | null } | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as Record<string, unknown>;
  if (typeof r['cardId'] !== 'string') return undefined;
  const voter = typeof r['voter'] === 'string' ? r['voter'] : 'anonymous';
  const key = `${r['cardId']}/${voter}`;
  const label = r['label'] as { kind?: unknown; family?: unknown } | undefined;
  const family = label?.family;
  const known = typeof family === 'string' && (FAMILY_IDS as readonly string[]).includes(family);
  // A later answer without a label (or "not known") replaces an earlier one: the person changed their mind.
  const shared = typeof r['text'] === 'string' && r['text'].trim() !== '' && !holdsExpiredText(r, now);
  if (!known || !shared) return { key, row: null };
  return {
    key,
    row: {
      id: `fb-${r['cardId'].slice(0, 12)}-${voter.slice(0, 8)}`,
      text: String(r['text']),
      cause: family,
    },
  };
}

export async function runCorpusCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] !== 'export' || argv.length > 2) {
    io.stderr(USAGE);
    return 2;
  }
  const path = argv[1] ?? io.env['FEEDBACK_FILE'];
  if (!path) {
    io.stderr(`acr-doctor: name the feedback file or set FEEDBACK_FILE\n${USAGE}`);
    return 2;
  }
  if (!existsSync(path)) {
    io.stderr(`acr-doctor: cannot read ${path}\n`);
    return 3;
  }
  const now = Date.now();
  const latest = new Map<string, Row | null>();
  let bad = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let parsed: ReturnType<typeof rowOf>;
    try {
      parsed = rowOf(JSON.parse(line), now);
    } catch {
      parsed = undefined;
    }
    if (!parsed) {
      bad++;
      continue;
    }
    latest.delete(parsed.key); // keep insertion order = order of the latest answers
    latest.set(parsed.key, parsed.row);
  }
  let written = 0;
  for (const row of latest.values()) {
    if (!row) continue;
    io.stdout(`${JSON.stringify({ id: row.id, text: row.text, cause: row.cause })}\n`);
    written++;
  }
  io.stderr(
    `acr-doctor: ${written} corpus line(s) from ${latest.size} answer(s)${bad ? `, ${bad} unreadable line(s) skipped` : ''}\n`,
  );
  return 0;
}
