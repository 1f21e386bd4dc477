import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The card templates bind data only where a string belongs. A whole-value binding (`"${x}"`) anywhere else
 * would let data put objects or arrays into the card, so it is allowed only as `$data` (the bot's own lists)
 * and `$when` (booleans).
 */
const CARDS = join(__dirname, '../../../cards');
const STRING_PROPERTIES = new Set([
  'text',
  'title',
  'url',
  'codeSnippet',
  'verb',
  'color',
  'id',
  'causes',
  'feedback',
  'checks',
  'lang',
  // Our own values: 'Default' or 'Monospace', and a boolean for what starts folded.
  'fontType',
  'isVisible',
]);

function templates(): Array<[string, unknown]> {
  const files = [
    ...readdirSync(CARDS).filter((f) => f.endsWith('.json')),
    ...readdirSync(join(CARDS, 'parts')).map((f) => join('parts', f)),
  ];
  return files.map((f) => [f, JSON.parse(readFileSync(join(CARDS, f), 'utf8')) as unknown]);
}

function bindings(
  node: unknown,
  path: string,
  out: Array<{ path: string; key: string; value: string }>,
): void {
  if (Array.isArray(node)) node.forEach((n, i) => bindings(n, `${path}[${i}]`, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && value.includes('${')) out.push({ path: `${path}.${key}`, key, value });
      else bindings(value, `${path}.${key}`, out);
    }
  }
}

describe('card templates', () => {
  it.each(templates())('%s binds whole values only where strings belong', (_file, template) => {
    const found: Array<{ path: string; key: string; value: string }> = [];
    bindings(template, '', found);
    expect(found.length).toBeGreaterThan(0);
    for (const b of found) {
      // Template text must not contain backticks: the engine wraps mixed strings in them.
      expect({ path: b.path, backtick: b.value.includes('`') }).toEqual({ path: b.path, backtick: false });
      const whole = /^\$\{[^}]*\}$/.test(b.value);
      if (b.key === '$data' || b.key === '$when')
        expect({ path: b.path, whole }).toEqual({ path: b.path, whole: true });
      else expect({ path: b.path, key: STRING_PROPERTIES.has(b.key) }).toEqual({ path: b.path, key: true });
    }
  });

  it.each(templates().filter(([file]) => !file.startsWith('parts')))(
    '%s is an Adaptive Card 1.5 a designer can open',
    (_file, template) => {
      expect(template).toMatchObject({
        type: 'AdaptiveCard',
        version: '1.5',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      });
    },
  );
});
