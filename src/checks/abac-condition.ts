import { globMatches } from './glob';

/**
 * Reads the conditions ACR's ABAC mode puts on role assignments and decides, for the actions an operation
 * needs, whether they allow a repository. Azure's condition language is parsed as Azure writes it — `AND`,
 * `OR`, `NOT` (and `&&`, `||`, `!`), parentheses, `ActionMatches{'…'}` guards and comparisons of the
 * repository name — and evaluated once per action, because actions a condition does not guard stay
 * allowed: in `(!(ActionMatches{write}) OR (name StringStartsWith 'team/'))` a pull is allowed everywhere.
 * Anything else (another attribute, a sub-operation, an operator we do not know) is reported as not
 * understood rather than guessed. Conditions are data from Azure: parsing is a single pass with bounded
 * length, nesting and token count, and `StringLike` is matched without regular expressions.
 */
export type ConditionVerdict =
  | { readonly kind: 'none' }
  | { readonly kind: 'allows'; readonly tests: readonly string[] }
  | { readonly kind: 'excludes'; readonly tests: readonly string[] }
  | { readonly kind: 'no-repository'; readonly tests: readonly string[] }
  | { readonly kind: 'not-understood' };

const REPOSITORY_NAME = '@request[microsoft.containerregistry/registries/repositories:name]';
const MAX_CONDITION_CHARS = 8192;
const MAX_TOKENS = 2000;
const MAX_DEPTH = 50;

type Base =
  | 'StringEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringStartsWith'
  | 'StringStartsWithIgnoreCase'
  | 'StringLike'
  | 'StringLikeIgnoreCase';
const BASES: readonly Base[] = [
  'StringEquals',
  'StringEqualsIgnoreCase',
  'StringStartsWith',
  'StringStartsWithIgnoreCase',
  'StringLike',
  'StringLikeIgnoreCase',
];

/** An operator as written: an optional `ForAnyOfAnyValues:` (and relatives), `Not`, and a base comparison. */
interface Operator {
  readonly written: string;
  readonly base: Base;
  readonly negated: boolean;
}

type Token =
  | { readonly kind: '(' | ')' | 'and' | 'or' | 'not' }
  | { readonly kind: 'action'; readonly pattern: string }
  | { readonly kind: 'attribute'; readonly name: string }
  | { readonly kind: 'operator'; readonly operator: Operator }
  | { readonly kind: 'values'; readonly values: readonly string[] };

type Node =
  | { readonly kind: 'and' | 'or'; readonly left: Node; readonly right: Node }
  | { readonly kind: 'not'; readonly operand: Node }
  | { readonly kind: 'action'; readonly pattern: string }
  | { readonly kind: 'test'; readonly operator: Operator; readonly values: readonly string[] };

class NotUnderstood extends Error {}

function operatorOf(word: string): Operator | null {
  // Single-valued attributes (the repository name) treat ForAnyOfAnyValues / ForAllOfAnyValues as "any".
  const colon = word.lastIndexOf(':');
  const quantifier = colon >= 0 ? word.slice(0, colon).toLowerCase() : '';
  if (quantifier !== '' && quantifier !== 'foranyofanyvalues' && quantifier !== 'forallofanyvalues')
    return null;
  let name = word.slice(colon + 1);
  const negated = /^StringNot/i.test(name);
  if (negated) name = `String${name.slice('StringNot'.length)}`;
  const base = BASES.find((b) => b.toLowerCase() === name.toLowerCase());
  return base ? { written: word, base, negated } : null;
}

