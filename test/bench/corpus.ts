import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

export interface LabelledPaste {
  readonly id: string;
  readonly text: string;
  /** The expected cause family (corpus) or cause id (fixtures); see `family`. */
  readonly cause: string;
  readonly also: readonly string[];
  /** Fixtures only: the expected family may be anywhere in the top three. */
  readonly top?: number;
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

/** The dev corpus: the team's shared copy when it is beside the project, else the copy in the fixtures. */
export function defaultCorpusPath(): string {
  const shared = resolve(ROOT, '..', 'shared', 'corpus', 'dev.jsonl');
  return existsSync(shared) ? shared : join(ROOT, 'test', 'fixtures', 'corpus', 'dev.jsonl');
}

/** Corpora of real pastes collected independently of the rules: test/fixtures/corpus/field*.jsonl. */
export function fieldCorpusPaths(): string[] {
  const dir = join(ROOT, 'test', 'fixtures', 'corpus');
  return readdirSync(dir)
    .filter((f) => /^field\w*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function readJsonl(path: string): LabelledPaste[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((r) => ({
      id: String(r.id),
      text: String(r.text),
      cause: String(r.cause),
      also: Array.isArray(r.also) ? r.also.map(String) : [],
      ...(typeof r.top === 'number' ? { top: r.top } : {}),
    }));
}

/** Our own realistic pastes per family (test/fixtures/pastes/*.jsonl), labelled with a cause id. */
export function readFixturePastes(): LabelledPaste[] {
  const dir = join(ROOT, 'test', 'fixtures', 'pastes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)));
}
