import {
  CHECK_HEALTH_CODES,
  DISTRIBUTION_CODES,
  type CheckHealthCode,
  type DistributionCode,
} from '../../knowledge';
import type { CheckHealthFinding } from '../types';
import type { LineIndex } from '../line-index';

const CHECK_HEALTH = new Set<string>(CHECK_HEALTH_CODES);
const DISTRIBUTION = new Set<string>(DISTRIBUTION_CODES);
const TOKEN_ERRORS = new Set<CheckHealthCode>([
  'CONNECTIVITY_REFRESH_TOKEN_ERROR',
  'CONNECTIVITY_ACCESS_TOKEN_ERROR',
]);

/** Plain-text forms registries and clients print for the distribution error codes. */
const PROSE_FORMS: ReadonlyArray<readonly [string, DistributionCode]> = [
  ['unauthorized:', 'UNAUTHORIZED'],
  ['denied:', 'DENIED'],
  ['toomanyrequests', 'TOOMANYREQUESTS'],
  ['manifest unknown', 'MANIFEST_UNKNOWN'],
  ['name unknown', 'NAME_UNKNOWN'],
  ['manifest blob unknown', 'MANIFEST_BLOB_UNKNOWN'],
  ['blob unknown', 'BLOB_UNKNOWN'],
  ['name invalid', 'NAME_INVALID'],
  ['manifest invalid', 'MANIFEST_INVALID'],
  ['tag invalid', 'TAG_INVALID'],
];

const JSON_CODE_KEYS = ['"code"', "'code'"];
/** MANIFEST_BLOB_UNKNOWN as a code or in Docker's words, lower case. */
const MANIFEST_BLOB = ['manifest_blob_unknown', 'manifest blob unknown'];

/**
 * A code with an underscore in its protocol spelling: clients built on go-containerregistry (Flux, crane, ko, Kargo…)
 * print a registry error as `CODE: message` (`NAME_UNKNOWN: repository "x" is not found`), which no prose form above
 * covers, and people quote the code on its own in a sentence or a commit message ("MANIFEST_UNKNOWN for the frontend
 * image"). No word of ordinary text is spelled that way, so the token is the registry's code.
 */
const BARE_CODE_KEYWORDS = ['_unknown', '_invalid'];
const BARE_CODE = /(?<![\w-])([A-Z]{2,12}(?:_[A-Z]{2,12}){1,3})(?![\w-])/g;
/**
 * The one-word codes quoted the same way, in capitals without their colon ("failed with … UNAUTHORIZED on the image
 * field", "the push gets DENIED"). Not after a status number: "401 UNAUTHORIZED" is an HTTP reason phrase.
 */
