/**
 * How often listening would answer: on ordinary channel traffic (should be almost never) and on real ACR
 * pastes (should be almost always), with the engine's decision exactly as the bot makes it.
 *   npm run bench:listen [-- --threshold 0.6]
 * Traffic: test/fixtures/corpus/channel-traffic.jsonl ({"id","text","kind"}), collected independently of the
 * engine (its header file says how). ACR pastes: every corpus of labelled real pastes whose cause is not `other`.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import {
  acrConfidence,
  hasAcrContext,
  LISTEN_GROUNDS,
  listenDecision,
  type ListenGround,
} from '../../src/bot/listen-decision';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../../src/config';
import { diagnose } from '../../src/diagnosis';
import { defaultCorpusPath, readJsonl, type LabelledPaste } from './corpus';
import { printTable, round } from './table';

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) dir = resolve(dir, '..');
  return dir;
}

interface Traffic {
  readonly id: string;
  readonly text: string;
  readonly kind: string;
}

const CORPUS_DIR = join(projectRoot(), 'test', 'fixtures', 'corpus');

function trafficPath(): string {
  return join(CORPUS_DIR, 'channel-traffic.jsonl');
}

function readTraffic(path: string): Traffic[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((r) => ({ id: String(r['id']), text: String(r['text']), kind: String(r['kind'] ?? 'unknown') }));
}

/** Every labelled corpus of real pastes, each paste once (the shared dev corpus repeats the fixtures' one). */
function acrPastes(): { pastes: LabelledPaste[]; files: string[] } {
  const files = [
    defaultCorpusPath(),
    ...readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.jsonl') && !f.startsWith('channel-traffic'))
      .map((f) => join(CORPUS_DIR, f)),
  ];
  const seen = new Set<string>();
  const pastes = files
    .flatMap((f) => readJsonl(f))
    .filter((p) => {
      // By text, not id: ids are unique only within a corpus (the shared dev corpus repeats the fixtures' one).
      if (p.cause === 'other' || seen.has(p.text)) return false;
      seen.add(p.text);
      return true;
    });
  return { pastes, files: [...new Set(files)] };
}

function argThreshold(): number {
  const i = process.argv.indexOf('--threshold');
  const value = i >= 0 ? Number(process.argv[i + 1]) : DEFAULT_LISTEN_MIN_CONFIDENCE;
  return value > 0 && value <= 1 ? value : DEFAULT_LISTEN_MIN_CONFIDENCE;
}

const threshold = argThreshold();
const path = trafficPath();
const traffic = readTraffic(path).map((t) => ({ ...t, diagnosis: diagnose(t.text) }));
const { pastes, files } = acrPastes();
const acr = pastes.map((p) => ({ ...p, diagnosis: diagnose(p.text) }));
const answers = (d: ReturnType<typeof diagnose>, t: number) => listenDecision(d, t).answer;

console.log(`traffic: ${path} (${traffic.length} messages)`);
console.log(`ACR pastes: ${acr.length} (cause not "other") from ${files.join(', ')}`);

console.log('\nReply rate by threshold');
printTable(
  ['threshold', 'false replies', 'false rate', 'ACR replies', 'ACR rate'],
  [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9].map((t) => {
    const f = traffic.filter((m) => answers(m.diagnosis, t)).length;
    const a = acr.filter((p) => answers(p.diagnosis, t)).length;
    return [
      t.toFixed(2),
      String(f),
      round(f / traffic.length).toString(),
      String(a),
      round(a / acr.length).toString(),
    ];
  }),
);

// The parts of the decision, each at the same threshold, to show what each buys.
const confidentAcr = (d: ReturnType<typeof diagnose>) => d.verdict === 'acr' && acrConfidence(d) >= threshold;
const rules: Array<[string, (d: ReturnType<typeof diagnose>) => boolean]> = [
  ['verdict + confidence only', confidentAcr],
  ['verdict + confidence + ACR context (before)', (d) => confidentAcr(d) && hasAcrContext(d)],
  ['the bot: + refusals, sign-in, ACR-only causes, look-alikes', (d) => answers(d, threshold)],
];
console.log(`\nWhat each part of the decision buys, threshold ${threshold}`);
printTable(
  ['rule', 'false rate', 'ACR rate'],
  rules.map(([name, rule]) => [
    name,
    round(traffic.filter((m) => rule(m.diagnosis)).length / traffic.length, 4),
    round(acr.filter((p) => rule(p.diagnosis)).length / acr.length, 4),
  ]),
);

const groundOf = (d: ReturnType<typeof diagnose>): ListenGround | undefined => {
  const decision = listenDecision(d, threshold);
  return decision.answer ? decision.ground : undefined;
};
console.log(`\nAnswers by what placed the paste at ACR, threshold ${threshold}`);
printTable(
  ['ground', 'ACR pastes', 'traffic'],
  LISTEN_GROUNDS.map((g) => [
    g,
    String(acr.filter((p) => groundOf(p.diagnosis) === g).length),
    String(traffic.filter((m) => groundOf(m.diagnosis) === g).length),
  ]),
);

console.log(`\nOrdinary traffic by kind, threshold ${threshold}`);
const kinds = [...new Set(traffic.map((m) => m.kind))].sort();
printTable(
  ['kind', 'messages', 'replies'],
  kinds.map((k) => {
    const ofKind = traffic.filter((m) => m.kind === k);
    return [k, String(ofKind.length), String(ofKind.filter((m) => answers(m.diagnosis, threshold)).length)];
  }),
);

const falseReplies = traffic.filter((m) => answers(m.diagnosis, threshold));
if (falseReplies.length > 0) {
  console.log('\nFalse replies (answered, but ordinary traffic)');
  printTable(
    ['id', 'kind', 'top cause', 'confidence', 'ground'],
    falseReplies.map((m) => [
      m.id,
      m.kind,
      m.diagnosis.causes[0]?.id ?? '—',
      listenDecision(m.diagnosis, threshold).confidence.toFixed(2),
      groundOf(m.diagnosis) ?? '',
    ]),
  );
}
const missed = acr.filter((p) => !answers(p.diagnosis, threshold));
if (missed.length > 0) {
  console.log('\nACR pastes left unanswered');
  printTable(
    ['id', 'label', 'verdict', 'top cause', 'confidence', 'why silent'],
    missed.map((p) => {
      const decision = listenDecision(p.diagnosis, threshold);
      return [
        p.id,
        p.cause,
        p.diagnosis.verdict,
        p.diagnosis.causes[0]?.id ?? '—',
        decision.confidence.toFixed(2),
        decision.answer ? '' : decision.reason,
      ];
    }),
  );
}

const falseRate = traffic.length === 0 ? 0 : falseReplies.length / traffic.length;
const acrRate = acr.length === 0 ? 0 : (acr.length - missed.length) / acr.length;
console.log(
  JSON.stringify({
    bench: 'listen',
    threshold,
    traffic_messages: traffic.length,
    acr_pastes: acr.length,
    false_replies: falseReplies.length,
    false_reply_rate: round(falseRate, 4),
    acr_replies: acr.length - missed.length,
    acr_reply_rate: round(acrRate, 4),
    acr_replies_by_ground: Object.fromEntries(
      LISTEN_GROUNDS.map((g) => [g, acr.filter((p) => groundOf(p.diagnosis) === g).length]),
    ),
  }),
);
