import type { Operation } from '../../knowledge';
import { onDemandIndex, type LineIndex } from '../line-index';
import { MAX_PROSE_LINES } from '../limits';

const OPERATION_PHRASES: ReadonlyArray<readonly [Operation, readonly string[]]> = [
  [
    'push',
    [
      'docker push',
      // The Docker CLI's management-command spelling of the same command.
      'docker image push',
      'the push refers to repository',
      'failed to push',
      'push access denied',
      'oras push',
      'helm push',
      'pushing ',
      'unable to push',
      // The registry protocol's upload steps, as containers/image (podman, buildah, skopeo), crane, oras and helm name
      // them: only a push starts a blob upload or uploads a manifest. (Not "writing manifest": podman prints
      // "Writing manifest to image destination" on every pull, into its local store.)
      'initiating layer upload',
      '/blobs/uploads/',
      'uploading manifest',
      // docker manifest push and containerd's pusher: the manifest written last.
      'failed to put manifest',
    ],
  ],
  [
    'pull',
    [
      'docker pull',
      'docker image pull',
      'failed to pull',
      'pull access denied',
      'pulling image',
      'errimagepull',
      'imagepullbackoff',
      'error pulling',
      'oras pull',
      'helm pull',
      'trying to pull',
      'unable to pull',
      'pull image',
      "can't be pulled",
      // containers/image reading the source's manifest: the pull half of a pull or a copy.
      'reading manifest',
    ],
  ],
  [
    'login',
    [
      'docker login',
      'az acr login',
      'login attempt',
      // "login failed", and people's "ACR login fail".
      'login fail',
      'helm registry login',
      'oras login',
      'podman login',
      'error saving credentials',
      // docker-py (Ansible's docker_login) reporting the Engine API's /auth endpoint: a registry login.
      '/auth: unauthorized',
      // A token asked for no scope at all: go-containerregistry's check of a credential at login (crane auth login,
      // trivy registry login), which names no repository.
      'oauth2/token?scope=&',
    ],
  ],
  ['list', ['az acr repository list', 'az acr repository show', '_catalog', 'catalog']],
  [
    'delete',
    ['az acr repository delete', 'az acr repository untag', 'acr purge', 'untag', 'artifacts/delete'],
  ],
  ['build', ['az acr build', 'docker build', 'failed to solve', 'docker buildx build']],
  ['import', ['az acr import']],
];

/**
 * Lines that show an operation succeeding: all words of one entry on a line. `docker push` ends with
 * "<tag>: digest: sha256:… size: N"; `docker pull` prints "Digest: sha256:…" without a size.
 */
const SUCCESS_PHRASES: ReadonlyArray<readonly [Operation, ReadonlyArray<readonly string[]>]> = [
  ['push', [['digest: sha256:', ' size: '], [': pushed']]],
  [
    'pull',
    [
      ['status: downloaded newer image'],
      ['pull complete'],
      ['successfully pulled image'],
      ['status: image is up to date'],
    ],
  ],
  ['login', [['login succeeded']]],
];

const ERROR_WORDS = ['error', 'denied', 'unauthorized', 'failed', 'forbidden', 'not found', 'unknown'];

function reportsFailure(lower: string): boolean {
  return ERROR_WORDS.some((w) => lower.includes(w));
}

/**
 * How people say an operation worked, in their own sentence: "docker pull works fine but push fails", "az acr login
 * succeeds", "`helm pull` … works". Read per clause (split at punctuation that ends a phrase, not a host's dots, and
 * at but/then/however/while), and only in a clause that names the operation, says it worked and says nothing
 * failed, was negated or was only asked about: "push doesn't work", "pull no longer works" and "check if `docker
 * pull` succeeds" are not successes.
 */
const PROSE_SUCCESS_WORDS = ['works', 'worked', 'working', 'succeeds', 'succeeded', 'successful', 'fine'];
const CLAUSE_BREAK = /[;!?()]|[.,:](?=\s|$)|\b(?:but|then|however|while|whereas|although)\b/;
const PROSE_OPERATION: ReadonlyArray<readonly [Operation, RegExp]> = [
  ['pull', /\bpull(?:s|ing|ed)?\b/],
  ['push', /\bpush(?:es|ing|ed)?\b/],
  ['login', /\blog(?:s|ged)?[ -]?in\b|\blogins?\b|\bsign(?:s|ed)?[ -]in\b/],
];
const PROSE_SUCCESS =
  /\b(?:works|worked|working|succeeds|succeeded|successful(?:ly)?|(?:is|are|was|were) fine|works? fine)\b/;