const BARE_WORD_CODE_KEYWORDS = ['unauthorized', 'denied'];
const BARE_WORD_CODE = /(?<![\w-]|\d{3} )(UNAUTHORIZED|DENIED)(?![\w-])/g;
/** The same word alone in quotes, in any case, as people quote what they got: I got an "unauthorized" error. */
const QUOTED_WORD_CODE = /(?<=["'`“‘])(unauthorized|denied)(?=["'`”’])/gi;

/**
 * An Entra code without its AADSTS prefix, as the portal's sign-in log and people retelling it write it ("Azure AD
 * Error Code 53003", "Entra sign-in error code: 50126"): the same code, read as AADSTS53003.
 */
const ENTRA_CODE_KEYWORD = 'error code';
const ENTRA_CODE =
  /\b(?:azure ad|azure active directory|entra(?: id)?|aad|sign-?in) error code:? ?(\d{5,7})\b/gi;

export const CODE_KEYWORDS = [
  '_error',
  'aadsts',
  ENTRA_CODE_KEYWORD,
  ...JSON_CODE_KEYS,
  ...BARE_CODE_KEYWORDS,
  ...BARE_WORD_CODE_KEYWORDS,
  ...PROSE_FORMS.map(([k]) => k),
];

const CODE_TOKEN = /\b([A-Z][A-Z_]{2,40}_ERROR)\b/g;
// The az acr login variant of some errors names its code only in the link: aka.ms/acr/errors#connectivity_forbidden_error
const CODE_ANCHOR = /#([a-z_]{3,40}_error)\b/g;
const AADSTS = /AADSTS(\d{4,8})/g;
// JSON, or the same body printed by Python (az CLI) as a dict: quoted with ' instead of ".
const JSON_CODE = /(["'])code\1\s{0,4}:\s{0,4}(["'])([A-Z_]{4,40})\2/g;
const RESPONSE_CODE = /Response code: ?(\d{3})/i;

/** A code or status and the 0-based line it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

export interface CodeFindings {
  readonly checkHealth: CheckHealthFinding[];
  readonly distribution: Array<Located<DistributionCode>>;
  readonly aadsts: Array<Located<string>>;
  /** The status of the az token exchange ("… was denied. Response code: N"), with or without a code. */
  readonly tokenStatuses: Array<Located<number>>;
}

function addOnce<T>(list: Array<Located<T>>, value: T, line: number): void {
  if (!list.some((l) => l.value === value)) list.push({ value, line });
}

export function findCodes(index: LineIndex): CodeFindings {
  const checkHealth: CheckHealthFinding[] = [];
  const distribution: Array<Located<DistributionCode>> = [];
  const aadsts: Array<Located<string>> = [];
  const tokenStatuses: Array<Located<number>> = [];

  for (const i of index.linesWith('_error')) {
    const line = index.line(i);
    const codes = [...line.matchAll(CODE_TOKEN)].map((m) => m[1] as string);
    for (const m of line.matchAll(CODE_ANCHOR)) codes.push((m[1] as string).toUpperCase());
    for (const code of codes) {
      if (!CHECK_HEALTH.has(code)) continue;
      let status: number | undefined;
      if (TOKEN_ERRORS.has(code as CheckHealthCode)) {
        // az prints the status on the same line or the next one or two.
        for (let j = i; j <= i + 2 && status === undefined; j++) {
          const r = RESPONSE_CODE.exec(index.line(j));
          if (r) {
            status = Number(r[1]);
            addOnce(tokenStatuses, status, j);
          }
        }
      }
      if (!checkHealth.some((f) => f.code === code && f.status === status)) {
        checkHealth.push(
          status === undefined
            ? { code: code as CheckHealthCode, line: i + 1 }
            : { code: code as CheckHealthCode, status, line: i + 1 },
        );
      }
    }
  }
  // Older CLIs print the exchange failure without a code: "Access to registry 'x' was denied. Response code: 401."
  for (const i of index.linesWith('response code')) {
    const lower = index.lower(i);
    if (!lower.includes('denied')) continue;
    const r = RESPONSE_CODE.exec(index.line(i));
    if (r) addOnce(tokenStatuses, Number(r[1]), i);
  }

  for (const i of index.linesWith('aadsts'))
    for (const m of index.line(i).matchAll(AADSTS)) addOnce(aadsts, `AADSTS${m[1]}`, i);
  for (const i of index.linesWith(ENTRA_CODE_KEYWORD))
    for (const m of index.line(i).matchAll(ENTRA_CODE)) addOnce(aadsts, `AADSTS${m[1]}`, i);
  for (const i of index.linesWithAny(JSON_CODE_KEYS)) {
    for (const m of index.line(i).matchAll(JSON_CODE))
      if (DISTRIBUTION.has(m[3] as string)) addOnce(distribution, m[3] as DistributionCode, i);
  }
  for (const i of index.linesWithAny(BARE_CODE_KEYWORDS))
    for (const m of index.line(i).matchAll(BARE_CODE))
      if (DISTRIBUTION.has(m[1] as string)) addOnce(distribution, m[1] as DistributionCode, i);
  for (const i of index.linesWithAny(BARE_WORD_CODE_KEYWORDS))
    for (const re of [BARE_WORD_CODE, QUOTED_WORD_CODE])
      for (const m of index.line(i).matchAll(re))
        addOnce(distribution, (m[1] as string).toUpperCase() as DistributionCode, i);
  for (const [form, code] of PROSE_FORMS) {
    // "blob unknown to registry" is also the message of MANIFEST_BLOB_UNKNOWN: on its line it is not a second code.
    const lines =
      code === 'BLOB_UNKNOWN'
        ? index.linesWith(form).filter((i) => !MANIFEST_BLOB.some((w) => index.lower(i).includes(w)))
        : index.linesWith(form);
    if (lines.length > 0) addOnce(distribution, code, lines[0] as number);
  }

  return { checkHealth, distribution, aadsts, tokenStatuses };
}
