import type { Diagnosis } from '../diagnosis/types';
import { fill, type Lang } from '../knowledge';
import { plural } from '../knowledge/plural';
import type { AdaptiveCardJson } from './adaptive-card';
import { plainLines } from './plain-text';
import { signalRows } from './signals-data';
import { bind } from './templates';
import { DIAGNOSIS_TEXT } from './text/diagnosis';
import { CHARACTERS_READ, LINES_READ, NOTHING_FOUND_TEXT, NOTHING_FOUND_TIPS } from './text/messages';

const EXCERPT_LINES = 4;
const EXCERPT_CHARS = 160;

/**
 * The answer when the engine recognised no cause: what was read and recognised, the start of the text so
 * the person sees what arrived (Teams may have mangled a paste), and how to get a diagnosis.
 */
export function nothingFoundCard(diagnosis: Diagnosis, lang: Lang): AdaptiveCardJson {
  const t = NOTHING_FOUND_TEXT;
  const kinds = new Set(diagnosis.notices.map((n) => n.kind));
  const text = diagnosis.text.trim();
  const lines: string[] = [];
  if (kinds.has('empty') || !text) lines.push(fill(t.empty, lang));
  else if (kinds.has('binary') && text.length < 16) lines.push(fill(t.binary, lang));
  else {
    lines.push(
      fill(t.read, lang, {
        lines: plural(LINES_READ, lang, text.split('\n').length),
        chars: plural(CHARACTERS_READ, lang, Array.from(text).length),
      }),
    );
    const recognised = signalRows(diagnosis.signals, lang).map(
      (row) => `${row.label.toLowerCase()} ${row.value}`,
    );
    if (recognised.length > 0) lines.push(fill(t.recognised, lang, { what: recognised.join('; ') }));
    lines.push(fill(t.noError, lang));
  }
  const excerpt = text ? plainLines(text, EXCERPT_LINES, EXCERPT_CHARS) : undefined;
  return bind('nothing-found', {
    appName: fill(DIAGNOSIS_TEXT.appName, lang),
    title: fill(t.title, lang),
    // Recognised values are user text, so these lines go into RichTextBlocks in the template.
    lines: lines.map((line) => ({ text: line })),
    excerpt: {
      show: Boolean(excerpt?.text.trim()),
      label: fill(t.startsWith, lang),
      lines: (excerpt?.text ?? '').split('\n').map((line) => ({ text: line || ' ' })),
    },
    tips: NOTHING_FOUND_TIPS.map((tip) => ({ text: tip[lang] })),
  }).card;
}
