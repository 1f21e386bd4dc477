import { fill, type Lang } from '../knowledge';
import { DIAGNOSIS_TEXT } from './text/diagnosis';

/**
 * How sure the card says it is: a word a reader takes in at a glance and the number beside it. A paste never
 * proves a cause, so the number stops at 99 %; only a live check can say "confirmed".
 */
export interface ConfidenceView {
  readonly word: string;
  readonly number: string;
  readonly color: 'Good' | 'Warning' | 'Default';
}

export const HIGH = 0.7;
export const MEDIUM = 0.4;

// Made once per language: building an Intl.NumberFormat costs far more than formatting with one.
const PERCENT: Readonly<Record<Lang, Intl.NumberFormat>> = {
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }),
  ru: new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 0 }),
};

/**
 * `undecided`: the paste cannot decide between its leading causes (Diagnosis.ambiguity). Its causes may be shown
 * as high as the fitted undecided cap (SCORING.caps.undecided), but the word stays at most "Medium": an undecided
 * paste never looks certain.
 */
export function confidenceView(confidence: number, lang: Lang, undecided = false): ConfidenceView {
  const p = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0;
  const percent = PERCENT[lang] ?? PERCENT.en;
  const number = p < 0.005 ? `<${percent.format(0.01)}` : percent.format(Math.min(0.99, p));
  const t = DIAGNOSIS_TEXT;
  if (p >= HIGH && !undecided) return { word: fill(t.confidenceHigh, lang), number, color: 'Good' };
  if (p >= MEDIUM) return { word: fill(t.confidenceMedium, lang), number, color: 'Warning' };
  return { word: fill(t.confidenceLow, lang), number, color: 'Default' };
}
