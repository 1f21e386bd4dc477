import { causeById, type CauseId, type Fact } from '../knowledge';
import { ambiguityOf } from './ambiguity';
import { anchoredCauses } from './anchor-index';
import { distinguish } from './distinguish';
import { getEngine } from './engine';
import { fallbackCauses } from './fallback';
import { filledFix, placeholderValues } from './fill-command';
import { LineIndex } from './line-index';
import { MAX_CAUSES, MAX_EVIDENCE_CHARS, MAX_EVIDENCE_LINES } from './limits';
import { maskSecrets } from './mask-secrets';
import type { CauseMatches } from './match-rules';
import { evidenceBasis, matchCauses } from './match-rules';
import { normalise } from './normalise';
import { failureOutsideRegistry, outsideRegistryCauses, readFailure } from './outside-registry';
import { failureNotTiedToAcr, unplacedFailureCauses } from './unplaced-failure';
import { rankWithLearned } from './learned';
import { repeatKeyOf } from './repeats';
import { calibrate, diversify, scoreCandidates, undecidedConfidence, type Scored } from './score';
import { extractSignals } from './signals';
import {
  describesRegistryFailure,
  readStatements,
  statedCandidates,
  withStatements,
  type StatedCause,
} from './statements';
import type { Diagnosis, Evidence, Notice, RankedCause, Signals } from './types';
import { heldToTie, registryTie, type RegistryTie } from './registry-tie';
import { withRegistryDoubt } from './registry-doubt';
import { signInWithoutRegistry, verdictOf } from './verdict';

export interface DiagnoseOptions {
  /** A registry named outside the paste (e.g. `@acr-doctor contoso <paste>`): used as context. */
  readonly registryHint?: string;
}

/**
 * A copy of `s` that does not share memory with the paste. V8 keeps a whole string alive behind any slice
 * of it, so a stored diagnosis holding a 40-character evidence line would otherwise pin a 2 MB paste.
 */
function detach(s: string): string {
  return s.length === 0 ? s : (' ' + s).slice(1);
}

function evidenceOf(
  matches: CauseMatches,
  lines: readonly string[],
  roles: ReadonlyArray<'anchor' | 'context' | 'against'>,
): Evidence[] {
  const picked: number[] = [];
  const ordered = matches.matches
    .filter((m) => roles.includes(m.rule.role))
    .sort((a, b) => roles.indexOf(a.rule.role) - roles.indexOf(b.rule.role) || b.rule.weight - a.rule.weight);
  for (const m of ordered) {
    for (const line of m.lines) {
      if (!picked.includes(line) && picked.length < MAX_EVIDENCE_LINES) picked.push(line);
    }
  }
  return picked.map((i) => {
    const text = (lines[i] ?? '').trim();
    return {
      line: i + 1,
      text: detach(text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : text),
    };
  });
}

/**
 * Lines where a rule found a tool's message: their words are the tool's, not the person's description. A fact is not
 * a message: "push fails with 403: the identity has only AcrPull" gives a status from the person's own sentence, and
 * what else that sentence says is theirs to read (a fact's line that is a tool's record is left out of the reading
 * anyway, as every record is).
 */
function toolMessageLines(matched: readonly CauseMatches[]): Set<number> {
  const lines = new Set<number>();
  for (const m of matched)
    for (const r of m.matches)
      if (r.rule.role === 'anchor' && r.rule.clue.kind !== 'fact') for (const l of r.lines) lines.add(l);
  return lines;
}

/** The rules' candidates, raised or joined by the paste's own statements, scored; and the statements. */
function scoredWithStatements(
  lines: readonly string[],
  index: LineIndex,
  factLines: ReadonlyMap<Fact, number>,
): { readonly scored: Scored[]; readonly stated: StatedCause[] } {
  const { causes, anchors } = getEngine();
  const matched = matchCauses(anchoredCauses(causes, anchors, index, factLines), index, factLines);
  const stated = readStatements(lines, toolMessageLines(matched));
  const scored = scoreCandidates(
    withStatements(causes, matched, stated),
    repeatKeyOf(lines),
    factLines.get('registry-elsewhere'),
  );
  return { scored, stated };
}

