import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What people paste into the bot: the real error texts of the development corpus (test/fixtures/corpus). */
export interface Paste {
  readonly id: string;
  readonly text: string;
  /** The family the corpus labels as the cause. */
  readonly cause: string;
}

function corpusPath(): string {
  // From test/fakes/teams under jest, and from dist/test/fakes/teams after a build: the fixtures stay in test/.
  const candidates = [
    join(__dirname, '../../fixtures/corpus/dev.jsonl'),
    join(__dirname, '../../../../test/fixtures/corpus/dev.jsonl'),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`corpus not found; looked in ${candidates.join(', ')}`);
  return found;
}

let cache: readonly Paste[] | undefined;

export function corpusPastes(): readonly Paste[] {
  cache ??= readFileSync(corpusPath(), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { id: string; text: string; cause: string };
      return { id: row.id, text: row.text, cause: row.cause };
    });
  return cache;
}

export function corpusPaste(id: string): Paste {
  const paste = corpusPastes().find((p) => p.id === id);
  if (!paste) throw new Error(`no corpus paste ${id}`);
  return paste;
}
