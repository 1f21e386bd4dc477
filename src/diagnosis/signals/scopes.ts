import type { LineIndex } from '../line-index';
import { commandOutput } from './command-output';

/**
 * What a refused token asked for, however the tool printed it: a `scope=` query string (often URL-encoded),
 * the `registry:catalog:*` form, a Go map (`map[Action:push Name:team/api Type:repository]`) or JSON spread
 * over several lines (`"Type": "registry",` / `"Name": "catalog",` / `"Action": "*"`).
 */
/**
 * ACR's token exchange as clients print it: the request's path, or Argo CD's own words for the exchange it makes
 * with its Azure workload identity ("failed to get Azure access token after challenge: failed to get refresh
 * token: 401 Unauthorized"), which name neither the path nor the host; other refresh tokens are not ACR's.
 */
const EXCHANGE_WORDS = ['oauth2/exchange', 'after challenge: failed to get refresh token'];
const REQUEST_KEYS = ['scope=', 'catalog', '"action"', "'action'", 'action:'];
const LAYER_WORDS = [
  'pulling fs layer',
  'pull complete',
  'download complete',
  'verifying checksum',
  'httpreadseeker',
  'failed to copy',
  'failed to extract layer',
  // Docker's daemon storing a downloaded layer: it was downloaded, so the registry took the credential.
  'failed to register layer',
];
/**
 * Commands that list the registry's repositories: each asks for `registry:catalog:*`, so a credential refusal after
 * one is that scope refused even when the tool prints no scope (az prints only "authentication required"). Kept apart
 * from `catalog`, which the causes already weigh through the scope's own words, so one refusal is not counted twice.
 */
const CATALOG_COMMANDS = ['az acr repository list'];
/** How a refused credential reads on the lines after such a command. */
const REFUSED =
  /authentication required|unauthorized|\b401\b|insufficient_scope|connectivity_access_token_error/;
/** How many lines after the command its error may start (a CLI's warnings and a prompt can come first). */
const REFUSAL_REACH = 6;
export const SCOPE_KEYWORDS = [...EXCHANGE_WORDS, ...REQUEST_KEYS, ...LAYER_WORDS, ...CATALOG_COMMANDS];

export interface ScopeFindings {
  /** 0-based line where a registry-catalog scope was asked for. */
  readonly catalog?: number;
  /** 0-based line where a push (write) scope was asked for. */
  readonly push?: number;
  /** 0-based line showing a layer being downloaded: the registry accepted the credential for that pull. */
  readonly layers?: number;
  /** 0-based line of a credential refusal after a repository-listing command that printed no scope. */
  readonly listing?: number;
  /** 0-based line of an /oauth2/exchange request answered 401 there or in the response block below it. */
  readonly exchange401?: number;
}

const FIELD_END = /["'\s,\]]/;

/**
 * JSON's `"Key": "value"`, Python's `'Key': 'value'` (az CLI prints the body as a dict) or a Go map's `Key:value`,
 * lower-cased.
 */
function field(lower: string, key: string): string | null {
  for (const form of [`"${key}": "`, `"${key}":"`, `'${key}': '`, `'${key}':'`, `${key}:`]) {
    const at = lower.indexOf(form);
    if (at < 0) continue;
    let end = at + form.length;
    while (end < lower.length && end - at < 200 && !FIELD_END.test(lower[end] as string)) end++;
    return lower.slice(at + form.length, end);
  }
  return null;
}

const STATUS_401 = /\b401\b/;

/** The Azure SDKs print `POST https://…/oauth2/exchange`, a rule, then `RESPONSE 401: 401 Unauthorized`. */
function exchangeAnswered401(index: LineIndex): number | undefined {
  for (const i of index.linesWithAny(EXCHANGE_WORDS)) {
    for (let j = i; j <= i + 4; j++) {
      const lower = index.lower(j);
      if (STATUS_401.test(lower) && (j === i || lower.includes('response') || lower.includes('status')))
        return i;
    }
  }
  return undefined;
}

/** 0-based line of the first refusal in a catalog-listing command's own output. */
function refusedListing(index: LineIndex): number | undefined {
  for (const i of index.linesWithAny(CATALOG_COMMANDS)) {
    const refused = commandOutput(index, i, REFUSAL_REACH).find((j) => REFUSED.test(index.lower(j)));
    if (refused !== undefined) return refused;
  }
  return undefined;
}

const ENCODED_COLON = /%3a/g;
const ENCODED_SLASH = /%2f/g;
const ENCODED_STAR = /%2a/g;
const PUSH_SCOPE = /scope=repository:[^&\s:]{1,256}:[a-z,]*push/;

export function findScopes(index: LineIndex): ScopeFindings {
  let catalog: number | undefined;
  let push: number | undefined;
  for (const i of index.linesWithAny(REQUEST_KEYS)) {
    const lower = index
      .lower(i)
      .replace(ENCODED_COLON, ':')
      .replace(ENCODED_SLASH, '/')
      .replace(ENCODED_STAR, '*');
    if (catalog === undefined && lower.includes('registry:catalog:')) catalog = i;
    if (push === undefined && PUSH_SCOPE.test(lower)) push = i;
    // A Go map on one line, or JSON fields on this line and the next few.
    const window = [
      lower,
      index.lower(i + 1),
      index.lower(i + 2),
      index.lower(i - 1),
      index.lower(i - 2),
    ].join(' ');
    const type = field(window, 'type');
    const name = field(window, 'name');
    const action = field(window, 'action');
    if (catalog === undefined && type === 'registry' && name === 'catalog') catalog = i;
    if (push === undefined && type === 'repository' && action !== null && action.includes('push')) push = i;
  }
  const listing = catalog === undefined ? refusedListing(index) : undefined;
  const layers = index.linesWithAny(LAYER_WORDS)[0];
  const exchange401 = exchangeAnswered401(index);
  return {
    ...(exchange401 === undefined ? {} : { exchange401 }),
    ...(catalog === undefined ? {} : { catalog }),
    ...(listing === undefined ? {} : { listing }),
    ...(push === undefined ? {} : { push }),
    ...(layers === undefined ? {} : { layers }),
  };
}
