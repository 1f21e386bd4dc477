import type { LineIndex } from '../line-index';

/**
 * Image references and registry hosts that the paste's own commands and build steps aim at: the target of a
 * `docker pull|push|login` (and the same verbs of podman, nerdctl, buildah, crane, oras, regctl, `helm registry
 * login`), a Dockerfile base image as the builders echo it, Docker's "Pulling from library/…" (an official Docker
 * Hub image), and `oci://` / `docker://` references. What is read here is structure: which registry a reference
 * names is decided by the caller (a host with a dot or a port, or none at all, which is Docker Hub).
 */

const TOOLS = ['docker', 'podman', 'nerdctl', 'buildah', 'crane', 'oras', 'regctl'];
const VERBS = ['pull', 'push', 'login'];
/** Docker's management-command spelling (`docker image pull`), which podman and nerdctl accept as well. */
const IMAGE_VERBS = ['pull', 'push'];
const COMMANDS = [
  ...TOOLS.flatMap((t) => VERBS.map((v) => `${t} ${v}`)),
  ...['docker', 'podman', 'nerdctl'].flatMap((t) => IMAGE_VERBS.map((v) => `${t} image ${v}`)),
  'helm registry login',
];
/**
 * Where BuildKit names a base image it is resolving, or marks the failing `FROM` of its Dockerfile excerpt. (The
 * classic builder's `Step 1/9 : FROM x` is left out: it echoes every build, also those that fail at the push.)
 */
const BASE_IMAGE = ['load metadata for ', '>>> from '];
const OFFICIAL_HUB = 'pulling from library/';
/**
 * Where a builder names the reference it pushes to: BuildKit's (and buildx's) failed export (`ERROR: failed to push
 * registry.example.com/team/app:main: denied: …`), kaniko's check before it builds (`checking push permission for
 * "registry.example.com/team/app:main"`) and its failed push (`failed to push to destination …`), and the step
 * BuildKit was in when a push failed (`> pushing team/app:main with docker:`, `pushing manifest for …`). Only a
 * reference with a path counts: people write "failed to push to the registry" too.
 */
const PUSH_TARGETS = [
  'failed to push ',
  'checking push permission for ',
  'failed to push to destination ',
  '> pushing ',
  'pushing manifest for ',
];
/**
 * The docker transport (skopeo, GitHub Actions' `uses: docker://…`) reads a one-component name as Docker Hub's, as
 * Docker does (`docker://alpine:3.20` is docker.io/library/alpine). Podman may resolve such a name through
 * registries.conf instead; the registry it then tried is named in its own words and read as well (an ACR among them
 * keeps the paste an ACR's). An `oci://` reference always starts with its host.
 */
const DOCKER_SCHEME = 'docker://';
const SCHEMES = ['oci://', DOCKER_SCHEME];
/**
 * A build command's tag (`docker build -t registry.example.com/team/app:1 .`, and the same of buildx, podman, buildah,
 * nerdctl and Okteto): the image it will push. Only a tag whose first component is a host counts: `-t app:1` names a
 * local image, not Docker Hub.
 */