/** Only asked about or advised ("check if `docker pull` succeeds", "make sure the login works"), not reported. */
const PROSE_ASKED =
  /\bif\b|\bwhether\b|\bunless\b|\buntil\b|\bshould\b|\bmake sure\b|\bensure\b|\bcheck\b|\bverify\b|\btry\b/;
/** Negated or failed: a clause saying an operation worked is not one with these. */
const PROSE_NOT =
  /n't\b|\bnot\b|\bno longer\b|\bnever\b|\bcannot\b|\bfail|\berror|\bdenied\b|\bunauthori[sz]ed\b|\bforbidden\b|\b40[13]\b/;

/** Words that name pull or push without a registry in them: git's own commands and its pull requests. */
const GIT_WORDS = /\bgit (?:pull|push)\b|\bpull requests?\b/g;

/** The clauses of a person's sentence on line `lower`, git's pulls and pushes taken out. */
function clausesOf(lower: string): string[] {
  return lower.replace(GIT_WORDS, ' ').split(CLAUSE_BREAK);
}

/** The operations a person's sentence on line `lower` says worked. */
function proseSuccesses(lower: string): Operation[] {
  const found: Operation[] = [];
  for (const clause of clausesOf(lower)) {
    if (!PROSE_SUCCESS.test(clause) || PROSE_NOT.test(clause) || PROSE_ASKED.test(clause)) continue;
    for (const [op, word] of PROSE_OPERATION) if (word.test(clause) && !found.includes(op)) found.push(op);
  }
  return found;
}

/**
 * How people say an operation failed, in their own sentence: "I get unauthorized when I push to ACR", "our cluster
 * can't pull from the registry", "we can't log in since the secret was rotated". Read only when no tool's words
 * showed an operation (its commands and protocol lines are surer than a sentence), only on a line a person wrote
 * (it speaks of I, we, my or our, which a tool's log line does not, or starts with the pull or push that failed),
 * per clause as for successes, in a clause that names the operation as a word of its own (not `ecr-login`,
 * `"Action":"pull"`, `az login`) and a failure, and is not only a question or advice ("check whether pull fails").
 * Its words get a scanner built on first use: most pastes name their operation in a tool's words and never get here.
 */
const PROSE_FAILURE_WORDS = [
  'fail',
  "n't",
  'cannot',
  'can not',
  'unable',
  'unauthori',
  'denied',
  'forbidden',
  '401',
  '403',
  'error',
];
const PROSE_FAILURE =
  /\bfail|n't\b|\bcannot\b|\bcan not\b|\bunable\b|\bunauthori[sz]ed\b|\bdenied\b|\bforbidden\b|\b40[13]\b|\berror|не мо[гж]|не получа|не уда[её]тся|не работает|ошибк|отказ/;
// Not "us": a region's name ("East US") is in many a log line; nor the "i" of "i/o timeout". Russian too (the bot's
// other language): "я", "мы", "наш…", "мо…", and "не могу/не можем", which speak of the person by their verb. The
// scanner's words above are ASCII, so a Russian sentence is read when it quotes the error it got ("… выдаёт
// unauthorized"), as pastes do.
const PERSON =
  /\b(?:i(?!\/o)|i'm|i've|we|we're|we've|my|our|me)\b|(?<![а-яё])(?:я|мы|мне|меня|нас|нам|мо[йяеи][а-яё]{0,3}|наш[а-яё]{0,3}|не могу|не можем)(?![а-яё])/;
/**
 * Or a sentence that starts with the pull or push and says it failed: "Pulls from the registry fail with
 * …", "pushing to x.azurecr.io fails: …", "the pull failed". A tool's own line names its operation in words the
 * phrases above already read ("failed to pull", "error pulling image"), so one reaching here is a person's. (A
 * host's dots do not end the sentence.)
 */
