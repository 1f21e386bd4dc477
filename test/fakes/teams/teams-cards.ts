import type * as AdaptiveCards from 'adaptivecards';

/**
 * What Teams accepts in a bot's Adaptive Card (shared/reference/teams-cards.md §1–3): schema 1.5, the 1.5
 * elements minus Media, Teams' CodeBlock, https links only, and a message under the size limit. The card is
 * also parsed by the adaptivecards library (the renderer Teams builds on) and must raise no parse or
 * validation events.
 */

// The library's lib/ build is ES modules without "type": "module"; its UMD bundle loads under CommonJS/jest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC: typeof AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');

/** Teams' limit for a bot message (the brief's budget; Teams documents 28 KB for webhooks and more for bots). */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

const ELEMENTS = new Set([
  'TextBlock',
  'RichTextBlock',
  'Image',
  'ImageSet',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'CodeBlock',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const INLINES = new Set(['TextRun']);
const ACTIONS = new Set([
  'Action.Execute',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
  'Action.ToggleVisibility',
]);
const CODE_LANGUAGES = new Set([
  'Bash',
  'C',
  'Cpp',
  'CSharp',
  'Css',
  'Dos',
  'Go',
  'Graphql',
  'Html',
  'Java',
  'JavaScript',
  'Json',
  'ObjectiveC',
  'Perl',
  'Php',
  'PlainText',
  'PowerShell',
  'Python',
  'Sql',
  'TypeScript',
  'VbNet',
  'Verilog',
  'Vhdl',
  'Xml',
]);
const MAX_VISIBLE_ACTIONS = 6;

/** Teams' CodeBlock, registered so the library parses it instead of reporting an unknown element. */
class CodeBlock extends AC.CardElement {
  static readonly codeSnippetProperty = new AC.StringProperty(AC.Versions.v1_5, 'codeSnippet', true);
  static readonly languageProperty = new AC.StringProperty(AC.Versions.v1_5, 'language', true);
  override getJsonTypeName(): string {
    return 'CodeBlock';
  }
  protected override internalRender(): undefined {
    return undefined;
  }
}

function libraryProblems(card: unknown): string[] {
  const registry = new AC.CardObjectRegistry<AdaptiveCards.CardElement>();
  AC.GlobalRegistry.populateWithDefaultElements(registry);
  registry.register('CodeBlock', CodeBlock, AC.Versions.v1_5);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  context.setElementRegistry(registry);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`validate: ${event.message}`);
  return problems;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function structureProblems(card: Node): string[] {
  const problems: string[] = [];
  if (card['type'] !== 'AdaptiveCard') problems.push('root type is not AdaptiveCard');
  if (card['version'] !== '1.5')
    problems.push(`version is ${String(card['version'])}, Teams cards here use 1.5`);

  const action = (a: unknown, where: string): void => {
    if (!isNode(a) || typeof a['type'] !== 'string' || !ACTIONS.has(a['type'])) {
      problems.push(
        `${where}: action type ${isNode(a) ? String(a['type']) : typeof a} is not supported by Teams`,
      );
      return;
    }
    if ('style' in a && a['style'] !== 'default')
      problems.push(`${where}: Teams ignores action style "${String(a['style'])}"`);
    if (a['type'] === 'Action.OpenUrl') {
      const url = typeof a['url'] === 'string' ? a['url'] : '';
      if (!/^https:\/\/[^\s/]+\//.test(url)) problems.push(`${where}: OpenUrl to a non-https URL "${url}"`);
    }
    if (a['type'] === 'Action.Execute' && typeof a['verb'] !== 'string')
      problems.push(`${where}: Action.Execute without verb`);
    if (isNode(a['fallback'])) action(a['fallback'], `${where}.fallback`);
    if (isNode(a['card'])) element(a['card'], `${where}.card`);
  };
  const actions = (list: unknown, where: string): void => {
    if (!Array.isArray(list)) return;
    if (list.length > MAX_VISIBLE_ACTIONS)
      problems.push(`${where}: ${list.length} actions, Teams shows ${MAX_VISIBLE_ACTIONS}`);
    list.forEach((a, i) => action(a, `${where}[${i}]`));
  };
  const element = (e: unknown, where: string): void => {
    if (!isNode(e)) {
      problems.push(`${where}: not an object`);
      return;
    }
    const type = e['type'];
    if (type === 'AdaptiveCard') {
      (Array.isArray(e['body']) ? e['body'] : []).forEach((c, i) => element(c, `${where}.body[${i}]`));
      actions(e['actions'], `${where}.actions`);
      return;
    }
    if (typeof type !== 'string' || !ELEMENTS.has(type)) {
      problems.push(`${where}: element type ${String(type)} is not supported by Teams at 1.5`);
      return;
    }
    if (type === 'TextBlock' && typeof e['text'] !== 'string')
      problems.push(`${where}: TextBlock without text`);
    if (type === 'CodeBlock') {
      if (typeof e['codeSnippet'] !== 'string') problems.push(`${where}: CodeBlock without codeSnippet`);
      if (typeof e['language'] !== 'string' || !CODE_LANGUAGES.has(e['language']))
        problems.push(`${where}: CodeBlock language ${String(e['language'])}`);
      // CodeBlock renders on web and desktop only; mobile needs a fallback.
      if (!isNode(e['fallback'])) problems.push(`${where}: CodeBlock without a fallback for mobile clients`);
    }
    if (type === 'RichTextBlock') {
      const inlines = Array.isArray(e['inlines']) ? e['inlines'] : [];
      inlines.forEach((inline, i) => {
        if (typeof inline === 'string') return;
        if (!isNode(inline) || !INLINES.has(String(inline['type'])) || typeof inline['text'] !== 'string') {
          problems.push(`${where}.inlines[${i}]: not a TextRun with text`);
        }
      });
    }
    if (type === 'Image' && !/^https:\/\//.test(String(e['url'])))
      problems.push(`${where}: image URL is not https`);
    if (isNode(e['fallback'])) element(e['fallback'], `${where}.fallback`);
    if (isNode(e['selectAction'])) action(e['selectAction'], `${where}.selectAction`);
    for (const key of ['items', 'columns', 'rows', 'cells', 'images'] as const) {
      const children = e[key];
      if (Array.isArray(children)) children.forEach((c, i) => element(c, `${where}.${key}[${i}]`));
    }
    if (type === 'ActionSet') actions(e['actions'], `${where}.actions`);
  };
  element(card, 'card');
  return problems;
}

export interface CardVerdict {
  readonly ok: boolean;
  readonly problems: readonly string[];
  readonly bytes: number;
}

/** Checks one card the way Teams would receive it. */
export function checkTeamsCard(card: unknown): CardVerdict {
  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  const problems = isNode(card)
    ? [...structureProblems(card), ...libraryProblems(card)]
    : ['card is not an object'];
  if (bytes > TEAMS_MESSAGE_LIMIT_BYTES)
    problems.push(`card is ${bytes} bytes, over ${TEAMS_MESSAGE_LIMIT_BYTES}`);
  return { ok: problems.length === 0, problems, bytes };
}

/** All strings anywhere in a card, with the property that holds each (for escaping assertions). */
export function cardStrings(
  card: unknown,
): { readonly key: string; readonly owner: string; readonly value: string }[] {
  const out: { key: string; owner: string; value: string }[] = [];
  const walk = (node: unknown, owner: string): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, owner));
    else if (isNode(node)) {
      const type = typeof node['type'] === 'string' ? node['type'] : owner;
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string') out.push({ key, owner: type, value });
        else walk(value, type);
      }
    }
  };
  walk(card, 'root');
  return out;
}