const BUILD_COMMANDS = [
  'docker build',
  'docker buildx build',
  'docker image build',
  'podman build',
  'buildah bud',
  'buildah build',
  'nerdctl build',
  'okteto build',
];
const BUILD_TAG = /\s(?:-t|--tag)(?:\s+|=)["']?([a-z0-9][a-z0-9.-]*(?::\d+)?\/[a-z0-9._\-:/@]*)/g;

/**
 * A CI step's or a config's registry input on a line of its own, as runners echo them (`registry: ghcr.io` under a
 * `docker/login-action` step's `with:`, `REGISTRY=…` in its env, Azure's `login-server:`): it names the server
 * signed in to.
 */
const KEYED_SERVER =
  /^\s*(?:-\s+)?["']?(?:registry|login[-_]?server|registry[-_](?:server|host|url))["']?\s*[:=]\s*["']?(?:https?:\/\/)?([a-z0-9][a-z0-9.-]*(?::\d+)?)\/?["']?\s*$/;
const KEYED_MARKS = ['registry:', 'registry=', 'server:', 'server=', 'host:', 'host=', 'url:', 'url='];

export const TARGET_KEYWORDS = [
  ...COMMANDS,
  ...BASE_IMAGE,
  OFFICIAL_HUB,
  ...PUSH_TARGETS,
  ...SCHEMES,
  ...KEYED_MARKS,
  ...BUILD_COMMANDS,
];

/** Flags of those commands that take a value as the next word. */
const VALUE_FLAGS = new Set(['-u', '--username', '-p', '--password', '--platform', '--config', '--authfile']);
/** Where the words of one command end. */
const COMMAND_END = new Set(['|', '||', '&&', ';', '#', '2>&1', '>', '2>']);

/**
 * Whether the text before a tool name makes it a command rather than prose ("docker pull fails …"): nothing, a
 * shell prompt, a path (`/usr/bin/docker`), a quote or backtick, a chaining operator, or a CI runner's `Run`.
 */
function commandStart(before: string): boolean {
  const t = before.trimEnd();
  if (t === '') return true;
  if (/[$>#%/'"`&|;(]$/.test(t)) return true;
  return /(?:^|\s)(?:run|issuing|command)$/.test(t);
}

/**
 * Words that follow a command named as the subject of a person's sentence ("docker push fails with unauthorized",
 * "docker pull works", "podman login is denied"): the command's first word, not an image called `fails`.
 */
const SENTENCE_WORDS = new Set(
  (
    'fails failed failing fail works worked working succeeds succeeded gives gave returns returned throws ' +
    'threw shows says prints hangs hung errors errored keeps kept gets got results ends ended times timed ' +
    "stopped stops still never always also again just only now then is was are were does did doesn't " +
    "didn't do not cannot can't won't will would should could can and or but with to from on in of for at " +
    'as into after before when the a an it this that command step task commands'
  ).split(' '),
);

/** A word that can be an image reference or a registry host; anything with `$`, `<`, `{` is a placeholder. */
const REFERENCE = /^[a-z0-9][a-z0-9._\-:/@]*$/;

const QUOTES = '`\'"';
const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/;
const TRAILING = '`\'",):';

/** The word without the quotes, backticks and punctuation a paste wraps it in. */
function unquote(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && QUOTES.includes(word[start] as string)) start++;
  while (end > start && TRAILING.includes(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/** The word that starts right after `key`, found at `at` in `lower`, unquoted. */
function wordAfter(lower: string, at: number, key: string): string {
  return unquote(lower.slice(at + key.length, at + key.length + 300).split(WHITESPACE)[0] ?? '');
}

/** The first positional word after `from` in `words`, skipping flags (and their values); null if none. */
function firstPositional(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = unquote(words[i] as string);
    if (COMMAND_END.has(word) || word.startsWith('>')) return null;
    if (word === '') continue;
    if (word.startsWith('-')) {
      if (!word.includes('=') && VALUE_FLAGS.has(word)) i++;
      continue;
    }
    return word;
  }
  return null;
}

export interface Target {
  /** A lower-case image reference (`team/app:1`, `ghcr.io/o/a`) or, for a sign-in, a host (`harbor.corp`). */
  readonly reference: string;
  /** A sign-in: the word names a server, never an image on Docker Hub. */
  readonly login: boolean;
  readonly line: number;
}

/** What the commands and build steps of the paste aim at, in line order. */
export function findTargets(index: LineIndex): Target[] {
  const found: Target[] = [];
  for (const lineNo of index.linesWithAny(TARGET_KEYWORDS)) {
    const lower = index.lower(lineNo);
    for (const command of COMMANDS) {
      for (let at = lower.indexOf(command); at >= 0; at = lower.indexOf(command, at + command.length)) {
        const after = lower[at + command.length];
        if (after !== undefined && after !== ' ' && after !== '\t') continue;
        if (!commandStart(lower.slice(Math.max(0, at - 40), at))) continue;
        const words = lower.slice(at + command.length, at + command.length + 400).split(WHITESPACE_RUN);
        const word = firstPositional(words);
        // `docker login` with no server signs in to Docker Hub, but so reads a hint quoting the command's usage:
        // only a named server counts.
        if (word !== null && REFERENCE.test(word) && !SENTENCE_WORDS.has(word))
          found.push({ reference: word, login: command.endsWith(' login'), line: lineNo });
      }
    }
    for (const key of BASE_IMAGE) {
      const at = lower.indexOf(key);
      if (at < 0) continue;
      const word = firstPositional(lower.slice(at + key.length, at + key.length + 400).split(WHITESPACE_RUN));
      if (word !== null && REFERENCE.test(word) && word !== 'scratch')
        found.push({ reference: word, login: false, line: lineNo });
    }
    for (const key of PUSH_TARGETS) {
      const pushed = lower.indexOf(key);
      if (pushed < 0) continue;
      const word = wordAfter(lower, pushed, key);
      if (REFERENCE.test(word) && word.includes('/'))
        found.push({ reference: word, login: false, line: lineNo });
    }
    if (lower.includes(OFFICIAL_HUB))
      found.push({ reference: 'docker.io/library/', login: false, line: lineNo });
    const keyed = KEYED_SERVER.exec(lower);
    if (keyed?.[1] !== undefined) found.push({ reference: keyed[1], login: true, line: lineNo });
    for (const command of BUILD_COMMANDS) {
      const at = lower.indexOf(command);
      if (at < 0 || !commandStart(lower.slice(Math.max(0, at - 40), at))) continue;
      for (const m of lower.slice(at + command.length, at + command.length + 400).matchAll(BUILD_TAG)) {
        const reference = m[1] as string;
        const first = reference.slice(0, reference.indexOf('/'));
        if (first.includes('.') || first.includes(':') || first === 'localhost')
          found.push({ reference, login: false, line: lineNo });
      }
      // One build per line: `docker buildx build` is found again as `docker build`.
      break;
    }
    for (const scheme of SCHEMES) {
      for (let at = lower.indexOf(scheme); at >= 0; at = lower.indexOf(scheme, at + scheme.length)) {
        const word = wordAfter(lower, at, scheme);
        if (REFERENCE.test(word) && (word.includes('/') || scheme === DOCKER_SCHEME))
          found.push({ reference: word, login: false, line: lineNo });
      }
    }
  }
  return found;
}