/**
 * Reads any pasted text and says what went wrong with ACR access, why, and how to fix it.
 * Pure: no I/O, no clock, no randomness; the same text always gives the same diagnosis. Never throws.
 */
export function diagnose(text: string, options: DiagnoseOptions = {}): Diagnosis {
  const normalised = normalise(text);
  const masked = maskSecrets(normalised.lines);
  const engine = getEngine();
  const index = new LineIndex(masked.lines, engine.scanner, engine.keywordIds);
  const { signals, factLines } = extractSignals(index, options.registryHint);

  const { scored, stated } = scoredWithStatements(masked.lines, index, factLines);
  const ruled = diversify(calibrate(scored));
  // No rule explained the paste. A person's own description of what is wrong comes first (statements.ts); else,
  // when it is about an ACR registry and shows a failure, name what that failure can mean (structure, with
  // measured priors); otherwise let the learned layer guess from the words (learned/).
  const described =
    ruled.length === 0 && stated.length > 0 && describesRegistryFailure(masked.lines)
      ? diversify(statedCandidates(engine.causes, stated))
      : [];
  const structural =
    ruled.length === 0 && described.length === 0
      ? fallbackCauses(engine.causes, masked.lines, factLines)
      : null;
  const guessed =
    ruled.length === 0 && described.length === 0 && (structural?.ranked.length ?? 0) === 0
      ? diversify(rankWithLearned([], masked.lines, engine.causes))
      : [];
  // Last: a failure told in no word of a registry's world is most likely another program's (outside-registry.ts);
  // one in those words that nothing ties to an ACR, most likely another registry's or tool's (unplaced-failure.ts).
  const unexplained =
    ruled.length === 0 &&
    described.length === 0 &&
    (structural?.ranked.length ?? 0) === 0 &&
    guessed.length === 0;
  const read = unexplained ? readFailure(masked.lines, factLines) : null;
  const outside = read ? outsideRegistryCauses(engine.causes, masked.lines, factLines, read) : null;
  const unplaced =
    read && outside?.hit === null
      ? unplacedFailureCauses(engine.causes, masked.lines, factLines, read)
      : null;
  const ranked = (
    ruled.length > 0
      ? ruled
      : described.length > 0
        ? described
        : structural && structural.ranked.length > 0
          ? structural.ranked
          : guessed.length > 0
            ? guessed
            : outside?.hit
              ? outside.ranked
              : (unplaced?.ranked ?? [])
  ).slice(0, MAX_CAUSES);
  const fallback: Diagnosis['fallback'] =
    ruled.length > 0
      ? undefined
      : described.length > 0
        ? { basis: 'statement', line: (stated[0] as StatedCause).line + 1 }
        : structural?.hit && structural.ranked.length > 0
          ? { basis: 'structure', signal: structural.hit.signal.id, line: structural.hit.line + 1 }
          : guessed.length > 0
            ? { basis: 'words' }
            : outside?.hit
              ? { basis: 'outside', line: outside.hit.line + 1 }
              : unplaced?.hit
                ? { basis: 'unplaced', line: unplaced.hit.line + 1 }
                : undefined;
  const ambiguity = ambiguityOf(ranked);
  const values = placeholderValues(signals);
  const causes: RankedCause[] = ranked.map(({ matches, confidence }) => {
    const cause = causeById(matches.compiled.cause.id);
    const shown = ambiguity.ambiguous ? undecidedConfidence(confidence) : confidence;
    return {
      id: cause.id,
      family: cause.family,
      scope: cause.scope,
      confidence: Math.round(shown * 1000) / 1000,
      basis: evidenceBasis(matches),
      evidence: evidenceOf(matches, masked.lines, ['anchor', 'context']),
      counterEvidence: evidenceOf(matches, masked.lines, ['against']),
      fix: filledFix(cause.fix, values),
      checks: cause.checks,
    };
  });

  const verdict = verdictOf(causes, signals.facts);
  // An Entra ID code names its sign-in exactly: a not-ACR answer from it keeps its confidence (23 of 24 such first-look
  // answers were right). Any other answer with an ACR cause is held to what the paste says of its registry
  // (registry-tie.ts), whatever the verdict.
  const heldToRegistry =
    verdict.verdict === 'acr' ||
    (verdict.notAcrReason === 'no-registry' && !signInWithoutRegistry(signals.facts));
  const tie = heldToRegistry ? registryTie(causes, signals.facts, signals.registry) : 'acr';
  const tied = tiedConfidences(causes, tie);
  // Only an ACR answer is doubted: a not-ACR one already says the failure is elsewhere.
  const shown =
    verdict.verdict === 'acr'
      ? withRegistryDoubt(tied, tie, ambiguity.ambiguous ? ambiguity.candidates : [], values, MAX_CAUSES)
      : tied;

  const notices: Notice[] = [...normalised.notices];
  if (causes.length === 0 && !notices.some((n) => n.kind === 'empty'))
    notices.push({ kind: 'no-error-found' });
  if (fallback?.basis === 'words') notices.push({ kind: 'guessed-from-words' });
  if (fallback?.basis === 'statement') notices.push({ kind: 'read-from-description' });
  return {
    ...verdict,
    causes: shown,
    // Signals hold names and addresses cut out of the paste: copy them for the same reason as evidence.
    signals: JSON.parse(JSON.stringify(signals)) as Signals,
    secrets: masked.secrets,
    // Between the ACR candidates: the doubt carries its own question, and a live check cannot tell a host apart.
    distinguish: distinguish(tied),
    ambiguity,
    ...(fallback ? { fallback } : {}),
    notices,
    text: masked.lines.join('\n'),
  };
}

