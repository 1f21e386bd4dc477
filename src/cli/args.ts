import { LANGS, type Lang } from '../knowledge';

export type DiagnoseArgs = {
  readonly command: 'diagnose';
  readonly file: string | null; // null or '-' = standard input
  readonly lang: Lang;
  readonly output: 'report' | 'json' | 'jsonl';
  readonly all: boolean;
  readonly colour: boolean | 'auto';
  readonly registry?: string;
};

export type ParsedArgs =
  | DiagnoseArgs
  | { readonly command: 'check'; readonly rest: readonly string[] }
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'error'; readonly message: string };

/** Parses `acr-doctor <command> …`; never throws: a mistake becomes `{command: 'error'}` with a message. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help' };
  if (command === '--version' || command === '-v' || command === 'version') return { command: 'version' };
  if (command === 'check') return { command: 'check', rest };
  if (command !== 'diagnose') return { command: 'error', message: `unknown command '${command}'` };

  let file: string | null = null;
  let lang: Lang = 'en';
  let output: DiagnoseArgs['output'] = 'report';
  let all = false;
  let colour: DiagnoseArgs['colour'] = 'auto';
  let registry: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const value = () => rest[++i];
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    else if (arg === '--json') output = 'json';
    else if (arg === '--jsonl') output = 'jsonl';
    else if (arg === '--all') all = true;
    else if (arg === '--no-color' || arg === '--no-colour') colour = false;
    else if (arg === '--color' || arg === '--colour') colour = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const v = arg.includes('=') ? arg.slice(7) : value();
      if (!v || !(LANGS as readonly string[]).includes(v))
        return { command: 'error', message: `--lang takes ${LANGS.join(' or ')}` };
      lang = v as Lang;
    } else if (arg === '--registry' || arg.startsWith('--registry=')) {
      registry = arg.includes('=') ? arg.slice(11) : value();
      if (!registry) return { command: 'error', message: '--registry takes a registry name' };
    } else if (arg.startsWith('-') && arg !== '-')
      return { command: 'error', message: `unknown option '${arg}'` };
    else if (file === null) file = arg;
    else return { command: 'error', message: `unexpected argument '${arg}'` };
  }
  return { command: 'diagnose', file, lang, output, all, colour, ...(registry ? { registry } : {}) };
}
