import { LANGS, type Lang } from '../knowledge';

/**
 * One argument parser for every command: `acr-doctor diagnose …` and `acr-doctor check …`. Each command
 * lists its options in a table; the parser reads `--name value`, `--name=value` and flags the same way for
 * both, and never throws: a mistake becomes `{command: 'error'}` with a message and the command it was for.
 */
export type Command = 'diagnose' | 'check';

export type DiagnoseArgs = {
  readonly command: 'diagnose';
  readonly file: string | null; // null or '-' = standard input
  readonly lang: Lang;
  readonly output: 'report' | 'json' | 'jsonl';
  readonly all: boolean;
  readonly colour: boolean | 'auto';
  readonly registry?: string;
};

export type CheckArgs = {
  readonly command: 'check';
  readonly registry: string;
  /** A file with an error text to diagnose first. */
  readonly paste: string | null;
  readonly output: 'report' | 'json';
  /** null: from the environment's locale. */
  readonly lang: Lang | null;
  readonly all: boolean;
  /** null: the default deadline. */
  readonly deadlineMs: number | null;
};

export type ParsedArgs =
  | DiagnoseArgs
  | CheckArgs
  | { readonly command: 'help'; readonly topic?: Command }
  | { readonly command: 'version' }
  | { readonly command: 'error'; readonly message: string; readonly topic?: Command };

/** The live-check deadline a user may set, in milliseconds. */
export const DEADLINE_RANGE_MS = { min: 1000, max: 120000 } as const;

type Values = Record<string, string | true>;
type Option =
  { readonly takes: 'flag' } | { readonly takes: 'value'; readonly check?: (v: string) => string | null };

const lang: Option = {
  takes: 'value',
  check: (v) => ((LANGS as readonly string[]).includes(v) ? null : `--lang takes ${LANGS.join(' or ')}`),
};

const OPTIONS: Readonly<Record<Command, Readonly<Record<string, Option>>>> = {
  diagnose: {
    lang,
    json: { takes: 'flag' },
    jsonl: { takes: 'flag' },
    all: { takes: 'flag' },
    'no-color': { takes: 'flag' },
    'no-colour': { takes: 'flag' },
    color: { takes: 'flag' },
    colour: { takes: 'flag' },
    registry: { takes: 'value' },
  },
  check: {
    lang,
    json: { takes: 'flag' },
    all: { takes: 'flag' },
    paste: { takes: 'value' },
    deadline: {
      takes: 'value',
      check: (v) => {
        const n = /^\d{1,9}$/.test(v) ? Number(v) : NaN;
        return n >= DEADLINE_RANGE_MS.min && n <= DEADLINE_RANGE_MS.max
          ? null
          : `--deadline takes milliseconds from ${DEADLINE_RANGE_MS.min} to ${DEADLINE_RANGE_MS.max}`;
      },
    },
  },
};

/** What a command needs a value for, said the way the user will recognise it. */
const VALUE_NEEDED: Readonly<Record<string, string>> = {
  registry: '--registry takes a registry name',
  paste: '--paste takes a file name',
  deadline: `--deadline takes milliseconds from ${DEADLINE_RANGE_MS.min} to ${DEADLINE_RANGE_MS.max}`,
};

type Scanned =
  | { readonly kind: 'ok'; readonly values: Values; readonly positional: readonly string[] }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

function scan(command: Command, args: readonly string[]): Scanned {
  const table = OPTIONS[command];
  const values: Values = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = arg.startsWith('--') ? table[name] : undefined;
    if (option === undefined) return { kind: 'error', message: `unknown option '${arg}'` };
    if (option.takes === 'flag') {
      values[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      // An option where a value should be is a forgotten value, not the value.
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    const problem =
      value === undefined || value === ''
        ? (VALUE_NEEDED[name] ?? option.check?.('') ?? `--${name} takes a value`)
        : (option.check?.(value) ?? null);
    if (problem !== null) return { kind: 'error', message: problem };
    values[name] = value as string;
  }
  return { kind: 'ok', values, positional };
}

function diagnoseArgs(values: Values, positional: readonly string[]): ParsedArgs {
  if (positional.length > 1)
    return { command: 'error', message: `unexpected argument '${positional[1] ?? ''}'`, topic: 'diagnose' };
  const registry = typeof values.registry === 'string' ? values.registry : undefined;
  return {
    command: 'diagnose',
    file: positional[0] ?? null,
    lang: typeof values.lang === 'string' ? (values.lang as Lang) : 'en',
    output: values.jsonl ? 'jsonl' : values.json ? 'json' : 'report',
    all: values.all === true,
    colour: values['no-color'] || values['no-colour'] ? false : values.color || values.colour ? true : 'auto',
    ...(registry ? { registry } : {}),
  };
}

function checkArgs(values: Values, positional: readonly string[]): ParsedArgs {
  const [registry, extra] = positional;
  if (registry === undefined)
    return { command: 'error', message: 'which registry? give its name or login server', topic: 'check' };
  if (extra !== undefined)
    return { command: 'error', message: `unexpected argument '${extra}'`, topic: 'check' };
  return {
    command: 'check',
    registry,
    paste: typeof values.paste === 'string' ? values.paste : null,
    output: values.json ? 'json' : 'report',
    lang: typeof values.lang === 'string' ? (values.lang as Lang) : null,
    all: values.all === true,
    deadlineMs: typeof values.deadline === 'string' ? Number(values.deadline) : null,
  };
}

/** Parses `acr-doctor <command> …`; never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help' };
  if (command === '--version' || command === '-v' || command === 'version') return { command: 'version' };
  if (command !== 'diagnose' && command !== 'check')
    return { command: 'error', message: `unknown command '${command}'` };
  const scanned = scan(command, rest);
  switch (scanned.kind) {
    case 'help':
      return { command: 'help', topic: command };
    case 'error':
      return { command: 'error', message: scanned.message, topic: command };
    case 'ok':
      return command === 'diagnose'
        ? diagnoseArgs(scanned.values, scanned.positional)
        : checkArgs(scanned.values, scanned.positional);
  }
}
