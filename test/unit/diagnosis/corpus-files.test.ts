import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { realCorpora } from '../../bench/corpus';
import { FAMILY_IDS } from '../../../src/knowledge/families';

/**
 * The labelled real corpora the benches read (test/fixtures/corpus): ids must be unique across all of them,
 * because reports and the listening bench name a paste by its id alone, and labels must be family ids.
 */
describe('the real corpora', () => {
  const corpora = realCorpora();
  const families: readonly string[] = FAMILY_IDS;

  it('are all there, each with pastes', () => {
    expect(corpora.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'dev',
        'field',
        'field2',
        'field3',
        'field4',
        'field5',
        'field6',
        'field7',
        'field8',
        'field9',
        'field10',
        'field11',
        'field12',
        'field13',
        'field14',
        'field15',
        'field16',
        'field17',
        'field18',
        'field19',
        'field20',
        'field21',
        'field22',
        'field23',
        'field24',
        'field25',
      ]),
    );
    for (const c of corpora) expect(c.pastes.length).toBeGreaterThan(0);
  });

  it('never use one id twice, within or across corpora', () => {
    const where = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of corpora)
      for (const p of c.pastes) {
        const before = where.get(p.id);
        if (before !== undefined) clashes.push(`${p.id} in ${before} and ${c.name}`);
        where.set(p.id, c.name);
      }
    expect(clashes).toEqual([]);
  });

  it('label every paste with family ids', () => {
    for (const c of corpora)
      for (const p of c.pastes) {
        expect({ id: p.id, cause: families.includes(p.cause) }).toEqual({ id: p.id, cause: true });
        for (const a of p.also)
          expect({ id: p.id, also: families.includes(a) }).toEqual({ id: p.id, also: true });
      }
  });
});

describe('the recorded first looks (test/fixtures/first-looks)', () => {
  const dir = join(__dirname, '..', '..', 'fixtures', 'first-looks');
  const corpora = new Map(realCorpora().map((c) => [c.name, c]));

  it('hold one answer for every paste of their corpus, and nothing else', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const corpus = corpora.get(file.replace('.jsonl', ''));
      const ids = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim().length > 0)
        .map((l) => (JSON.parse(l) as { id: string }).id);
      expect({ file, ids: [...ids].sort() }).toEqual({
        file,
        ids: (corpus?.pastes ?? []).map((p) => p.id).sort(),
      });
    }
  });
});
