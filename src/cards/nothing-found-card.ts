import type { Diagnosis } from '../diagnosis/types';
import type { Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { plainLines } from './plain-text';
import { signalRows } from './signals-data';
import { STRINGS } from './strings';
import { bind } from './templates';

const EXCERPT_LINES = 4;
const EXCERPT_CHARS = 160;

/**
 * The answer when the engine recognised no cause: what was read and recognised, the start of the text so
 * the person sees what arrived (Teams may have mangled a paste), and how to get a diagnosis.
 */
export function nothingFoundCard(diagnosis: Diagnosis, lang: Lang): AdaptiveCardJson {
  const s = STRINGS[lang];
  const kinds = new Set(diagnosis.notices.map((n) => n.kind));
  const text = diagnosis.text.trim();
  const lines: string[] = [];
  if (kinds.has('empty') || !text) lines.push(s.nothingFound.empty);
  else if (kinds.has('binary') && text.length < 16) lines.push(s.nothingFound.binary);
  else {
    lines.push(s.nothingFound.read(text.split('\n').length, Array.from(text).length));
    const recognised = signalRows(diagnosis.signals, lang).map(
      (row) => `${row.label.toLowerCase()} ${row.value}`,
    );
    if (recognised.length > 0) lines.push(s.nothingFound.recognised(recognised.join('; ')));
    lines.push(s.nothingFound.noError);
  }
  const excerpt = text ? plainLines(text, EXCERPT_LINES, EXCERPT_CHARS) : undefined;
  return bind('nothing-found', {
    appName: s.appName,
    title: s.nothingFound.title,
    // Recognised values are user text, so these lines go into RichTextBlocks in the template.
    lines: lines.map((line) => ({ text: line })),
    excerpt: {
      show: Boolean(excerpt?.text.trim()),
      label: s.nothingFound.startsWith,
      lines: (excerpt?.text ?? '').split('\n').map((line) => ({ text: line || ' ' })),
    },
    tips: s.nothingFound.tips.map((tip) => ({ text: tip })),
  }).card;
}
