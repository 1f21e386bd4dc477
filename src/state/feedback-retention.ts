import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * When what a person wrote into feedback ends: their shared paste (`text`) and the note of their label are
 * kept until the record's `keptUntil`, and a record holding either without a `keptUntil` (written before the
 * bot asked) counts as expired. The vote itself — causes, verdict, a hashed voter — has no free text and stays.
 */
type Stored = Record<string, unknown>;

function noteOf(record: Stored): unknown {
  const label = record['label'];
  return typeof label === 'object' && label !== null ? (label as Stored)['note'] : undefined;
}

/** True when `record` still holds free text whose time is over (or was never given one). */
export function holdsExpiredText(record: Stored, now: number): boolean {
  if (typeof record['text'] !== 'string' && typeof noteOf(record) !== 'string') return false;
  const until = typeof record['keptUntil'] === 'string' ? Date.parse(record['keptUntil']) : NaN;
  return !(until > now);
}

/** The record without the paste, the note and their end date: what remains is the vote. */
export function withoutText(record: Stored): Stored {
  const vote: Stored = { ...record };
  delete vote['text'];
  delete vote['keptUntil'];
  const label = vote['label'];
  if (typeof label === 'object' && label !== null) {
    const rest: Stored = { ...(label as Stored) };
    delete rest['note'];
    vote['label'] = rest;
  }
  return vote;
}

function parsed(line: string): Stored | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Stored)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rewrites a JSON Lines feedback file with the expired text cut out of its records, and reports how many
 * records were cut. The new file replaces the old one by a rename, so a reader sees one or the other, never
 * half; lines that are not records are left as they are. The new file is readable by the bot's own user only,
 * as it holds pastes. The caller keeps its own appends out of the way (JsonlFeedbackSink queues them); a file
 * shared by several processes is not supported.
 */
export async function pruneFeedbackFile(path: string, now: number): Promise<number> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let cut = 0;
  const lines = content.split('\n').map((line) => {
    const record = line.trim() === '' ? undefined : parsed(line);
    if (!record || !holdsExpiredText(record, now)) return line;
    cut++;
    return JSON.stringify(withoutText(record));
  });
  if (cut === 0) return 0;
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, lines.join('\n'), { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return cut;
}
