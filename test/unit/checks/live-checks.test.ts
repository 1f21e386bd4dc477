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
