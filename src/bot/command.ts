import { teamsMessageText } from '../diagnosis';
import { isValidRegistryName } from '../knowledge';

/**
 * What a message asks for. The bot reads only the first words: a command (`help`, `diagnose`, `check`) or a
 * registry name; everything else is a paste for the engine.
 */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'registry'; readonly registry: string }
  | { readonly kind: 'invalid-registry'; readonly given: string }
  /** A single bare word: a registry name if the engine finds no error in it (`ErrImagePull` is both). */
  | { readonly kind: 'word'; readonly registry: string; readonly text: string }
  | { readonly kind: 'diagnose'; readonly text: string; readonly registryHint?: string };

/** A public, China or US Government login server, with the registry name captured. */
const LOGIN_SERVER = /^([a-zA-Z0-9]{5,50})\.azurecr\.(?:io|cn|us)$/i;
// Something the person meant as a name: one token of name-ish characters, but not a valid one.
const NAME_ATTEMPT = /^[\w.-]{1,63}$/;

const HELP_WORDS = new Set([
  'help',
  '?',
  'start',
  'commands',
  'помощь',
  'справка',
  'hi',
  'hello',
  'hey',
  'привет',
  'здравствуйте',
]);
const DIAGNOSE_WORDS = new Set(['diagnose', 'диагностика']);
const CHECK_WORDS = new Set(['check', 'registry', 'проверить', 'реестр']);
/**
 * Words that start log output and happen to obey ACR's naming rule. A first line that is one of these is
 * the start of a paste, not a registry hint.
 */
const LOG_WORDS = new Set([
  'error',
  'errors',
  'warning',
  'warnings',
  'notice',
  'debug',
  'trace',
  'fatal',
  'failed',
  'failure',
  'events',
  'normal',
  'output',
  'result',
  'results',
  'status',
  'stdout',
  'stderr',
  'message',
  'details',
  'reason',
  'traceback',
  'exception',
  'panic',
  'denied',
  'unauthorized',
  'forbidden',
]);

/** The message as plain text: Teams HTML reduced to lines (only when it is Teams HTML; a paste may contain `<none>`). */
export function plainMessage(text: string): string {
  return teamsMessageText(text);
}

/** `contoso` or `contoso.azurecr.io` → `contoso`; anything else → undefined. */
export function registryName(token: string): string | undefined {
  if (isValidRegistryName(token)) return token.toLowerCase();
  return LOGIN_SERVER.exec(token)?.[1]?.toLowerCase();
}

function splitFirstWord(text: string): { readonly word: string; readonly rest: string } {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(text.trim());
  return { word: match?.[1] ?? '', rest: match?.[2] ?? '' };
}

/** A registry named on the first line of a paste (`contoso` alone on it), then the paste. */
function pasteWithHint(text: string): Command {
  const newline = text.indexOf('\n');
  if (newline > 0) {
    const first = text.slice(0, newline).trim().replace(/:$/, '');
    const rest = text.slice(newline + 1);
    const name = /\s/.test(first) || LOG_WORDS.has(first.toLowerCase()) ? undefined : registryName(first);
    if (name && rest.trim()) return { kind: 'diagnose', text: rest, registryHint: name };
  }
  return { kind: 'diagnose', text };
}

export function parseCommand(rawText: string): Command {
  const plain = plainMessage(rawText).trim();
  if (!plain) return { kind: 'help' };
  const { word, rest } = splitFirstWord(plain);
  const keyword = word.toLowerCase().replace(/^\//, '');

  if (HELP_WORDS.has(keyword) && !rest) return { kind: 'help' };
  if (DIAGNOSE_WORDS.has(keyword)) return rest ? pasteWithHint(rest) : { kind: 'help' };
  if (CHECK_WORDS.has(keyword)) {
    if (!rest) return { kind: 'help' };
    const target = splitFirstWord(rest);
    const name = registryName(target.word);
    if (!name) return { kind: 'invalid-registry', given: target.word };
    return target.rest
      ? { kind: 'diagnose', text: target.rest, registryHint: name }
      : { kind: 'registry', registry: name };
  }
  if (!rest) {
    const name = registryName(word);
    if (name)
      return LOGIN_SERVER.test(word)
        ? { kind: 'registry', registry: name }
        : { kind: 'word', registry: name, text: plain };
    if (NAME_ATTEMPT.test(word) && /[.-]/.test(word) && !/[:/]/.test(word))
      return { kind: 'invalid-registry', given: word };
  }
  // Without a command the original text goes to the engine, which reads Teams HTML better than this module.
  const hinted = pasteWithHint(plain);
  return hinted.kind === 'diagnose' && hinted.registryHint ? hinted : { kind: 'diagnose', text: rawText };
}
