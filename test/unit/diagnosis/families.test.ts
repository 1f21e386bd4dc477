/**
 * Per family: realistic pastes (test/fixtures/pastes/<family>.jsonl, one or more per cause) must put the
 * expected family first — or within the first three where the fixture says the text is honestly ambiguous.
 * Plus real pastes from the dev corpus whose wording settles the family on its own.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { diagnose } from '../../../src/diagnosis';
import { causeById, FAMILY_IDS, type CauseId } from '../../../src/knowledge';

interface Fixture {
  id: string;
  cause: CauseId;
  text: string;
  top?: number;
}

const DIR = join(__dirname, '..', '..', 'fixtures', 'pastes');
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));
const fixtures: Fixture[] = files.flatMap((f) =>
  readFileSync(join(DIR, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Fixture),
);

describe('fixture pastes', () => {
  it('cover every family', () => {
    const families = new Set(fixtures.map((f) => causeById(f.cause).family));
    expect([...FAMILY_IDS].filter((f) => !families.has(f))).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('%s ranks its family', (_id, fixture) => {
    const expected = causeById(fixture.cause).family;
    const families = [...new Set(diagnose(fixture.text).causes.map((c) => c.family))];
    const within = fixture.top ?? 1;
    expect({
      id: fixture.id,
      expected,
      found: families.slice(0, within).includes(expected) ? expected : families.slice(0, 3),
    }).toEqual({
      id: fixture.id,
      expected,
      found: expected,
    });
  });
});

describe('dev corpus pastes whose wording is decisive', () => {
  const corpus = readFileSync(join(__dirname, '..', '..', 'fixtures', 'corpus', 'dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; cause: string });
  const byId = (id: string) => corpus.find((c) => c.id === id)?.text ?? '';

  it.each([
    ['c005', 'firewall-ip-not-allowed'], // "client with IP … is not allowed access"
    ['c008', 'public-network-access-disabled'], // token exchange 403 without an IP; admin fallback is not the cause
    ['c015', 'other'], // another registry's nginx 403
    ['c021', 'docker-not-running-or-misconfigured'], // DOCKER_COMMAND_ERROR
    ['c028', 'throttled-too-many-requests'], // cache rule upstream throttled
    ['c036', 'private-endpoint-or-private-dns'], // challenge error with a private resolved IP
    ['c049', 'docker-not-running-or-misconfigured'], // credential store failure
    ['c063', 'image-or-tag-not-found'], // manifest unknown
  ])('%s -> %s', (id, family) => {
    expect(diagnose(byId(id)).causes[0]?.family).toBe(family);
  });

  it('answers the not-ACR look-alike as such', () => {
    const d = diagnose(byId('c015'));
    expect(d.verdict).toBe('not-acr');
  });

  it('does not take the admin-user fallback line for the root cause', () => {
    const d = diagnose(byId('c008'));
    expect(d.causes[0]?.family).not.toBe('admin-user-disabled');
  });
});
