/**
 * Does the learned layer help on real pastes it has never seen? Leave one corpus out: for each real-paste corpus
 * (dev, field, field2, …), train the learned layer on everything else (the other corpora, the channel traffic,
 * our fixtures and the message catalogue, which are never held out) and score the held-out corpus with the rules
 * alone and with the rules plus the learned layer in each blend (fallback, nudge, both). The channel traffic is
 * held out in two halves to count false replies of channel listening.
 * Caveat printed with the table: the rules were written with every corpus in view, so the rules-only column is an
 * in-sample score; the learned layer's column is out-of-sample for its own part only.
 *   npm run bench:learned
 *   npm run bench:learned -- --held field4     hold out only this corpus (and skip the channel traffic)
 * A first look without in-sample rules: run this bench in a copy of the commit that added a corpus (its rules had
 * not seen it), e.g. for field4 (975828e) and field3 (36b113b; its score.ts names SHIPPED `SCORING`):
 *   git archive 975828e | tar -x -C /tmp/f4 && ln -s $PWD/node_modules /tmp/f4/ && cp -r src/diagnosis/learned
 *   /tmp/f4/src/diagnosis/ && rm /tmp/f4/src/diagnosis/learned/{index,model-data}.ts && cp test/bench/learned*.ts
 *   /tmp/f4/test/bench/ && cd /tmp/f4 && node_modules/.bin/node node_modules/tsx/dist/cli.mjs
 *   test/bench/learned.ts --held field4
 */
import { ambiguityOf } from '../../src/diagnosis/ambiguity';
import { scoredCandidates } from '../../src/diagnosis/diagnose';
import { getEngine } from '../../src/diagnosis/engine';
import { diagnose } from '../../src/diagnosis';
import { blendLearned, LEARNED, type BlendMode } from '../../src/diagnosis/learned/blend';
import { compileModel, predict, type CompiledModel } from '../../src/diagnosis/learned/model';
import { evidenceBasis } from '../../src/diagnosis/match-rules';
import { train } from '../../src/diagnosis/learned/train';
import { diversify, undecidedConfidence } from '../../src/diagnosis/score';
import type { Diagnosis, RankedCause } from '../../src/diagnosis/types';
import { listenDecision } from '../../src/bot/listen-decision';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../../src/config';
import { allExamples, readLearnedData, type LabelledExample } from './learned-data';
import { printTable, round } from './table';

const MODES: readonly BlendMode[] = ['off', 'fallback', 'nudge', 'both'];

interface Answer {
  readonly families: readonly string[];
  readonly verdict: 'acr' | 'not-acr' | 'unknown';
  readonly confidence: number;
  readonly causes: readonly RankedCause[];
}

/** What diagnose() would answer with this model and blend (its ranking steps, without the text work). */
function answer(e: LabelledExample, model: CompiledModel, mode: BlendMode): Answer {
  const engine = getEngine();
  const ranked = diversify(
    blendLearned(scoredCandidates(e.paste.text), e.lines, engine.causes, { model, mode }),
  );
  const ambiguous = ambiguityOf(ranked).ambiguous;
  const causes: RankedCause[] = ranked.map((s) => {
    const c = s.matches.compiled.cause;
    return {
      id: c.id,
      family: c.family,
      scope: c.scope,
      confidence: ambiguous ? undecidedConfidence(s.confidence) : s.confidence,
      basis: evidenceBasis(s.matches),
      evidence: [],
      counterEvidence: [],
      fix: [],
      checks: c.checks,
    };
  });
  const first = causes[0];
  return {
    families: [...new Set(causes.map((c) => c.family))],
    verdict: !first ? 'unknown' : first.scope === 'not-acr' ? 'not-acr' : 'acr',
    confidence: first?.confidence ?? 0,
    causes,
  };
}

interface Judged {
  readonly expected: readonly string[];
  readonly a: Answer;
  readonly top1: boolean;
}

function judge(e: LabelledExample, a: Answer): Judged {
  return { expected: e.expected, a, top1: a.families[0] !== undefined && e.expected.includes(a.families[0]) };
}

function ece(rs: readonly Judged[]): number {
  let total = 0;
  for (let b = 0; b < 10; b++) {
    const bin = rs.filter((r) => Math.min(9, Math.floor(r.a.confidence * 10)) === b);
    if (bin.length === 0) continue;
    const acc = bin.filter((r) => r.top1).length / bin.length;
    const conf = bin.reduce((s, r) => s + r.a.confidence, 0) / bin.length;
    total += (bin.length / rs.length) * Math.abs(acc - conf);
  }
  return total;
}

const share = (rs: readonly Judged[], test: (r: Judged) => boolean) =>
  rs.length === 0 ? 0 : round(rs.filter(test).length / rs.length);