const OPERATION_FAILS =
  /(?:^|[.!?]\s)\s*(?:the |an? |image )?(?:pull|push)(?:s|es|ing|ed)?(?![-/_"'`:\w])(?:[^.;:!?]|\.(?!\s)){0,60}\bfail/;
// The operation as a word of a sentence: not part of a name, a path, a quoted value or a command.
const PROSE_FAILED_OPERATION: ReadonlyArray<readonly [Operation, RegExp]> = [
  ['pull', /(?<![-/_"'`:.\w])pull(?:s|ing|ed)?(?![-/_"'`:\w])/],
  ['push', /(?<![-/_"'`:.\w])push(?:es|ing|ed)?(?![-/_"'`:\w])/],
  [
    'login',
    /(?<![-/_"'`:.\w]|\b(?:az|docker|podman|helm|oras|registry) )(?:log(?:s|ged)? ?in|sign(?:s|ed)? ?in)(?![-/_"'`:\w])/,
  ],
];
const proseFailureIndex = onDemandIndex(PROSE_FAILURE_WORDS);

/**
 * A person's message is short (limits.ts); a paste of many kilobytes is a log too, whose sentences are a tool's.
 * Reading those as a person's would only cost time (a megabyte of failure sentences took twice as long).
 */
const PROSE_MAX_CHARS = 32 * 1024;

function shortMessage(lines: readonly string[]): boolean {
  if (lines.length > MAX_PROSE_LINES) return false;
  let chars = 0;
  for (const line of lines) if ((chars += line.length) > PROSE_MAX_CHARS) return false;
  return true;
}

/** Each operation a person's sentences say failed, with the lines that say so. */
function proseFailures(index: LineIndex): Array<{ op: Operation; lines: number[] }> {
  const found: Array<{ op: Operation; lines: number[] }> = [];
  if (!shortMessage(index.lines)) return found;
  const words = proseFailureIndex(index.lines);
  for (const line of words.linesWithAny(PROSE_FAILURE_WORDS)) {
    const lower = index.lower(line);
    if (!PERSON.test(lower) && !OPERATION_FAILS.test(lower)) continue;
    for (const clause of clausesOf(lower)) {
      if (!PROSE_FAILURE.test(clause) || PROSE_ASKED.test(clause)) continue;
      for (const [op, word] of PROSE_FAILED_OPERATION) {
        if (!word.test(clause)) continue;
        const entry = found.find((f) => f.op === op);
        if (!entry) found.push({ op, lines: [line] });
        else if (!entry.lines.includes(line)) entry.lines.push(line);
      }
    }
  }
  return found;
}

/**
 * A command a tool's own hint quotes ("provide registry credentials with 'docker login <registry>'", "try `docker
 * login <host>`", "by calling 'docker login'"): advice about what to do next, not the operation that ran. Read from
 * the text before the quoted command (an advising word) or inside its quotes (a `<placeholder>`).
 */
const ADVICE_BEFORE = /(?:^|\s)(?:with|calling|try|please run|please use)\s*[`'"]$/;
const QUOTE_BEFORE = /[`'"]$/;
const PLACEHOLDER = /<[a-z][a-z -]*>/;

const QUOTE_MARK = /[`'"]/;

function adviceOnly(lower: string, phrases: readonly string[]): boolean {
  let seen = false;
  for (const phrase of phrases) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
      seen = true;
      const before = lower.slice(Math.max(0, at - 40), at);
      const after = lower.slice(at + phrase.length, at + phrase.length + 60);
      const close = after.search(QUOTE_MARK);
      const placeholder = QUOTE_BEFORE.test(before) && close > 0 && PLACEHOLDER.test(after.slice(0, close));
      if (!ADVICE_BEFORE.test(before) && !placeholder) return false;
    }
  }
  return seen;
}

/**
 * "catalog" names the registry's listing (`/v2/_catalog`, the `registry:catalog:*` scope) except as a verb: grype's
 * "failed to catalog: …" is its own package cataloguing of an image it could not get; nor as a repository's path
 * component (`tekton/catalog`, `repository%3Atekton%2Fcatalog%3Apull`), an image like any other.
 */
const NOT_THE_LISTING = ['to catalog', '/catalog', '%2fcatalog'];
function catalogAsVerbOnly(lower: string): boolean {
  if (!NOT_THE_LISTING.some((w) => lower.includes(w))) return false;
  return !NOT_THE_LISTING.reduce((rest, w) => rest.replaceAll(w, ''), lower).includes('catalog');
}

/** The registry API path a client reads a manifest from (`HEAD`/`GET /v2/<repository>/manifests/<reference>`). */
const MANIFESTS = '/manifests/';

export const OPERATION_KEYWORDS = [
  ...OPERATION_PHRASES.flatMap(([, phrases]) => phrases),
  MANIFESTS,
  ...SUCCESS_PHRASES.flatMap(([, sets]) => sets.map((words) => words[0] as string)),
  ...ERROR_WORDS,
  ...PROSE_SUCCESS_WORDS,
];

export interface OperationFindings {
  readonly operation: Operation | null;
  /** Each operation seen, with the 0-based line that shows it (its first failing line if any). */
  readonly attempted: ReadonlyArray<{ readonly op: Operation; readonly line: number }>;
  readonly succeeded: ReadonlyArray<{ readonly op: Operation; readonly line: number }>;
}

const URL_BREAK = /[\s"']/;
const LOWER_LETTER = /[a-z]/;
const QUOTE_OR_SPACE = /["'\s]/;
const READ_METHOD_BEFORE = /(?:^|[^a-z])(?:head|get)(?: request to)?$/;
const WRITE_METHOD_BEFORE = /(?:^|[^a-z])(?:put|post|patch|delete)(?: request to)?$/;

/**
 * Whether `lower` shows a client reading a manifest: `Head "https://<host>/v2/<repo>/manifests/<ref>"` (Go's
 * request errors), `HEAD request to https://…` (containerd), `GET https://…`, or the URL with no method at all
 * on a line that reports a failure (krustlet's "authentication required … on https://…/manifests/v0.5"): a write
 * names its method (`PUT`), since a client prints the verb when it is not the everyday read. Whatever the host,
 * even redacted or cut (`https://XXXX/v2/…`), that is the registry protocol's first step of a pull.
 */
function readsManifest(lower: string): boolean {
  for (let at = lower.indexOf(MANIFESTS); at >= 0; at = lower.indexOf(MANIFESTS, at + MANIFESTS.length)) {
    const scheme = lower.lastIndexOf('://', at);
    if (scheme < 0 || at - scheme > 400) continue;
    const url = lower.slice(scheme, at);
    if (!url.includes('/v2/') || URL_BREAK.test(url)) continue;
    // Back over the scheme's letters, then the quote or spaces between the method and the URL.
    let start = scheme;
    while (start > 0 && LOWER_LETTER.test(lower[start - 1] as string)) start--;
    while (start > 0 && QUOTE_OR_SPACE.test(lower[start - 1] as string)) start--;
    const before = lower.slice(Math.max(0, start - 20), start);
    if (READ_METHOD_BEFORE.test(before)) return true;
    // With no method, only a line that reports a failure: a link in a sentence ("see https://…") is no request.
    if (!WRITE_METHOD_BEFORE.test(before) && reportsFailure(lower)) return true;
  }
  return false;
}

export function findOperations(index: LineIndex): OperationFindings {
  const seen: Array<{ op: Operation; lines: readonly number[] }> = [];
  for (const [op, phrases] of OPERATION_PHRASES) {
    const named = index.linesWithAny(phrases);
    // Most operations are named nowhere in a paste: no filtered copies of an empty list.
    if (named.length === 0) continue;
    const lines = named
      .filter((i) => !adviceOnly(index.lower(i), phrases))
      .filter((i) => op !== 'list' || !catalogAsVerbOnly(index.lower(i)));
    if (lines.length > 0) seen.push({ op, lines });
  }
  // A push reads the manifest too (to see whether it is already there): the manifest read means a pull only in a
  // paste that shows no push.
  if (!seen.some((s) => s.op === 'push' || s.op === 'pull')) {
    const reads = index.linesWith(MANIFESTS).filter((i) => readsManifest(index.lower(i)));
    if (reads.length > 0) seen.push({ op: 'pull', lines: reads });
  }
  if (seen.length === 0) seen.push(...proseFailures(index));
  const isError = (i: number) => reportsFailure(index.lower(i));
  const attempted = seen.map(({ op, lines }) => ({ op, line: lines.find(isError) ?? (lines[0] as number) }));

  // The operation the paste is about: one whose own line reports a failure, else the last one started
  // before the first error line (`docker pull x` … `unauthorized`).
  let operation: Operation | null = null;
  const failing = attempted.filter(({ op, line }) => isError(line) && seen.some((s) => s.op === op));
  if (failing.length > 0) {
    operation = [...failing].sort((a, b) => a.line - b.line)[0]?.op ?? null;
  } else {
    // From the scanner's hits: lower-casing every line of a long log only to find its first error cost more than
    // the rest of this function.
    const firstError = index.linesWithAny(ERROR_WORDS)[0] ?? -1;
    let best = -1;
    for (const { op, lines } of seen) {
      const before = lines.filter((l) => firstError < 0 || l <= firstError).at(-1);
      if (before !== undefined && before > best) {
        best = before;
        operation = op;
      }
    }
    if (operation === null) operation = seen[0]?.op ?? null;
  }

  const succeeded: Array<{ op: Operation; line: number }> = [];
  for (const [op, sets] of SUCCESS_PHRASES) {
    for (const words of sets) {
      const line = index
        .linesWith(words[0] as string)
        .find((i) => words.every((w) => index.lower(i).includes(w)));
      if (line !== undefined) {
        succeeded.push({ op, line });
        break;
      }
    }
  }
  for (const line of index.linesWithAny(PROSE_SUCCESS_WORDS))
    for (const op of proseSuccesses(index.lower(line)))
      if (!succeeded.some((s) => s.op === op)) succeeded.push({ op, line });
  return { operation, attempted, succeeded };
}
