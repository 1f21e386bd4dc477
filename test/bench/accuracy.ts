/**
 * Scores the engine on labelled real pastes: top-1 (family of the first cause is the label or one of `also`),
 * top-3, the share of not-ACR cases answered "not-acr", and how well confidence is calibrated.
 *   npm run bench:accuracy [-- path/to/corpus.jsonl]
 */
import { causeById, type CauseId } from '../../src/knowledge';
import { diagnose } from '../../src/diagnosis';
import {
  defaultCorpusPath,
  fieldCorpusPaths,
  readFixturePastes,
  readJsonl,
  type LabelledPaste,
} from './corpus';
import { printTable, round } from './table';

interface Scored {
  readonly paste: LabelledPaste;
  readonly families: readonly string[];
  readonly verdict: string;
  readonly top1: boolean;
  readonly top3: boolean;
  readonly confidence: number;
}

function score(paste: LabelledPaste, expectedFamilies: readonly string[]): Scored {
  const d = diagnose(paste.text);
  const families = d.causes.map((c) => c.family);
  const firstThree = [...new Set(families)].slice(0, 3);
  return {
    paste,
    families,
    verdict: d.verdict,
    top1: families[0] !== undefined && expectedFamilies.includes(families[0]),
    top3: firstThree.some((f) => expectedFamilies.includes(f)),
    confidence: d.causes[0]?.confidence ?? 0,
  };
}

/** Expected calibration error over ten confidence bins. */
function ece(results: readonly Scored[]): number {
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

function report(title: string, results: readonly Scored[]): void {
  console.log(`\n${title}`);
  printTable(
    ['id', 'label', 'top-1 family', 'conf', 'verdict', 'top1', 'top3'],
    results.map((r) => [
      r.paste.id,
      r.paste.cause,
      r.families[0] ?? '—',
      r.confidence.toFixed(2),
      r.verdict,
      r.top1 ? 'yes' : 'NO',
      r.top3 ? 'yes' : 'NO',
    ]),
  );
}

const scoreCorpus = (path: string) => readJsonl(path).map((p) => score(p, [p.cause, ...p.also]));
const notAcrShare = (results: readonly Scored[]) => {
  const cases = results.filter((r) => r.paste.cause === 'other');
  return ratio(cases.filter((r) => r.verdict === 'not-acr').length, cases.length);
};

const corpusPath = process.argv[2] ?? defaultCorpusPath();
const corpus = scoreCorpus(corpusPath);
report(`corpus: ${corpusPath}`, corpus);

// Real pastes from public threads collected independently of the rules (test/fixtures/corpus/field*.jsonl):
// the closest thing here to the held-out set, so they are reported beside the dev figures.
const field: Scored[] = [];
if (process.argv[2] === undefined) {
  for (const path of fieldCorpusPaths()) {
    const scored = scoreCorpus(path);
    report(`field corpus: ${path}`, scored);
    field.push(...scored);
  }
}

const fixtures = readFixturePastes().map((p) => score(p, [causeById(p.cause as CauseId).family]));
const fixtureMisses = fixtures.filter((r) => !r.top1);
if (fixtureMisses.length > 0) {
  console.log(
    `\nfixtures (test/fixtures/pastes) whose family is not first: ${fixtureMisses.length} of ${fixtures.length}`,
  );
  printTable(
    ['id', 'expected', 'top-1 family', 'top3'],
    fixtureMisses.map((r) => [
      r.paste.id,
      causeById(r.paste.cause as CauseId).family,
      r.families[0] ?? '—',
      r.top3 ? 'yes' : 'NO',
    ]),
  );
}

const share = (results: readonly Scored[], key: 'top1' | 'top3') =>
  ratio(results.filter((r) => r[key]).length, results.length);
const figures = {
  bench: 'accuracy',
  top1: share(corpus, 'top1'),
  top3: share(corpus, 'top3'),
  not_acr: notAcrShare(corpus),
  cases: corpus.length,
  ece_top1: round(ece(corpus)),
  ...(field.length > 0
    ? {
        field_top1: share(field, 'top1'),
        field_top3: share(field, 'top3'),
        field_not_acr: notAcrShare(field),
        field_cases: field.length,
      }
    : {}),
  fixtures_top1: share(fixtures, 'top1'),
  fixtures_top3: share(fixtures, 'top3'),
  fixture_cases: fixtures.length,
};
console.log(
  `\ndev:      top-1 ${figures.top1}  top-3 ${figures.top3}  not-ACR ${figures.not_acr}  (${figures.cases} pastes)  ECE ${figures.ece_top1}`,
);
if (field.length > 0)
  console.log(
    `field:    top-1 ${figures.field_top1}  top-3 ${figures.field_top3}  not-ACR ${figures.field_not_acr}  (${figures.field_cases} pastes)`,
  );
console.log(
  `fixtures: top-1 ${figures.fixtures_top1}  top-3 ${figures.fixtures_top3}  (${figures.fixture_cases} pastes)`,
);
console.log(JSON.stringify(figures));
