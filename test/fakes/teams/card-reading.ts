/**
 * Reads a card the way a person looks at it: the text in order, and the buttons. Tests assert on these
 * rather than on the card's JSON layout, so a layout change does not break them but a content change does.
 */

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface VisibleText {
  readonly element: 'TextBlock' | 'TextRun' | 'CodeBlock' | 'Fact';
  readonly text: string;
}

export interface CardButton {
  readonly type: string;
  readonly title: string;
  readonly verb?: string;
  readonly url?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly fallback?: Readonly<Record<string, unknown>>;
}

/**
 * Which part of a card a reader takes in: `all` is everything a person can reach by unfolding and opening;
 * `first` is what shows before anyone does — no parts hidden with `isVisible: false` (opened by
 * Action.ToggleVisibility), no Action.ShowCard cards, no overflow (`mode: "secondary"`) actions.
 */
export type CardView = 'all' | 'first';

const hiddenIn = (view: CardView, node: Node): boolean => view === 'first' && node['isVisible'] === false;

/** Texts of the card in document order (primary elements; fallbacks are what other clients see instead). */
export function visibleTexts(card: unknown, view: CardView = 'all'): VisibleText[] {
  const out: VisibleText[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node) || hiddenIn(view, node)) return;
    const type = node['type'];
    if (type === 'TextBlock' && typeof node['text'] === 'string')
      out.push({ element: 'TextBlock', text: node['text'] });
    if (type === 'TextRun' && typeof node['text'] === 'string')
      out.push({ element: 'TextRun', text: node['text'] });
    if (type === 'CodeBlock' && typeof node['codeSnippet'] === 'string')
      out.push({ element: 'CodeBlock', text: node['codeSnippet'] });
    if (type === 'FactSet' && Array.isArray(node['facts'])) {
      for (const f of node['facts'])
        if (isNode(f)) out.push({ element: 'Fact', text: `${String(f['title'])} ${String(f['value'])}` });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'fallback' || key === 'actions' || key === 'selectAction') continue;
      walk(value);
    }
  };
  walk(card);
  return out;
}

/** All visible text joined with newlines: what `toContain` assertions read. */
export function cardText(card: unknown, view: CardView = 'all'): string {
  return visibleTexts(card, view)
    .map((t) => t.text)
    .join('\n');
}

export function cardButtons(card: unknown, view: CardView = 'all'): CardButton[] {
  const out: CardButton[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node) || hiddenIn(view, node)) return;
    if (node['type'] === 'ActionSet' || node['type'] === 'AdaptiveCard') {
      for (const a of Array.isArray(node['actions']) ? node['actions'] : []) {
        if (!isNode(a)) continue;
        if (view === 'first' && String(a['mode']).toLowerCase() === 'secondary') continue;
        out.push({
          type: String(a['type']),
          title: String(a['title']),
          ...(typeof a['verb'] === 'string' ? { verb: a['verb'] } : {}),
          ...(typeof a['url'] === 'string' ? { url: a['url'] } : {}),
          ...(isNode(a['data']) ? { data: a['data'] } : {}),
          ...(isNode(a['fallback']) ? { fallback: a['fallback'] } : {}),
        });
        // An Action.ShowCard opens a card of its own, with buttons a person can press too.
        if (view === 'all' && isNode(a['card'])) walk(a['card']);
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'actions') walk(value);
  };
  walk(card);
  return out;
}

export function button(card: unknown, title: string | RegExp): CardButton {
  const found = cardButtons(card).find((b) =>
    typeof title === 'string' ? b.title === title : title.test(b.title),
  );
  if (!found)
    throw new Error(
      `no button ${String(title)} on the card; buttons: ${cardButtons(card)
        .map((b) => b.title)
        .join(', ')}`,
    );
  return found;
}

export interface CardInput {
  readonly id: string;
  readonly type: string;
  /** What a person reads beside it: its label, or a toggle's title. */
  readonly text?: string;
  readonly value?: string;
}

/** The card's inputs with their current values: what Teams sends along with an Action.Execute press. */
export function cardInputs(card: unknown): CardInput[] {
  const out: CardInput[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node)) return;
    const type = node['type'];
    if (typeof type === 'string' && type.startsWith('Input.') && typeof node['id'] === 'string') {
      const text = node['title'] ?? node['label'];
      out.push({
        id: node['id'],
        type,
        ...(typeof text === 'string' ? { text } : {}),
        ...(typeof node['value'] === 'string' ? { value: node['value'] } : {}),
      });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'fallback') walk(value);
  };
  walk(card);
  return out;
}