function figures(rs: readonly Judged[]) {
  const other = rs.filter((r) => r.expected[0] === 'other');
  const acr = rs.filter((r) => r.expected[0] !== 'other');
  return {
    cases: rs.length,
    top1: share(rs, (r) => r.top1),
    top3: share(rs, (r) => r.a.families.slice(0, 3).some((f) => r.expected.includes(f))),
    not_acr: share(other, (r) => r.a.verdict === 'not-acr'),
    no_cause_on_acr: share(acr, (r) => r.a.families.length === 0),
    ece: round(ece(rs)),
    wrong_at_0_9: share(rs, (r) => !r.top1 && r.a.confidence >= 0.9),
  };
}

const args = process.argv.slice(2);
const only = args.includes('--held') ? args[args.indexOf('--held') + 1] : undefined;
const data = readLearnedData();
const started = Date.now();
const rows: Array<Array<string | number>> = [];
const json: Record<string, string | number> = { bench: 'learned' };
const pooled = new Map<BlendMode, Judged[]>(MODES.map((m) => [m, []]));
const record = (name: string, mode: BlendMode, rs: readonly Judged[]) => {
  const f = figures(rs);
  rows.push([name, mode, f.cases, f.top1, f.top3, f.not_acr, f.no_cause_on_acr, f.ece, f.wrong_at_0_9]);
  const key = name.replace(/\W+/g, '_');
  json[`${key}_${mode}_cases`] = f.cases;
  for (const k of ['top1', 'top3', 'not_acr', 'no_cause_on_acr', 'ece', 'wrong_at_0_9'] as const)
    json[`${key}_${mode}_${k}_ratio`] = f[k];
};

const temperatures: string[] = [];
/** The learned layer alone: its first family (never `none`), at the rules' confidence scale capped as it would be. */
function learnedAlone(e: LabelledExample, model: CompiledModel): Judged {
  const first = predict(model, e.features).find((p) => p.label !== 'none');
  const families = first ? [first.label] : [];
  const a: Answer = {
    families,
    verdict: first?.label === 'other' ? 'not-acr' : first ? 'acr' : 'unknown',
    confidence: Math.min(first?.probability ?? 0, LEARNED.cap),
    causes: [],
  };
  return judge(e, a);
}

const alone: Array<Array<string | number>> = [];
for (const held of data.corpora.filter((c) => only === undefined || c.name === only)) {
  const trainSet = allExamples(data).filter((e) => e.group !== held.name);
  const shipped = train(trainSet);
  temperatures.push(`${held.name}:${shipped.temperature}`);
  const model = compileModel(shipped);
  for (const mode of MODES) {
    const rs = held.examples.map((e) => judge(e, answer(e, model, mode)));
    pooled.get(mode)?.push(...rs);
    record(held.name, mode, rs);
  }
  const rulesSilent = held.examples.filter((e) => answer(e, model, 'off').causes.length === 0);
  const learned = held.examples.map((e) => learnedAlone(e, model));
  const silent = rulesSilent.map((e) => learnedAlone(e, model));
  const f = figures(learned);
  alone.push([held.name, f.cases, f.top1, f.ece, silent.length, figures(silent).top1]);
  json[`${held.name.replace(/\W+/g, '_')}_learned_alone_top1_ratio`] = f.top1;
}
for (const mode of MODES) record('pooled', mode, pooled.get(mode) ?? []);

console.log('leave one corpus out: the learned layer trained without the held-out corpus');
console.log('(rules-only = mode off; the rules were written with every corpus in view: in-sample for them)');
printTable(
  ['held out', 'blend', 'pastes', 'top-1', 'top-3', 'not-ACR', 'no cause', 'ECE', 'wrong≥0.9'],
  rows,
);
console.log(`temperatures fitted per fold: ${temperatures.join(', ')}`);
console.log(
  '\nthe learned layer alone (its first family), on the whole held-out corpus and where the rules found nothing',
);
printTable(['held out', 'pastes', 'top-1', 'ECE (capped)', 'rules silent', 'top-1 there'], alone);

// Channel listening: half the traffic held out at a time, every corpus trained on.
const trafficRows: Array<Array<string | number>> = [];
for (const half of only === undefined || args.includes('--traffic') ? ['channel-a', 'channel-b'] : []) {
  const model = compileModel(train(allExamples(data).filter((e) => e.group !== half)));
  const held = data.traffic.filter((e) => e.group === half);
  for (const mode of MODES) {
    let replies = 0;
    let named = 0;
    for (const e of held) {
      const a = answer(e, model, mode);
      if (a.causes.length > 0) named++;
      const d: Diagnosis = { ...diagnose(e.paste.text), causes: a.causes, verdict: a.verdict };
      if (listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE).answer) replies++;
    }
    trafficRows.push([half, mode, held.length, round(named / held.length), round(replies / held.length)]);
    json[`${half.replace(/\W+/g, '_')}_${mode}_named_ratio`] = round(named / held.length);
    json[`${half.replace(/\W+/g, '_')}_${mode}_false_reply_ratio`] = round(replies / held.length);
  }
}
console.log('\nchannel traffic (no ACR error in any message), half held out at a time');
printTable(['held out', 'blend', 'messages', 'given a cause', 'listening would reply'], trafficRows);
json['duration_s'] = round((Date.now() - started) / 1000, 1);
console.log(JSON.stringify(json));
