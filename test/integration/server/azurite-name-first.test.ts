import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transpileModule, ModuleKind } from 'typescript';
import { blobStateStore, readRecord } from '../../../src/state';
import { startAzurite, type Azurite } from './azurite';

/**
 * bench:load can preload into Azurite a lookup by blob name first (test/bench/azurite-name-first.ts). It must
 * change only how fast a blob is found, never what is found: an atomic create still wins once, and a record
 * reads back as written, among many blobs.
 */

let azurite: Azurite;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'name-first-'));
  const source = readFileSync(join(__dirname, '../../bench/azurite-name-first.ts'), 'utf8');
  const preload = join(dir, 'azurite-name-first.js');
  writeFileSync(
    preload,
    transpileModule(source, { compilerOptions: { module: ModuleKind.CommonJS } }).outputText,
  );
  azurite = await startAzurite({ preload });
});
afterAll(async () => {
  await azurite.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Azurite with name-first lookups', () => {
  it('creates each record once and reads back what was written, among many', async () => {
    const state = blobStateStore({ connectionString: azurite.connectionString, container: 'name-first' });
    const names = Array.from({ length: 40 }, (_, i) => `cards/card-${i}`);
    const expires = Date.now() + 60_000;
    const first = await Promise.all(
      names.map((name, i) => state.createJson!(name, JSON.stringify({ i }), expires)),
    );
    expect(first.every(Boolean)).toBe(true);
    const again = await Promise.all(names.map((name) => state.createJson!(name, '{"i":-1}', expires)));
    expect(again.some(Boolean)).toBe(false);
    for (const [i, name] of names.entries())
      expect(await readRecord<{ i: number }>(state.storage, name, Date.now())).toEqual({
        found: true,
        value: { i },
      });
    expect(await readRecord(state.storage, 'cards/card-missing', Date.now())).toEqual({ found: false });
  });
});
