/**
 * Scores the engine on labelled real pastes: top-1 (family of the first cause is the label or one of `also`),
 * top-3, the share of not-ACR cases answered "not-acr", and how well confidence is calibrated.
 *   npm run bench:accuracy [-- path/to/corpus.jsonl]
 */
import { causeById, type CauseId } from '../../src/knowledge';
import { diagnose } from '../../src/diagnosis';
import { defaultCorpusPath, readFixturePastes, readJsonl, type LabelledPaste } from './corpus';
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

const corpusPath = process.argv[2] ?? defaultCorpusPath();
const corpus = readJsonl(corpusPath).map((p) => score(p, [p.cause, ...p.also]));
console.log(`corpus: ${corpusPath}`);
printTable(
  ['id', 'label', 'top-1 family', 'conf', 'verdict', 'top1', 'top3'],
  corpus.map((r) => [r.paste.id, r.paste.cause, r.families[0] ?? '—', r.confidence.toFixed(2), r.verdict, r.top1 ? 'yes' : 'NO', r.top3 ? 'yes' : 'NO']),
);

const notAcr = corpus.filter((r) => r.paste.cause === 'other');
const fixtures = readFixturePastes().map((p) => {
  const family = causeById(p.cause as CauseId).family;
  return score(p, [family]);
});
const fixtureMisses = fixtures.filter((r) => !r.top1);
if (fixtureMisses.length > 0) {
  console.log(`\nfixtures (test/fixtures/pastes) whose family is not first: ${fixtureMisses.length} of ${fixtures.length}`);
  printTable(
    ['id', 'expected', 'top-1 family', 'top3'],
    fixtureMisses.map((r) => [r.paste.id, causeById(r.paste.cause as CauseId).family, r.families[0] ?? '—', r.top3 ? 'yes' : 'NO']),
  );
}

const figures = {
  bench: 'accuracy',
  top1: ratio(corpus.filter((r) => r.top1).length, corpus.length),
  top3: ratio(corpus.filter((r) => r.top3).length, corpus.length),
  not_acr: ratio(notAcr.filter((r) => r.verdict === 'not-acr').length, notAcr.length),
  cases: corpus.length,
  ece_top1: round(ece(corpus)),
  fixtures_top1: ratio(fixtures.filter((r) => r.top1).length, fixtures.length),
  fixtures_top3: ratio(fixtures.filter((r) => r.top3).length, fixtures.length),
  fixture_cases: fixtures.length,
};
console.log(`\ntop-1 ${figures.top1}  top-3 ${figures.top3}  not-ACR ${figures.not_acr}  (${figures.cases} pastes)  ECE ${figures.ece_top1}`);
console.log(`fixtures: top-1 ${figures.fixtures_top1}  top-3 ${figures.fixtures_top3}  (${figures.fixture_cases} pastes)`);
console.log(JSON.stringify(figures));