function readQuoted(text: string, at: number): { value: string; end: number } {
  // '…' with '' or \' for a quote inside; Azure writes plain single-quoted strings.
  let value = '';
  let i = at + 1;
  for (;;) {
    if (i >= text.length) throw new NotUnderstood();
    const ch = text[i] as string;
    if (ch === '\\' && text[i + 1] === "'") {
      value += "'";
      i += 2;
    } else if (ch === "'" && text[i + 1] === "'") {
      value += "'";
      i += 2;
    } else if (ch === "'") return { value, end: i + 1 };
    else {
      value += ch;
      i++;
    }
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (token: Token): void => {
    tokens.push(token);
    if (tokens.length > MAX_TOKENS) throw new NotUnderstood();
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      push({ kind: ch });
      i++;
    } else if (ch === '!') {
      push({ kind: 'not' });
      i++;
    } else if (text.startsWith('&&', i)) {
      push({ kind: 'and' });
      i += 2;
    } else if (text.startsWith('||', i)) {
      push({ kind: 'or' });
      i += 2;
    } else if (ch === "'") {
      const quoted = readQuoted(text, i);
      push({ kind: 'values', values: [quoted.value] });
      i = quoted.end;
    } else if (ch === '{') {
      // A set of values: {'a', 'b'}.
      const values: string[] = [];
      i++;
      for (;;) {
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] === '}') break;
        if (text[i] !== "'") throw new NotUnderstood();
        const quoted = readQuoted(text, i);
        values.push(quoted.value);
        i = quoted.end;
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] === ',') i++;
        else if (text[i] !== '}') throw new NotUnderstood();
      }
      i++;
      push({ kind: 'values', values });
    } else if (ch === '@') {
      // @Request[namespace/type:attribute], @Resource[…], @Principal[…], @Environment[…].
      const close = text.indexOf(']', i);
      const raw = close < 0 ? '' : text.slice(i, close + 1);
      if (!/^@[A-Za-z]{1,20}\[[^\]]*\]$/.test(raw)) throw new NotUnderstood();
      push({ kind: 'attribute', name: raw.replace(/\s+/g, '') });
      i = close + 1;
    } else {
      let end = i;
      while (end < text.length && /[A-Za-z:]/.test(text[end] as string)) end++;
      if (end === i) throw new NotUnderstood();
      const word = text.slice(i, end);
      i = end;
      const lower = word.toLowerCase();
      if (lower === 'and') push({ kind: 'and' });
      else if (lower === 'or') push({ kind: 'or' });
      else if (lower === 'not') push({ kind: 'not' });
      else if (lower === 'actionmatches') {
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] !== '{') throw new NotUnderstood();
        i++;
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] !== "'") throw new NotUnderstood();
        const quoted = readQuoted(text, i);
        i = quoted.end;
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] !== '}') throw new NotUnderstood();
        i++;
        push({ kind: 'action', pattern: quoted.value });
      } else {
        const operator = operatorOf(word);
        if (!operator) throw new NotUnderstood();
        push({ kind: 'operator', operator });
      }
    }
  }
  return tokens;
}

/** Recursive descent: or := and (OR and)*; and := unary (AND unary)*; unary := NOT unary | primary. */
function parse(tokens: readonly Token[]): Node {
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const expect = (kind: Token['kind']): Token => {
    const token = tokens[at];
    if (token?.kind !== kind) throw new NotUnderstood();
    at++;
    return token;
  };
  const or = (depth: number): Node => {
    let left = and(depth);
    while (peek()?.kind === 'or') {
      at++;
      left = { kind: 'or', left, right: and(depth) };
    }
    return left;
  };
  const and = (depth: number): Node => {
    let left = unary(depth);
    while (peek()?.kind === 'and') {
      at++;
      left = { kind: 'and', left, right: unary(depth) };
    }
    return left;
  };
  const unary = (depth: number): Node => {
    if (depth > MAX_DEPTH) throw new NotUnderstood();
    const token = peek();
    if (token?.kind === 'not') {
      at++;
      return { kind: 'not', operand: unary(depth + 1) };
    }
    if (token?.kind === '(') {
      at++;
      const inner = or(depth + 1);
      expect(')');
      return inner;
    }
    if (token?.kind === 'action') {
      at++;
      return { kind: 'action', pattern: token.pattern };
    }
    if (token?.kind === 'attribute') {
      at++;
      if (token.name.toLowerCase() !== REPOSITORY_NAME) throw new NotUnderstood();
      const operator = expect('operator');
      const values = expect('values');
      if (operator.kind !== 'operator' || values.kind !== 'values') throw new NotUnderstood();
      return { kind: 'test', operator: operator.operator, values: values.values };
    }
    throw new NotUnderstood();
  };
  const tree = or(0);
  if (at !== tokens.length) throw new NotUnderstood();
  return tree;
}

