import familyOfCatalogueCause from '../../fixtures/reference/family.json';
import { DOC_HOSTS } from '../../../src/cards/doc-links';
import { literalKeys, MIN_KEY_LENGTH } from '../../../src/diagnosis/literal-key';
import {
  BOILERPLATE,
  CAUSE_IDS,
  CAUSES,
  CHECK_IDS,
  FAMILY_IDS,
  LANGS,
  PLACEHOLDERS,
  type Cause,
  type Text,
} from '../../../src/knowledge';

const CYRILLIC = /[а-яё]/i;

function texts(cause: Cause): Array<[string, Text]> {
  return [
    ['title', cause.title],
    ['explanation', cause.explanation],
    ['ask', cause.ask],
    ...cause.fix.map((step, i): [string, Text] => [`fix[${i}]`, step.text]),
    ...cause.docs.map((doc, i): [string, Text] => [`docs[${i}]`, doc.title]),
  ];
}

describe('knowledge base', () => {
  it('has exactly one entry per cause id', () => {
    const ids = CAUSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CAUSE_IDS].sort());
  });

  it('puts the catalogue causes in the families shared/reference/family.json gives them', () => {
    for (const [id, family] of Object.entries(familyOfCatalogueCause)) {
      expect({ id, family: CAUSES.find((c) => c.id === id)?.family }).toEqual({ id, family });
    }
  });

  it('covers every family', () => {
    for (const family of FAMILY_IDS) expect(CAUSES.some((c) => c.family === family)).toBe(true);
  });

  describe.each(CAUSES.map((c) => [c.id, c] as const))('%s', (_id, cause) => {
    it('speaks English and Russian', () => {
      for (const [where, text] of texts(cause)) {
        for (const lang of LANGS)
          expect({ where, lang, text: text[lang].trim().length > 0 }).toEqual({ where, lang, text: true });
        expect({ where, russian: CYRILLIC.test(text.ru) || text.ru === text.en }).toEqual({
          where,
          russian: true,
        });
      }
      expect(CYRILLIC.test(cause.explanation.ru)).toBe(true);
    });

    it('has an anchor, fix steps, docs and valid checks', () => {
      if (cause.fallbackOnly) expect(cause.rules).toEqual([]);
      else expect(cause.rules.some((r) => r.role === 'anchor')).toBe(true);
      expect(cause.rules.every((r) => r.weight > 0)).toBe(true);
      expect(cause.fix.length).toBeGreaterThan(0);
      expect(cause.docs.length).toBeGreaterThan(0);
      for (const check of cause.checks) expect(CHECK_IDS).toContain(check);
    });

    it('links only to https documentation hosts', () => {
      for (const doc of cause.docs) {
        const url = new URL(doc.url);
        expect(url.protocol).toBe('https:');
        expect(DOC_HOSTS).toContain(url.hostname);
      }
    });

    it('uses only known placeholders in commands', () => {
      for (const step of cause.fix) {
        for (const [, name] of (step.command ?? '').matchAll(/\{(\w+)\}/g))
          expect(PLACEHOLDERS).toContain(name);
      }
    });

    it('gives every clue a literal the keyword scan can find', () => {
      for (const rule of cause.rules) {
        const clue = rule.clue;
        if ('pattern' in clue)
          expect({ pattern: clue.pattern.source, keys: literalKeys(clue.pattern) !== null }).toEqual({
            pattern: clue.pattern.source,
            keys: true,
          });
        if ('words' in clue) {
          expect(clue.words.length).toBeGreaterThan(0);
          expect(Math.max(...clue.words.map((w) => w.trim().length))).toBeGreaterThanOrEqual(MIN_KEY_LENGTH);
        }
      }
    });
  });
});

describe('boilerplate', () => {
  it('gives no rule weight: no clue contains text that every error of a kind carries', () => {
    const offending: string[] = [];
    for (const cause of CAUSES)
      for (const rule of cause.rules) {
        const clue = rule.clue;
        const text =
          'words' in clue
            ? clue.words.join(' ')
            : 'pattern' in clue
              ? clue.pattern.source.replace(/\\/g, '')
              : '';
        for (const b of BOILERPLATE)
          if (text.toLowerCase().includes(b.toLowerCase())) offending.push(`${cause.id}: ${b}`);
      }
    expect(offending).toEqual([]);
  });
});
