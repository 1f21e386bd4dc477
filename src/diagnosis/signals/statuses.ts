import type { HttpStatus } from '../types';
import type { LineIndex } from '../line-index';

const REASONS: ReadonlyArray<readonly [string, number]> = [
  ['bad request', 400],
  ['unauthorized', 401],
  ['forbidden', 403],
  ['not found', 404],
  ['proxy authentication required', 407],
  ['too many requests', 429],
  ['internal server error', 500],
  ['bad gateway', 502],
  ['service unavailable', 503],
  ['gateway timeout', 504],
];

/**
 * .NET Framework's WebException (PowerShell's Invoke-WebRequest, older Azure PowerShell and SDKs) puts the status in
 * parentheses after a colon, in the language of the machine: "The remote server returned an error: (401)
 * Unauthorized.", "Der Remoteserver hat einen Fehler zurückgegeben: (401) Nicht autorisiert.", "Le serveur distant a
 * retourné une erreur : (403) Interdit.", "リモート サーバーがエラーを返しました: (401) 許可されていません".
 */
const WEB_EXCEPTION_KEYWORDS = [': (4', ': (5'];
const WEB_EXCEPTION = /:\s?\(([45]\d\d)\)\s/g;
// .NET's HttpClient: "Response status code does not indicate success: 401 (Unauthorized)."
const NOT_SUCCESS = /does not indicate success: (\d{3})\b/gi;

/**
 * A person's sentence: "pull from x.azurecr.io fails with 403", "ACR returns 429 on every push", "getting 401s", "a 403
 * error", a commit message's "fix 403 when pushing to ACR". Only the statuses a registry answers with, after the verbs
 * people use or before "error", and never a size or a count ("with 500 MB", "got 404 packages"), which the same digits
 * say as often.
 */
const PROSE_STATUS_KEYWORDS = [
  ' 400',
  ' 401',
  ' 403',
  ' 404',
  ' 407',
  ' 429',
  ' 500',
  ' 502',
  ' 503',
  ' 504',
];
const PROSE_STATUS =
  /\b(?:with|gets?|got|getting|returns?|returning|throws?|throwing|gives?|giving|hits?|hitting|receiv(?:e|es|ed|ing)|answers?|answering|an?|fix(?:es|ed|ing)?|resolves?|resolved|prevents?|avoids?)\s+(?:an?\s+)?(?:http\s+)?(40[01347]|429|50[0234])\b(?![.,:/]?\d|\s*(?:[kmgt]i?b|bytes?|ms|s|sec|seconds?|minutes?|files?|lines?|packages?|items?|images?|layers?|tags?|times?|%)\b)/gi;
// "getting 401s", "a 403 error": the plural or the word after it says it is a status, whatever came before.
const STATUS_THEN_ERROR = /\b(40[01347]|429|50[0234])(?:s| errors?)\b/gi;

export const STATUS_KEYWORDS = [
  'status',
  'response code',
  'http/',
  'http ',
  'returned',
  'responded',
  ...WEB_EXCEPTION_KEYWORDS,
  'indicate success:',
  ...REASONS.map(([reason]) => reason),
  ...PROSE_STATUS_KEYWORDS,
];

// "status: 401", "status code 403", "StatusCode=429", "Status Code = '401'", "response code: 403", "returned 500", "HTTP/1.1 401", "HTTP 403";
// curl's own two: "The requested URL returned error: 401" and "Received HTTP code 407 from proxy after CONNECT" (not
// docker-modem's "(HTTP code 500) server error", the local daemon's status wrapped around the registry's answer).
const LABELLED =
  /\b(?:status(?: ?code)?|response code|http status|returned(?: status| error)?|responded with status(?: code)?|HTTP\/\d(?:\.\d)?|received HTTP code|HTTP)\s{0,3}[:=]?\s{0,3}'?(\d{3})\b/gi;
