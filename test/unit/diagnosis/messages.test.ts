/**
 * The catalogue of real tool messages (test/fixtures/messages/*.jsonl: the message as the program prints it,
 * its family, the tool, the versions and the `owner/repo:path` it comes from). Every entry must put its family
 * among the first three; together at least MIN_FIRST of them must put their family (or one of `also`) first.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { FAMILY_IDS } from '../../../src/knowledge';
import { familiesOf } from '../../support/diagnosis';

interface Message {
  readonly id: string;
  readonly text: string;
  readonly family: string;
  readonly also?: readonly string[];
  readonly tool: string;
  readonly source: string;
}

/** The issue's target: the family (or one of `also`) first for at least 95 % of the entries. */
const MIN_FIRST = 0.95;

/**
 * Entries whose family cannot be told from the text alone, each with the reason. Listed so that the suite stays
 * green; an entry that starts passing fails here until it is removed from the list. Nothing else belongs here:
 * a wording the knowledge lacks is fixed in the knowledge.
 */
const KNOWN_GAPS = new Map<string, string>([
  [
    'tasks-003',
    'a 401 on /v2/ at the ACR Tasks login: wrong credentials, a task identity without a role and an ABAC registry ' +
      'that needs the task identity print the same line; the engine lists invalid-credentials and ABAC, the ' +
      'labelled missing role ranks fourth',
  ],
  [
    'pipe-011',
    'a bare "unauthorized: authentication required" from Docker@2: not logged in, expired, invalid credentials ' +
      'and a missing role tie, and the labelled missing role ranks fourth by prior',
  ],
]);

const DIR = join(__dirname, '..', '..', 'fixtures', 'messages');
const messages: Message[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Message),
  );

describe('message catalogue', () => {
  it('is well formed: known families, a tool and a source for every entry, unique ids', () => {
    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    for (const m of messages) {
      expect({ id: m.id, family: (FAMILY_IDS as readonly string[]).includes(m.family) }).toEqual({
        id: m.id,
        family: true,
      });
      expect(m.tool.length).toBeGreaterThan(0);
      expect(m.source.length).toBeGreaterThan(0);
    }
    for (const [id, reason] of KNOWN_GAPS) {
      expect({ id, listed: messages.some((m) => m.id === id) }).toEqual({ id, listed: true });
      expect(reason.length).toBeGreaterThan(40);
    }
  });

  it.each(messages.map((m) => [m.id, m] as const))('%s puts its family in the first three', (_id, m) => {
    const found = familiesOf(m.text).slice(0, 3);
    const ok = found.includes(m.family);
    if (KNOWN_GAPS.has(m.id)) expect({ id: m.id, stillAGap: !ok }).toEqual({ id: m.id, stillAGap: true });
    else expect({ id: m.id, family: ok ? m.family : found }).toEqual({ id: m.id, family: m.family });
  });

  it(`puts the family first for at least ${MIN_FIRST * 100} % of the entries`, () => {
    const first = messages.filter((m) => {
      const top = familiesOf(m.text)[0];
      return top !== undefined && [m.family, ...(m.also ?? [])].includes(top);
    });
    expect(first.length / messages.length).toBeGreaterThanOrEqual(MIN_FIRST);
  });
});
