import { Template } from 'adaptivecards-templating';

/**
 * A card template turned, once, into a tree of plain steps that binds data without the expression engine.
 *
 * adaptivecards-templating evaluates every `${…}` through adaptive-expressions: a memory object, an options
 * object and a case-insensitive key search per binding, about a millisecond per diagnosis card. Our templates
 * use a small part of the language: property paths (`${a.b}`), strings that mix text and paths, `$data` and
 * `$when`. Those are compiled here from the engine's own parse of each string (Template.parseInterpolatedString),
 * and bound with the engine's rules, restated:
 *  - a string that is one path takes the value itself (any type); a mixed string joins the parts' toString();
 *  - `$data` names the scope of an object, and an array repeats the object once per item; `$when` keeps it only
 *    when it is exactly `true`; the reserved keys never reach the card;
 *  - an object bound to no item is null: dropped from an array, kept as null in an object; an object repeated
 *    in an array is spliced into it, as is any array an item of an array becomes.
 * Anything outside that — another kind of expression in a template, a key found only by the engine's
 * case-insensitive search, a value that is undefined or null (the engine substitutes or stops there) — is not
 * guessed at: the template is then expanded by the engine itself, which stays the reference. A test binds the
 * data of many diagnoses both ways and requires the same card.
 */

type Step =
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'path'; readonly path: readonly string[] }
  | { readonly kind: 'concat'; readonly parts: readonly (string | readonly string[])[] }
  | { readonly kind: 'array'; readonly items: readonly Step[] }
  | {
      readonly kind: 'object';
      readonly entries: readonly (readonly [string, Step])[];
      readonly data?: readonly string[];
      readonly when?: readonly string[];
    };

/** Keys the engine consumes and never writes into its output. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** Thrown where the engine's own behaviour is needed; caught by `expand`, never seen outside. */
class NeedsEngine extends Error {}

/** The shape of adaptive-expressions' parse trees, as far as this module reads them. */
interface ParsedExpression {
  readonly type: string;
  readonly children: readonly ParsedExpression[];
  readonly value?: unknown;
}

function isParsed(value: unknown): value is ParsedExpression {
  return typeof value === 'object' && value !== null && 'type' in value && 'children' in value;
}

/** `a.b.c` from the engine's accessor chain, or undefined for anything else. */
function accessorPath(expression: ParsedExpression): string[] | undefined {
  if (expression.type !== 'Accessor') return undefined;
  const [name, left, ...rest] = expression.children;
  if (rest.length > 0 || name?.type !== 'Constant' || typeof name.value !== 'string') return undefined;
  // Names the engine's memory would read differently: its own `$…` roots, indexes, quoted or dotted names.
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name.value) || !Number.isNaN(Number.parseInt(name.value, 10)))
    return undefined;
  if (left === undefined) return [name.value];
  const before = accessorPath(left);
  return before ? [...before, name.value] : undefined;
}

function compileString(text: string): Step | undefined {
  const parsed: unknown = Template.parseInterpolatedString(text);
  if (typeof parsed === 'string') return { kind: 'literal', value: parsed };
  if (!isParsed(parsed)) return undefined;
  const path = accessorPath(parsed);
  if (path) return { kind: 'path', path };
  if (parsed.type !== 'concat') return undefined;
  const parts: (string | readonly string[])[] = [];
  for (const child of parsed.children) {
    if (child.type === 'Constant' && typeof child.value === 'string') {
      parts.push(child.value);
      continue;
    }
    const childPath = accessorPath(child);
    if (!childPath) return undefined;
    parts.push(childPath);
  }
  return { kind: 'concat', parts };
}

/** A binding of `$data` or `$when`: only a whole-string path is compiled. */
function compileBinding(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const step = compileString(value);
  return step?.kind === 'path' ? [...step.path] : undefined;
}

