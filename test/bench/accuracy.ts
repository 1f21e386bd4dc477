/**
 * Scores the engine on labelled pastes, per corpus: every real-paste corpus in test/fixtures/corpus/*.jsonl
 * (dev, field, field2, and any corpus dropped in later), our own fixture pastes and the catalogue of real tool
 * messages. For each: top-1 (the family of the first cause is the label or one of `also`), top-3, not-ACR
 * recognised (pastes labelled `other` answered "not-acr"), "no cause" on ACR pastes, expected calibration
 * error, and wrong answers given with confidence ≥ 0.8 and ≥ 0.9 (as a share of all pastes), plus how often
 * the engine said "ambiguous". The catalogue also gets a table per tool.
 *   npm run bench:accuracy                        every corpus
 *   npm run bench:accuracy -- path/to/x.jsonl     one corpus
 *   npm run bench:accuracy -- --misses            list every paste whose first family is wrong
 *   npm run bench:accuracy -- --fit               refit the calibration by leave-one-corpus-out validation
 */
import { causeById, type CauseId } from '../../src/knowledge';
import { diagnose } from '../../src/diagnosis';
import { AMBIGUITY, ambiguityOf } from '../../src/diagnosis/ambiguity';
import { scoredCandidates } from '../../src/diagnosis/diagnose';
import { calibrate, diversify, SCORING, type Scored, type ScoringParams } from '../../src/diagnosis/score';
import { readFixturePastes, readJsonl, readMessages, realCorpora, type LabelledPaste } from './corpus';
import { printTable, round } from './table';

interface Result {
  readonly paste: LabelledPaste;
  readonly expected: readonly string[];
  readonly families: readonly string[];
  readonly verdict: string;
  readonly top1: boolean;
  readonly top3: boolean;
  readonly confidence: number;
  readonly ambiguous: boolean;
}

function judge(
  paste: LabelledPaste,
  expected: readonly string[],
  families: readonly string[],
  verdict: string,
  confidence: number,
  ambiguous: boolean,
): Result {
  const distinct = [...new Set(families)];
  return {
    paste,
    expected,
    families: distinct,
    verdict,
    top1: distinct[0] !== undefined && expected.includes(distinct[0]),
    top3: distinct.slice(0, 3).some((f) => expected.includes(f)),
    confidence,
    ambiguous,
  };
}

function score(paste: LabelledPaste, expected: readonly string[]): Result {
  const d = diagnose(paste.text);
  return judge(
    paste,
    expected,
    d.causes.map((c) => c.family),
    d.verdict,
    d.causes[0]?.confidence ?? 0,
    d.ambiguity.ambiguous,
  );
}

/** Expected calibration error of the first cause's confidence over ten bins. */
function ece(results: readonly Result[]): number {
  let total = 0;
  for (let b = 0; b < 10; b++) {
    const bin = results.filter((r) => Math.min(9, Math.floor(r.confidence * 10)) === b);
    if (bin.length === 0) continue;
    const acc = bin.filter((r) => r.top1).length / bin.length;
    const conf = bin.reduce((s, r) => s + r.confidence, 0) / bin.length;
    total += (bin.length / results.length) * Math.abs(acc - conf);
  }
  return total;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : round(n / d));
const share = (rs: readonly Result[], test: (r: Result) => boolean) =>
  ratio(rs.filter(test).length, rs.length);

interface Figures {
  readonly cases: number;
  readonly top1: number;
  readonly top3: number;
  readonly not_acr: number;
  readonly no_cause_on_acr: number;
  readonly ece: number;
  readonly wrong_at_0_8: number;
  readonly wrong_at_0_9: number;
  readonly ambiguous: number;
}

function figures(rs: readonly Result[]): Figures {
  const notAcr = rs.filter((r) => r.expected[0] === 'other');
  const acr = rs.filter((r) => r.expected[0] !== 'other');
  return {
    cases: rs.length,
    top1: share(rs, (r) => r.top1),
    top3: share(rs, (r) => r.top3),
    not_acr: share(notAcr, (r) => r.verdict === 'not-acr'),
    no_cause_on_acr: share(acr, (r) => r.families.length === 0),
    ece: round(ece(rs)),
    wrong_at_0_8: share(rs, (r) => !r.top1 && r.confidence >= 0.8),
    wrong_at_0_9: share(rs, (r) => !r.top1 && r.confidence >= 0.9),
    ambiguous: share(rs, (r) => r.ambiguous),
  };
}

function listMisses(title: string, rs: readonly Result[]): void {
  const misses = rs.filter((r) => !r.top1);
  if (misses.length === 0) return;
  console.log(`\n${title}: ${misses.length} of ${rs.length} whose first family is not the label`);
  printTable(
    ['id', 'label', 'first three families', 'conf', 'amb', 'top3'],
    misses.map((r) => [
      r.paste.id,
      r.expected.join('|'),
      r.families.slice(0, 3).join(', ') || '—',
      r.confidence.toFixed(2),
      r.ambiguous ? 'yes' : '',
      r.top3 ? 'yes' : 'NO',
    ]),
  );
}

