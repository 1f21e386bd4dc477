import { LIVE_CHECKS } from '../../../src/checks/live';
import { printable } from '../../../src/cli/check-format';
import { CHECK_IDS } from '../../../src/knowledge';

it('there is exactly one live check per check id', () => {
  expect(LIVE_CHECKS.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
});

it('only the registry check waits for the lookup itself, and only secret expiry needs no registry', () => {
  expect(LIVE_CHECKS.filter((c) => c.needs === 'lookup').map((c) => c.id)).toEqual(['registry']);
  expect(LIVE_CHECKS.filter((c) => c.needs === 'nothing').map((c) => c.id)).toEqual(['secret-expiry']);
});

it('terminal output neutralises control characters and bidirectional overrides (tabs and newlines stay)', () => {
  expect(printable('a\u001b[31mb\u0007c\u202ed\nok\tx')).toBe('a?[31mb?c?d\nok\tx');
});

it('the bot runs live checks through the live-check service, and cards only show a finished report', () => {
  const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
  const { join } = jest.requireActual<typeof import('node:path')>('node:path');
  const src = (file: string) => readFileSync(join(__dirname, '..', '..', '..', 'src', file), 'utf8');
  for (const file of ['bot/live-checks.ts', 'bot/live-check-runtime.ts']) {
    expect({ file, azure: /from '\.\.\/azure'/.test(src(file)) }).toEqual({ file, azure: false });
    expect({ file, checks: /from '\.\.\/checks/.test(src(file)) }).toEqual({ file, checks: false });
  }
  expect(src('cards/causes-after-checks.ts')).not.toMatch(/\breconcile\(/);
});
