import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join, resolve } from 'path';

export interface LabelledPaste {
  readonly id: string;
  readonly text: string;
  /** The expected cause family (corpus, messages) or cause id (fixtures). */
  readonly cause: string;
  readonly also: readonly string[];
  /** Fixtures only: the expected family may be anywhere in the top three. */
  readonly top?: number;
  /** Messages only: the program that prints the message. */
  readonly tool?: string;
}

export interface Corpus {
  readonly name: string;
  readonly path: string;
  readonly pastes: readonly LabelledPaste[];
}

/** The project root, whether this runs compiled (dist/test/bench) or from source. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) {
    const up = resolve(dir, '..');
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

const ROOT = projectRoot();
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** The dev corpus: the team's shared copy when it is beside the project, else the copy in the fixtures. */
export function defaultCorpusPath(): string {
  const shared = resolve(ROOT, '..', 'shared', 'corpus', 'dev.jsonl');
  return existsSync(shared) ? shared : join(FIXTURES, 'corpus', 'dev.jsonl');
}

/** One line of JSON per entry; a line that is not JSON is reported and skipped, never fatal. */
function readLines(path: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        out.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        console.error(`${path}:${i + 1}: not JSON, skipped`);
      }
    });
  return out;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The labelled entries of a file; lines without a label (e.g. the unlabelled channel traffic) are left out. */
export function readJsonl(path: string): LabelledPaste[] {
  return readLines(path)
    .filter((r) => typeof (r.cause ?? r.family) === 'string')
    .map((r) => ({
      id: String(r.id),
      text: String(r.text),
      cause: String(r.cause ?? r.family),
      also: strings(r.also),
      ...(typeof r.top === 'number' ? { top: r.top } : {}),
      ...(typeof r.tool === 'string' ? { tool: r.tool } : {}),
    }));
}

/**
 * Every corpus of labelled real pastes in test/fixtures/corpus/*.jsonl, dev first, the rest by name. A corpus
 * dropped into that folder is scored without any change here.
 */
export function realCorpora(): Corpus[] {
  const dir = join(FIXTURES, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort((a, b) => Number(b === 'dev.jsonl') - Number(a === 'dev.jsonl') || a.localeCompare(b))
    .map((f) => ({ name: basename(f, '.jsonl'), path: join(dir, f), pastes: readJsonl(join(dir, f)) }))
    .filter((c) => c.pastes.length > 0);
}

function readDir(dir: string): LabelledPaste[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)));
}

/** Our own realistic pastes per family (test/fixtures/pastes/*.jsonl), labelled with a cause id. */
export function readFixturePastes(): LabelledPaste[] {
  return readDir(join(FIXTURES, 'pastes'));
}

/** The catalogue of real tool messages (test/fixtures/messages/*.jsonl), labelled with a family. */
export function readMessages(): Array<LabelledPaste & { readonly file: string }> {
  const dir = join(FIXTURES, 'messages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)).map((p) => ({ ...p, file: basename(f, '.jsonl') })));
}
