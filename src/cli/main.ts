import { createReadStream, readFileSync, statSync } from 'fs';
import { createInterface } from 'readline';
import type { Readable } from 'stream';
import packageJson from '../../package.json';
import { diagnose } from '../diagnosis';
import { parseArgs, type DiagnoseArgs } from './args';
import { COLOUR, PLAIN } from './colour';
import { toContract } from './contract';
import { HELP, helpFor } from './help';
import type { CheckDeps } from './check';
import { renderReport } from './report';

export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly stdoutIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { ok: 0, failure: 1, usage: 2, input: 3 } as const;

/** Files larger than this are refused rather than read into memory; diagnosis reads at most 2 MiB anyway. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_FILE_BYTES) throw new Error(`input is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function readInput(file: string | null, io: CliIo): Promise<string> {
  if (file === null || file === '-') return readAll(io.stdin);
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES)
    return Promise.reject(new Error(`${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`));
  return Promise.resolve(readFileSync(file, 'utf8'));
}

async function runJsonl(args: DiagnoseArgs, io: CliIo): Promise<number> {
  const fromStdin = args.file === null || args.file === '-';
  try {
    if (!fromStdin && !statSync(args.file as string).isFile()) throw new Error('not a regular file');
    const input = fromStdin ? io.stdin : createReadStream(args.file as string);
    return await diagnoseLines(createInterface({ input, crlfDelay: Infinity }), args, io);
  } catch (e) {
    io.stderr(`acr-doctor: cannot read ${args.file ?? 'standard input'}: ${(e as Error).message}\n`);
    return EXIT.input;
  }
}

async function diagnoseLines(lines: AsyncIterable<string>, args: DiagnoseArgs, io: CliIo): Promise<number> {
  let bad = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      bad++;
      io.stdout(JSON.stringify({ id: null, error: 'not valid JSON' }) + '\n');
      continue;
    }
    const obj = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
    const id = obj.id ?? null;
    if (typeof obj.text !== 'string') {
      bad++;
      io.stdout(JSON.stringify({ id, error: 'missing string field "text"' }) + '\n');
      continue;
    }
    const hint = typeof obj.registry === 'string' ? obj.registry : args.registry;
    io.stdout(JSON.stringify(toContract(diagnose(obj.text, hint ? { registryHint: hint } : {}), id)) + '\n');
  }
  if (bad > 0) io.stderr(`acr-doctor: ${bad} input line(s) were not {"id", "text"} objects\n`);
  return EXIT.ok;
}

async function runDiagnose(args: DiagnoseArgs, io: CliIo): Promise<number> {
  if (args.output === 'jsonl') return runJsonl(args, io);
  if ((args.file === null || args.file === '-') && io.stdin.isTTY) {
    io.stderr('acr-doctor: paste the error on standard input, or name a file.\n\n' + HELP);
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await readInput(args.file, io);
  } catch (e) {
    io.stderr(`acr-doctor: cannot read ${args.file ?? 'standard input'}: ${(e as Error).message}\n`);
    return EXIT.input;
  }
  const diagnosis = diagnose(text, args.registry ? { registryHint: args.registry } : {});
  if (args.output === 'json') {
    io.stdout(JSON.stringify(toContract(diagnosis)) + '\n');
    return EXIT.ok;
  }
  const colour = args.colour === 'auto' ? io.stdoutIsTty && !io.env.NO_COLOR : args.colour;
  io.stdout(renderReport(diagnosis, { lang: args.lang, palette: colour ? COLOUR : PLAIN, all: args.all }));
  return EXIT.ok;
}

/** `deps` replaces what `check` makes itself (a credential, TLS trust): tests give their fake Azure's. */
export async function main(argv: readonly string[], io: CliIo, deps: CheckDeps = {}): Promise<number> {
  if (argv[0] === 'corpus') return (await import('./corpus-export')).runCorpusCommand(argv.slice(1), io);
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout(helpFor(args.topic));
      return EXIT.ok;
    case 'version':
      io.stdout(`${packageJson.version}\n`);
      return EXIT.ok;
    case 'error':
      io.stderr(
        `acr-doctor${args.topic === 'check' ? ' check' : ''}: ${args.message}\n\n${helpFor(args.topic)}`,
      );
      return EXIT.usage;
    case 'check': {
      // Loaded only when asked for: the Azure SDK packages take a while to load and `diagnose` needs none.
      const { runCheck } = await import('./check');
      return runCheck(args, io, deps);
    }
    case 'diagnose':
      return runDiagnose(args, io);
  }
}