/** The template as steps, or undefined when it uses anything this module does not restate. */
export function compileTemplate(node: unknown): Step | undefined {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) {
    const items: Step[] = [];
    for (const item of node) {
      const step = compileTemplate(item);
      if (!step) return undefined;
      items.push(step);
    }
    return { kind: 'array', items };
  }
  if (typeof node !== 'object' || node === null) return { kind: 'literal', value: node };
  const record = node as Record<string, unknown>;
  const entries: (readonly [string, Step])[] = [];
  for (const key of Object.keys(record)) {
    if (RESERVED.has(key)) continue;
    const step = compileTemplate(record[key]);
    if (!step) return undefined;
    entries.push([key, step]);
  }
  let data: string[] | undefined;
  let when: string[] | undefined;
  if ('$data' in record && !(data = compileBinding(record['$data']))) return undefined;
  if ('$when' in record && !(when = compileBinding(record['$when']))) return undefined;
  return { kind: 'object', entries, ...(data ? { data } : {}), ...(when ? { when } : {}) };
}

/**
 * The value at `path` in `scope` as the engine's memory reads it: a falsy step ends in undefined; a key is
 * looked up exactly, and one that is not an own key (the engine would also try other letter cases) is left to
 * the engine, as is a step into anything but a plain object.
 */
function read(scope: unknown, path: readonly string[]): unknown {
  let current = scope;
  for (const name of path) {
    if (!current) return undefined;
    if (typeof current !== 'object' || Array.isArray(current) || current instanceof Map)
      throw new NeedsEngine();
    if (!Object.hasOwn(current, name)) throw new NeedsEngine();
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

/** A binding's value where the engine would substitute text for a missing one: present, or the engine's call. */
function bound(scope: unknown, path: readonly string[]): NonNullable<unknown> {
  const value = read(scope, path);
  if (value === undefined || value === null) throw new NeedsEngine();
  return value;
}

function run(step: Step, scope: unknown): unknown {
  switch (step.kind) {
    case 'literal':
      return step.value;
    case 'path':
      return bound(scope, step.path);
    case 'concat': {
      let text = '';
      for (const part of step.parts)
        text += typeof part === 'string' ? part : (bound(scope, part) as { toString(): string }).toString();
      return text;
    }
    case 'array': {
      const out: unknown[] = [];
      for (const item of step.items) {
        const value = run(item, scope);
        if (value === null) continue;
        if (Array.isArray(value)) for (const each of value as unknown[]) out.push(each);
        else out.push(value);
      }
      return out;
    }
    case 'object': {
      const scopes: unknown[] = [];
      if (step.data === undefined) scopes.push(scope);
      else {
        const data = bound(scope, step.data);
        if (Array.isArray(data)) {
          for (const item of data as unknown[]) {
            if (item === undefined || item === null) throw new NeedsEngine();
            scopes.push(item);
          }
        } else scopes.push(data);
      }
      const made: Record<string, unknown>[] = [];
      for (const here of scopes) {
        if (step.when !== undefined) {
          const when = read(here, step.when);
          // The engine treats a missing `$when` value through its own paths; a present one must be `true`.
          if (when === undefined) throw new NeedsEngine();
          if (when !== true) continue;
        }
        const object: Record<string, unknown> = {};
        for (const [key, child] of step.entries) object[key] = run(child, here);
        made.push(object);
      }
      return made.length === 0 ? null : made.length === 1 ? made[0] : made;
    }
  }
}

/** A prepared template: the compiled steps when the template allows, the engine always as the reference. */
export class CompiledTemplate {
  private readonly engine: Template;
  private readonly steps: Step | undefined;

  constructor(payload: unknown) {
    this.engine = new Template(payload);
    this.steps = compileTemplate(payload);
  }

  /** True when binding runs the compiled steps (with the engine for what they leave to it). */
  get compiled(): boolean {
    return this.steps !== undefined;
  }

  /** The template bound to `data` as `new Template(payload).expand({ $root: data })` binds it. */
  expand(data: object): unknown {
    const compiled = this.expandCompiled(data);
    return compiled.kind === 'bound' ? compiled.value : this.expandWithEngine(data);
  }

  /** The compiled steps alone: their card, or word that this data (or template) needs the engine. */
  expandCompiled(
    data: object,
  ): { readonly kind: 'bound'; readonly value: unknown } | { readonly kind: 'needs-engine' } {
    if (!this.steps) return { kind: 'needs-engine' };
    try {
      return { kind: 'bound', value: run(this.steps, data) };
    } catch (error) {
      if (error instanceof NeedsEngine) return { kind: 'needs-engine' };
      throw error;
    }
  }

  /** The engine's own expansion: the reference the compiled steps are held to. */
  expandWithEngine(data: object): unknown {
    return this.engine.expand({ $root: data }) as unknown;
  }
}
