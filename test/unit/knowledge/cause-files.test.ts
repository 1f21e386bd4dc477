/**
 * The knowledge base is one file per cause, `src/knowledge/causes/<family>/<cause-id>.ts`, and the cause ids
 * are derived from those files through the index `causes/index.ts`. This test keeps the three in step: a file
 * that is added, renamed or removed without its index line fails here (and `UPDATE_CAUSE_INDEX=1 npx jest
 * cause-files` rewrites the index), and every cause must have a fixture paste that ranks it first.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { diagnose } from '../../../src/diagnosis';
import { CAUSES, CAUSE_IDS, FAMILY_IDS } from '../../../src/knowledge';

const DIR = join(__dirname, '..', '..', '..', 'src', 'knowledge', 'causes');
const INDEX = join(DIR, 'index.ts');

interface CauseFile {
  readonly family: string;
  readonly id: string;
}

function causeFiles(): CauseFile[] {
  return readdirSync(DIR)
    .filter((d) => statSync(join(DIR, d)).isDirectory())
    .sort()
    .flatMap((family) =>
      readdirSync(join(DIR, family))
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => ({ family, id: f.slice(0, -3) })),
    );
}

const identifier = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The index the files call for, byte for byte. */
function expectedIndex(files: readonly CauseFile[]): string {
  const head = [
    '// Generated from the files under causes/: one import per `causes/<family>/<cause-id>.ts`, in path order.',
    '// test/unit/knowledge/cause-files.test.ts fails when this list and the files disagree; run it with',
    '// UPDATE_CAUSE_INDEX=1 to rewrite it, so a cause file that is added, renamed or removed cannot be forgotten.',
  ];
  const imports = files.map((f) => `import ${identifier(f.id)} from './${f.family}/${f.id}';`);
  const list = files.map((f) => `  ${identifier(f.id)},`);
  return [
    ...head,
    ...imports,
    '',
    '/** Every cause, in path order. `CauseId` is derived from this list. */',
    'export const CAUSE_LIST = [',
    ...list,
    '] as const;',
    '',
  ].join('\n');
}

describe('cause files', () => {
  const files = causeFiles();

  it('are listed in causes/index.ts, one import per file', () => {
    const expected = expectedIndex(files);
    const actual = readFileSync(INDEX, 'utf8');
    if (actual !== expected && process.env.UPDATE_CAUSE_INDEX === '1') writeFileSync(INDEX, expected);
    else expect(actual).toBe(expected);
  });

  it('live in a folder named for their family, in a file named for their id', () => {
    const declared = CAUSES.map((c) => ({ family: c.family, id: c.id }));
    expect(declared).toEqual(files);
  });

  it('hold nothing but causes: every folder is a family', () => {
    for (const f of files) expect(FAMILY_IDS).toContain(f.family);
    expect(CAUSE_IDS).toEqual(files.map((f) => f.id));
  });
});

describe('fixture pastes', () => {
  const dir = join(__dirname, '..', '..', 'fixtures', 'pastes');
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; cause: string; text: string }),
    );
  const rankedFirst = new Set(
    fixtures.filter((f) => diagnose(f.text).causes[0]?.id === f.cause).map((f) => f.cause),
  );

  it('rank every cause first at least once', () => {
    expect(CAUSE_IDS.filter((id) => !rankedFirst.has(id))).toEqual([]);
  });
});