// "401 Unauthorized", "403 Forbidden", "429 Too Many Requests"
const WITH_REASON =
  /\b(\d{3}) (?:Bad Request|Unauthorized|Forbidden|Not Found|Proxy Authentication Required|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/gi;
// Python requests' HTTPError: "401 Client Error: Unauthorized for url: …" (az 2.0-era, SDK scripts). Only with its
// "for url": docker-py words the Engine API's catch-all the same way ("500 Server Error: Internal Server Error
// ("…: unauthorized …")"), where the 500 is the local daemon's wrapper around the registry's answer.
const REQUESTS_ERROR = /\b(\d{3}) (?:Client|Server) Error: [A-Za-z ]{2,40} for url\b/gi;
// IoT Edge's agent: its exception's name, or the edge daemon's status it ends with (", StatusCode:500, at:   at …").
const EDGE_AGENT = /edgeletcommunicationexception/i;
const EDGE_DAEMON_STATUS = /, statuscode:/i;
const EDGE_STACK_AT = /, at:/i;
// .NET / App Service: "status code=InternalServerError", "StatusCode: Forbidden"
const NAMED =
  /\bstatus ?code\s{0,3}[:=]\s{0,3}'?(BadRequest|Unauthorized|Forbidden|NotFound|TooManyRequests|InternalServerError|BadGateway|ServiceUnavailable|GatewayTimeout)\b/gi;
const NAMED_CODES: Readonly<Record<string, number>> = {
  badrequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  toomanyrequests: 429,
  internalservererror: 500,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
};

function contextOf(lower: string): HttpStatus['context'] {
  if (
    lower.includes('aadsts') ||
    lower.includes('login.microsoftonline') ||
    lower.includes('adal') ||
    lower.includes('msal')
  )
    return 'entra';
  if (
    lower.includes('oauth2/') ||
    lower.includes(' token') ||
    (lower.includes('denied') && lower.includes('response code'))
  )
    return 'token';
  if (lower.includes('manifest')) return 'manifest';
  if (lower.includes('/blobs/')) return 'blob';
  if (
    lower.includes('management.azure') ||
    lower.includes('management.chinacloudapi') ||
    lower.includes('management.usgovcloudapi')
  )
    return 'arm';
  if (lower.includes('login')) return 'login';
  return 'unknown';
}

const plausible = (status: number) => status >= 400 && status <= 599;

/** HTTP error statuses with what they answered, one per (line, status). */
export function findHttpStatuses(index: LineIndex): HttpStatus[] {
  const found: HttpStatus[] = [];
  const seen = new Set<string>();
  const add = (status: number, line: number) => {
    const key = `${line}:${status}`;
    if (!plausible(status) || seen.has(key)) return;
    seen.add(key);
    found.push({ status, context: contextOf(index.lower(line)), line: line + 1 });
  };
  for (const i of index.linesWithAny(STATUS_KEYWORDS)) {
    const line = index.line(i);
    // IoT Edge's agent ends its EdgeletCommunicationException with the edge daemon's own status (", StatusCode:500,
    // at:", on the last line of a multi-line message), moby's catch-all for any failed pull: the registry's answer
    // is the text before it, not a server error. Its 4xx statuses (moby's not-found) still count.
    if (EDGE_AGENT.test(line) || (EDGE_DAEMON_STATUS.test(line) && EDGE_STACK_AT.test(line))) {
      for (const m of line.matchAll(LABELLED)) if (Number(m[1]) < 500) add(Number(m[1]), i);
      continue;
    }
    for (const m of line.matchAll(LABELLED)) add(Number(m[1]), i);
    for (const m of line.matchAll(WITH_REASON)) add(Number(m[1]), i);
    for (const m of line.matchAll(REQUESTS_ERROR)) add(Number(m[1]), i);
    for (const m of line.matchAll(WEB_EXCEPTION)) add(Number(m[1]), i);
    for (const m of line.matchAll(NOT_SUCCESS)) add(Number(m[1]), i);
    for (const m of line.matchAll(NAMED)) add(NAMED_CODES[(m[1] as string).toLowerCase()] ?? 0, i);
    for (const m of line.matchAll(PROSE_STATUS)) add(Number(m[1]), i);
    for (const m of line.matchAll(STATUS_THEN_ERROR)) add(Number(m[1]), i);
  }
  return found;
}
