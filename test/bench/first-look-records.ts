import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FIXTURES, realCorpora, type LabelledPaste } from './corpus';
import { judge, ratio, type Result } from './figures';

/**
 * The answers each held-out corpus got at its first look (test/fixtures/first-looks/*.jsonl), judged against the
 * corpus' labels as they are now: the only pastes nobody had written rules from when they were answered.
 */
export interface RecordedAnswer {
  readonly id: string;
  readonly engine: string;
  readonly verdict: string;
  readonly families: readonly string[];
  readonly confidence: number;
  readonly listen: 'reply' | 'silent';
  /** Kept from field36 on (npm run first-look:record); earlier records have no ambiguity flag. */
  readonly ambiguous?: boolean;
}

export interface Look {
  readonly corpus: string;
  readonly engine: string;
  readonly answers: readonly RecordedAnswer[];
  readonly results: Result[];
}

const DIR = join(FIXTURES, 'first-looks');

function recorded(file: string): RecordedAnswer[] {
  return readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as RecordedAnswer);
}

export function firstLooks(): Look[] {
  const labels = new Map<string, LabelledPaste>();
  for (const corpus of realCorpora()) for (const p of corpus.pastes) labels.set(p.id, p);
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => {
      const answers = recorded(file);
      const results = answers.map((a) => {
        const paste = labels.get(a.id);
        if (!paste) throw new Error(`${file}: no labelled paste ${a.id} in test/fixtures/corpus`);
        return judge(
          paste,
          [paste.cause, ...paste.also],
          a.families,
          a.verdict,
          a.confidence,
          a.ambiguous ?? false,
        );
      });
      return {
        corpus: basename(file, '.jsonl'),
        engine: [...new Set(answers.map((a) => a.engine))].join(', '),
        answers,
        results,
      };
    });
}

/** A band of first-cause confidence. */
export interface Band {
  readonly name: string;
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

/**
 * By value, so that records made under other caps read the same: the one-piece cap's answers (0.95 until 2026-12,
 * 0.9 since) fall in `high`, two or more pieces' (0.99, then 0.95) in `top` or `high`, undecided ones in `unsure`.
 */
export const BANDS: readonly Band[] = [
  { name: '≥ 0.97', key: 'top', from: 0.97, to: 2 },
  { name: '0.85 – 0.97', key: 'high', from: 0.85, to: 0.97 },
  { name: '0.7 – 0.85', key: 'unsure', from: 0.7, to: 0.85 },
  { name: '0.01 – 0.7', key: 'low', from: 0.01, to: 0.7 },
];

export interface BandReliability {
  readonly band: Band;
  readonly answers: number;
  readonly meanConfidence: number;
  /** Share of the band's first causes that were right (label or one of its `also`). */
  readonly right: number;
}

/** How often a first cause given at each band of confidence was right, over `results`. */
export function reliability(results: readonly Result[], band: Band): BandReliability {
  const inBand = results.filter((r) => r.confidence >= band.from && r.confidence < band.to);
  const mean = inBand.reduce((sum, r) => sum + r.confidence, 0) / Math.max(1, inBand.length);
  return {
    band,
    answers: inBand.length,
    meanConfidence: Math.round(mean * 1000) / 1000,
    right: ratio(inBand.filter((r) => r.top1).length, inBand.length),
  };
}