/** Leave-one-corpus-out: fit temperature and none-score on all real corpora but one, measure on that one. */
function fit(corpora: ReadonlyArray<{ name: string; pastes: readonly LabelledPaste[] }>): void {
  const prepared = corpora.map((c) => ({
    name: c.name,
    items: c.pastes.map((p) => ({ paste: p, scored: scoredCandidates(p.text) })),
  }));
  const grid: ScoringParams[] = [];
  for (let t = 0.25; t <= 4.01; t += 0.25)
    for (let n = 0; n <= 6.01; n += 0.5) grid.push({ temperature: round(t, 2), noneScore: round(n, 2) });
  const resultsFor = (
    items: ReadonlyArray<{ paste: LabelledPaste; scored: Scored[] }>,
    params: ScoringParams,
  ): Result[] =>
    items.map(({ paste, scored }) => {
      const ranked = diversify(calibrate(scored, params));
      const ambiguous = ambiguityOf(ranked).ambiguous;
      const first = ranked[0];
      const confidence = first
        ? ambiguous
          ? Math.min(first.confidence, AMBIGUITY.cap)
          : first.confidence
        : 0;
      const families = ranked.map((s) => s.matches.compiled.cause.family);
      const verdict = first
        ? first.matches.compiled.cause.scope === 'not-acr'
          ? 'not-acr'
          : 'acr'
        : 'unknown';
      return judge(paste, [paste.cause, ...paste.also], families, verdict, confidence, ambiguous);
    });
  // The objective: calibration error, plus a penalty for confident mistakes beyond the 2 % the issue allows.
  const objective = (rs: readonly Result[]) => ece(rs) + 2 * Math.max(0, figures(rs).wrong_at_0_9 - 0.02);
  const best = (items: ReadonlyArray<{ paste: LabelledPaste; scored: Scored[] }>) =>
    grid
      .map((params) => ({ params, ece: objective(resultsFor(items, params)) }))
      .sort((a, b) => a.ece - b.ece)[0] as { params: ScoringParams; ece: number };
  console.log('\ncalibration, leave one corpus out (fit on the others, measure on the one left out)');
  const rows: Array<Array<string | number>> = [];
  for (const held of prepared) {
    const train = prepared.filter((c) => c !== held).flatMap((c) => c.items);
    const chosen = best(train);
    const heldFigures = figures(resultsFor(held.items, chosen.params));
    const currentFigures = figures(resultsFor(held.items, SCORING));
    rows.push([
      held.name,
      chosen.params.temperature,
      chosen.params.noneScore,
      round(chosen.ece),
      heldFigures.ece,
      currentFigures.ece,
      heldFigures.wrong_at_0_9,
    ]);
  }
  printTable(
    [
      'held out',
      'temperature',
      'none',
      'train objective',
      'held-out ECE',
      'shipped ECE',
      'held-out wrong≥0.9',
    ],
    rows,
  );
  const all = best(prepared.flatMap((c) => c.items));
  console.log(
    `fitted on every real corpus: temperature ${all.params.temperature}, noneScore ${all.params.noneScore} (objective ${round(all.ece)}); shipped: temperature ${SCORING.temperature}, noneScore ${SCORING.noneScore}`,
  );
}

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
const corpora = path ? [{ name: path, path, pastes: readJsonl(path) }] : realCorpora();

const perCorpus: Array<[string, Figures]> = [];
const detail: Array<[string, Result[]]> = [];
for (const corpus of corpora) {
  const rs = corpus.pastes.map((p) => score(p, [p.cause, ...p.also]));
  perCorpus.push([corpus.name, figures(rs)]);
  detail.push([corpus.name, rs]);
}
if (!path) {
  const fixtures = readFixturePastes().map((p) => score(p, [causeById(p.cause as CauseId).family]));
  perCorpus.push(['fixtures', figures(fixtures)]);
  detail.push(['fixtures', fixtures]);
  const messages = readMessages();
  const scored = messages.map((m) => ({ file: m.file, r: score(m, [m.cause, ...m.also]) }));
  if (scored.length > 0) {
    perCorpus.push(['messages', figures(scored.map((s) => s.r))]);
    detail.push(['messages', scored.map((s) => s.r)]);
    console.log('\nmessage catalogue (test/fixtures/messages), per tool');
    const files = [...new Set(scored.map((s) => s.file))];
    printTable(
      ['tool', 'messages', 'top-1', 'top-3', 'ECE', 'held-out wrong≥0.9'],
      files.map((file) => {
        const f = figures(scored.filter((s) => s.file === file).map((s) => s.r));
        return [file, f.cases, f.top1, f.top3, f.ece, f.wrong_at_0_9];
      }),
    );
  }
}

if (args.includes('--misses')) for (const [name, rs] of detail) listMisses(name, rs);

console.log('\nper corpus (shares of pastes; not-ACR over pastes labelled other; no-cause over the rest)');
printTable(
  ['corpus', 'pastes', 'top-1', 'top-3', 'not-ACR', 'no cause', 'ECE', 'wrong≥0.8', 'wrong≥0.9', 'ambiguous'],
  perCorpus.map(([name, f]) => [
    name,
    f.cases,
    f.top1,
    f.top3,
    f.not_acr,
    f.no_cause_on_acr,
    f.ece,
    f.wrong_at_0_8,
    f.wrong_at_0_9,
    f.ambiguous,
  ]),
);

if (args.includes('--fit') && !path) fit(corpora);

const json: Record<string, string | number> = { bench: 'accuracy' };
for (const [name, f] of perCorpus)
  for (const [key, value] of Object.entries(f)) json[`${name.replace(/\W+/g, '_')}_${key}_ratio`] = value;
for (const key of Object.keys(json))
  if (key.endsWith('_cases_ratio')) json[key.replace('_ratio', '')] = json[key] as number;
for (const key of Object.keys(json)) if (key.endsWith('_cases_ratio')) delete json[key];
console.log(JSON.stringify(json));
