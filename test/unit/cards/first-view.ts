import type { VisibleText } from '../../fakes/teams/card-reading';

/**
 * What a card shows before anyone unfolds anything: elements hidden with `isVisible: false` (opened by
 * Action.ToggleVisibility) and the cards of Action.ShowCard are left out, and so are overflow actions.
 */
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export function firstViewTexts(card: unknown): VisibleText[] {
  const out: VisibleText[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node) || node['isVisible'] === false) return;
    const type = node['type'];
    if (type === 'TextBlock' && typeof node['text'] === 'string')
      out.push({ element: 'TextBlock', text: node['text'] });
    if (type === 'TextRun' && typeof node['text'] === 'string')
      out.push({ element: 'TextRun', text: node['text'] });
    if (type === 'CodeBlock' && typeof node['codeSnippet'] === 'string')
      out.push({ element: 'CodeBlock', text: node['codeSnippet'] });
    for (const [key, value] of Object.entries(node)) {
      if (key === 'fallback' || key === 'actions' || key === 'selectAction') continue;
      walk(value);
    }
  };
  walk(card);
  return out;
}

/** The first view's text as one string; TextRuns of one RichTextBlock run together as they render. */
export function firstViewText(card: unknown): string {
  return firstViewTexts(card)
    .map((t) => t.text)
    .join('\n');
}

export interface ShownButton {
  readonly type: string;
  readonly title: string;
}

/** Buttons a person sees without opening anything: not in the overflow menu, not in a folded part. */
export function visibleButtons(card: unknown): ShownButton[] {
  const out: ShownButton[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node) || node['isVisible'] === false) return;
    if (node['type'] === 'ActionSet' || node['type'] === 'AdaptiveCard') {
      for (const a of Array.isArray(node['actions']) ? node['actions'] : []) {
        if (isNode(a) && String(a['mode']).toLowerCase() !== 'secondary')
          out.push({ type: String(a['type']), title: String(a['title']) });
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'actions') walk(value);
  };
  walk(card);
  return out;
}