/**
 * Every cause as sure as the paste's tie to an ACR allows (registry-tie.ts): with no registry in it, an ACR answer
 * rests on words other programs print too ("Username and password required", "Please run az login",
 * "AuthorizationFailed"); with a registry nobody named, on words every registry's clients print.
 */
function tiedConfidences(causes: readonly RankedCause[], tie: RegistryTie): readonly RankedCause[] {
  if (tie === 'acr') return causes;
  return causes.map((c) => ({ ...c, confidence: Math.round(heldToTie(c.confidence, tie) * 1000) / 1000 }));
}

/** A paste read as diagnose() reads it, up to its facts: for the bench helpers below. */
function readPaste(text: string): {
  readonly lines: readonly string[];
  readonly index: LineIndex;
  readonly factLines: ReadonlyMap<Fact, number>;
} {
  const { lines } = maskSecrets(normalise(text).lines);
  const engine = getEngine();
  const index = new LineIndex(lines, engine.scanner, engine.keywordIds);
  return { lines, index, factLines: extractSignals(index).factLines };
}

/**
 * The raw candidate scores of a paste, before they become probabilities. For the calibration bench, which
 * refits the softmax on them; not part of the public entry point.
 */
export function scoredCandidates(text: string): Scored[] {
  const { lines, index, factLines } = readPaste(text);
  return scoredWithStatements(lines, index, factLines).scored;
}

/**
 * What the structural fallback would answer for a paste if no rule had matched it: for the accuracy bench, which
 * measures how often a signal's candidates hold the label (FALLBACK.mass). Not part of the public entry point.
 */
export function fallbackCandidates(text: string): { signal: string | null; causes: CauseId[] } {
  const { lines, factLines } = readPaste(text);
  const { hit, ranked } = fallbackCauses(getEngine().causes, lines, factLines);
  return { signal: hit?.signal.id ?? null, causes: ranked.map((s) => s.matches.compiled.cause.id) };
}

/**
 * Whether the outside-registry stage's gate holds for a paste, whatever the stages before it found: for the accuracy
 * bench, which measures the share OUTSIDE_REGISTRY.confidence rests on. Not part of the public entry point.
 */
export function outsideRegistryGate(text: string): boolean {
  const { lines, factLines } = readPaste(text);
  return failureOutsideRegistry(lines, factLines) !== null;
}

/**
 * Whether the unplaced-failure stage's gate holds for a paste, whatever the stages before it found: for the accuracy
 * bench, which measures the share UNPLACED_FAILURE.confidence rests on. Not part of the public entry point.
 */
export function unplacedFailureGate(text: string): boolean {
  const { lines, factLines } = readPaste(text);
  const read = readFailure(lines, factLines);
  return (
    failureOutsideRegistry(lines, factLines, read) === null &&
    failureNotTiedToAcr(lines, factLines, read) !== null
  );
}