/** Kleene logic: `unknown` where the repository is not known. */
type Truth = 'true' | 'false' | 'unknown';

function compare(base: Base, repository: string, value: string): boolean {
  switch (base) {
    case 'StringEquals':
      return repository === value;
    case 'StringEqualsIgnoreCase':
      return repository.toLowerCase() === value.toLowerCase();
    case 'StringStartsWith':
      return repository.startsWith(value);
    case 'StringStartsWithIgnoreCase':
      return repository.toLowerCase().startsWith(value.toLowerCase());
    case 'StringLike':
      return globMatches(value, repository, { question: true, ignoreCase: false });
    case 'StringLikeIgnoreCase':
      return globMatches(value, repository, { question: true, ignoreCase: true });
  }
}

function evaluate(node: Node, action: string, repository: string | null): Truth {
  switch (node.kind) {
    case 'action':
      return globMatches(node.pattern, action, { question: false, ignoreCase: true }) ? 'true' : 'false';
    case 'test': {
      if (repository === null) return 'unknown';
      const any = node.values.some((v) => compare(node.operator.base, repository, v));
      return any !== node.operator.negated ? 'true' : 'false';
    }
    case 'not': {
      const v = evaluate(node.operand, action, repository);
      return v === 'unknown' ? v : v === 'true' ? 'false' : 'true';
    }
    case 'and': {
      const l = evaluate(node.left, action, repository);
      if (l === 'false') return l;
      const r = evaluate(node.right, action, repository);
      return r === 'false' ? r : l === 'unknown' || r === 'unknown' ? 'unknown' : 'true';
    }
    case 'or': {
      const l = evaluate(node.left, action, repository);
      if (l === 'true') return l;
      const r = evaluate(node.right, action, repository);
      return r === 'true' ? r : l === 'unknown' || r === 'unknown' ? 'unknown' : 'false';
    }
  }
}

function describeTest(node: Extract<Node, { kind: 'test' }>): string {
  const values = node.values.map((v) => `'${v}'`);
  return `${node.operator.written} ${values.length === 1 ? values[0] : `{${values.join(', ')}}`}`;
}

/**
 * The repository part of a condition, as its structure says it (AND, OR, NOT kept; action guards left out,
 * since the card says which operation was evaluated). Null when the condition tests no repository name.
 */
function describeRepositoryPart(node: Node, top = true): string | null {
  switch (node.kind) {
    case 'test':
      return describeTest(node);
    case 'action':
      return null;
    case 'not': {
      const inner = describeRepositoryPart(node.operand, false);
      return inner === null ? null : `NOT ${inner}`;
    }
    case 'and':
    case 'or': {
      const left = describeRepositoryPart(node.left, false);
      const right = describeRepositoryPart(node.right, false);
      if (left === null || right === null) return left ?? right;
      const joined = `${left} ${node.kind.toUpperCase()} ${right}`;
      return top ? joined : `(${joined})`;
    }
  }
}

/**
 * How a role assignment's condition treats `repository` for `actions` (the data actions the operation
 * needs): it allows the operation only when it holds for every one of them.
 */
export function evaluateRepositoryCondition(
  condition: string | undefined,
  repository: string | null,
  actions: readonly string[],
): ConditionVerdict {
  if (condition === undefined || condition.trim() === '') return { kind: 'none' };
  if (condition.length > MAX_CONDITION_CHARS) return { kind: 'not-understood' };
  let tree: Node;
  try {
    tree = parse(tokenize(condition));
  } catch (err) {
    if (err instanceof NotUnderstood || err instanceof RangeError) return { kind: 'not-understood' };
    throw err;
  }
  const described = describeRepositoryPart(tree);
  const tests = described === null ? [] : [described];
  const truths = actions.map((action) => evaluate(tree, action, repository));
  if (truths.includes('false')) return { kind: 'excludes', tests };
  if (truths.includes('unknown')) return { kind: 'no-repository', tests };
  return { kind: 'allows', tests };
}
