import type { Diagnosis, RankedCause } from '../diagnosis/types';
import { fill, type Lang } from '../knowledge';
import { formatNumber, plural } from '../knowledge/plural';
import { cardBytes, MAX_CARD_BYTES, type AdaptiveCardJson } from './adaptive-card';
import type { CardState, LiveChecksSection } from './card-state';
import { causesAfterChecks, type CauseDecision } from './causes-after-checks';
import { safeDocLinks } from './doc-links';
import { causeTitle, knownCause } from './known-causes';
import { LIVE_DETAILS, liveCheckButtons, liveChecksData, type LiveDetail } from './live-checks-data';
import { clip, plainLineKeepingEnds, plainLines } from './plain-text';
import { signalRows } from './signals-data';
import { bind } from './templates';
import { DIAGNOSIS_TEXT, MORE_EVIDENCE, SECRET_KINDS } from './text/diagnosis';
import { CAUSE_STATUS_TEXT, LIVE_CHECK_TEXT } from './text/live-checks';
import { NOTHING_FOUND_TEXT } from './text/messages';

/** A diagnosis without the full paste: what a card needs, and what the bot keeps for the card's buttons. */
export type CardDiagnosis = Omit<Diagnosis, 'text'>;

export interface DiagnosisCardInput {
  /** Opaque id the card's buttons send back; the bot keeps the diagnosis under it. */
  readonly cardId: string;
  readonly diagnosis: CardDiagnosis;
  readonly lang: Lang;
  readonly state: CardState;
  readonly liveChecks: LiveChecksSection;
}

/** How much of each cause a card shows; the card steps down these levels until it fits a Teams message. */
interface Detail {
  readonly topCauses: number;
  readonly allCauses: number;
  readonly evidenceLines: number;
  readonly evidenceChars: number;
  /** How many of the shown causes get their explanation (the first ones), when all causes are shown. */
  readonly explanations: number;
  /** Fix steps of the first three causes, and of the ones after them. */
  readonly steps: number;
  readonly restSteps: number;
  /** Length of one command, all its lines together. */
  readonly commandChars: number;
  /** Length of an explanation or a step's text (knowledge-base text, normally far shorter). */
  readonly textChars: number;
  readonly docs: number;
}

/** "Show all" means every cause the engine ranked, up to this many. */
const MAX_SHOWN_CAUSES = 10;
const COMMAND_LINES = 12;

const DETAILS: readonly Detail[] = [
  {
    topCauses: 3,
    allCauses: MAX_SHOWN_CAUSES,
    evidenceLines: 3,
    evidenceChars: 300,
    explanations: MAX_SHOWN_CAUSES,
    steps: 6,
    restSteps: 6,
    commandChars: 1200,
    textChars: 1500,
    docs: 2,
  },
  {
    topCauses: 3,
    allCauses: MAX_SHOWN_CAUSES,
    evidenceLines: 2,
    evidenceChars: 200,
    explanations: MAX_SHOWN_CAUSES,
    steps: 4,
    restSteps: 2,
    commandChars: 600,
    textChars: 600,
    docs: 1,
  },
  {
    topCauses: 3,
    allCauses: MAX_SHOWN_CAUSES,
    evidenceLines: 1,
    evidenceChars: 160,
    explanations: MAX_SHOWN_CAUSES,
    steps: 3,
    restSteps: 1,
    commandChars: 400,
    textChars: 400,
    docs: 1,
  },
  {
    topCauses: 3,
    allCauses: MAX_SHOWN_CAUSES,
    evidenceLines: 1,
    evidenceChars: 120,
    explanations: 1,
    steps: 2,
    restSteps: 1,
    commandChars: 300,
    textChars: 300,
    docs: 0,
  },
  // Last resort, for a knowledge base that grew very long texts: fewer causes rather than no answer.
  {
    topCauses: 2,
    allCauses: 5,
    evidenceLines: 1,
    evidenceChars: 80,
    explanations: 1,
    steps: 1,
    restSteps: 1,
    commandChars: 200,
    textChars: 200,
    docs: 0,
  },
];

function confidenceText(confidence: number, lang: Lang): string {
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  return fill(DIAGNOSIS_TEXT.confidence, lang, { percent: percent < 1 ? '<1%' : `${percent}%` });
}

const STATUS_COLORS = { confirmed: 'Attention', 'ruled-out': 'Default', possible: 'Default' } as const;

function causeData(
  cause: RankedCause,
  index: number,
  lang: Lang,
  detail: Detail,
  explanations: number,
  decided: CauseDecision | undefined,
) {
  const t = DIAGNOSIS_TEXT;
  const kb = knownCause(cause.id);
  // A cause the live checks ruled out keeps its title and the reason; its evidence and fixes are moot.
  const ruledOut = decided?.status === 'ruled-out';
  const evidence = ruledOut
    ? []
    : cause.evidence.slice(0, detail.evidenceLines).map((e) => ({
        line: fill(t.line, lang, { line: e.line }),
        text: plainLineKeepingEnds(e.text, detail.evidenceChars).text,
      }));
  const hiddenEvidence = ruledOut ? 0 : cause.evidence.length - evidence.length;
  const knownSteps = cause.fix.slice(0, index < 3 ? detail.steps : detail.restSteps).map((step, i) => {
    const command = step.command
      ? clip(plainLines(step.command, COMMAND_LINES, detail.commandChars).text, detail.commandChars)
      : undefined;
    const text = clip(step.text[lang], detail.textChars);
    return {
      number: String(i + 1),
      text: text.text,
      command: command?.text ?? '',
      hasCommand: Boolean(command?.text),
    };
  });
  const checkSteps = decided?.steps ?? [];
  const steps = ruledOut ? [] : checkSteps.length > 0 ? checkSteps : knownSteps;
  const docs = kb && !ruledOut ? safeDocLinks(kb.docs, lang, detail.docs) : [];
  // The first cause is explained; the others are alternatives, explained when the person asks for all causes.
  const explanation =
    index < explanations && kb && !ruledOut ? clip(kb.explanation[lang], detail.textChars) : undefined;
  const status = decided?.status;
  return {
    rank: String(index + 1),
    title: causeTitle(cause.id, cause.family, lang),
    confidence:
      status === 'confirmed' || status === 'ruled-out'
        ? CAUSE_STATUS_TEXT[status][lang]
        : confidenceText(cause.confidence, lang),
    confidenceColor: status ? STATUS_COLORS[status] : index === 0 ? 'Accent' : 'Default',
    decided: (decided?.because ?? []).map((text) => ({ text })),
    hasExplanation: explanation !== undefined,
    explanation: explanation?.text ?? '',
    hasEvidence: evidence.length > 0,
    evidence,
    moreEvidence: { show: hiddenEvidence > 0, text: plural(MORE_EVIDENCE, lang, hiddenEvidence) },
    hasSteps: steps.length > 0,
    fixHeading: fill(checkSteps.length > 0 ? LIVE_CHECK_TEXT.fixWithValues : t.headingFix, lang),
    steps,
    hasDocs: docs.length > 0,
    docs,
  };
}

function verdictText(diagnosis: CardDiagnosis, lang: Lang, topConfirmed: boolean): string {
  const t = DIAGNOSIS_TEXT;
  const top = diagnosis.causes[0];
  if (!top) return fill(NOTHING_FOUND_TEXT.title, lang);
  const title = causeTitle(top.id, top.family, lang);
  if (topConfirmed) return fill(t.verdictConfirmed, lang, { title });
  switch (diagnosis.verdict) {
    case 'acr':
      return fill(t.verdictAcr, lang, { title });
    case 'not-acr':
      return fill(t.verdictNotAcr, lang, { title });
    case 'unknown':
      return fill(t.verdictUnknown, lang, { title });
  }
}

function noticeTexts(diagnosis: CardDiagnosis, lang: Lang): { text: string }[] {
  const t = DIAGNOSIS_TEXT;
  return diagnosis.notices.flatMap((notice) => {
    switch (notice.kind) {
      case 'truncated':
        return [
          {
            text: fill(t.truncated, lang, {
              kept: formatNumber(notice.keptChars, lang),
              original: formatNumber(notice.originalChars, lang),
            }),
          },
        ];
      case 'binary':
        return [{ text: fill(t.binary, lang) }];
      case 'empty':
      case 'no-error-found':
        return [];
    }
  });
}

/** `shortened`: the card had to drop detail to fit a Teams message (cut lines alone end in an ellipsis). */
function cardData(input: DiagnosisCardInput, detail: Detail, live: LiveDetail, shortened: boolean) {
  const { lang, state, cardId } = input;
  const t = DIAGNOSIS_TEXT;
  const section = input.liveChecks;
  const report = section.kind === 'report' || section.kind === 'progress' ? section.report : undefined;
  const after = causesAfterChecks(input.diagnosis, report, lang, live);
  const diagnosis = after.diagnosis;
  const limit = state.causes === 'all' ? detail.allCauses : detail.topCauses;
  const explanations = state.causes === 'all' ? detail.explanations : 1;
  const shownCauses = diagnosis.causes.slice(0, limit);
  const causes = shownCauses.map((c, i) =>
    causeData(c, i, lang, detail, explanations, after.decisions.get(c.id)),
  );
  const alsoFound = after.alsoFound.map((found) => ({
    title: causeTitle(found.cause, 'other', lang),
    decided: found.decision.because.map((text) => ({ text })),
    hasSteps: found.decision.steps.length > 0,
    fixHeading: fill(LIVE_CHECK_TEXT.fixWithValues, lang),
    steps: found.decision.steps,
  }));
  // A check's fix shown under a cause it confirmed is not repeated in the check's own entry.
  const stepsShownElsewhere = new Set([
    ...shownCauses.flatMap((c) => after.decisions.get(c.id)?.stepsFrom ?? []),
    ...after.alsoFound.flatMap((f) => f.decision.stepsFrom),
  ]);
  const total = diagnosis.causes.length;
  const secretKinds = [...new Set(diagnosis.secrets.map((secret) => SECRET_KINDS[secret.kind][lang]))];
  const signals = signalRows(diagnosis.signals, lang);
  const question = diagnosis.distinguish?.question[lang];
  const feedbackText = fill(
    state.feedback === 'helpful'
      ? t.thanksHelpful
      : state.feedback === 'not-helpful'
        ? t.thanksNotHelpful
        : t.feedbackNotSaved,
    lang,
  );
  const top = diagnosis.causes[0];
  const liveButtons = liveCheckButtons(section, state, lang);
  return {
    s: {
      appName: fill(t.appName, lang),
      headings: {
        signals: fill(t.headingSignals, lang),
        causes: fill(t.headingCauses, lang),
        evidence: fill(t.headingEvidence, lang),
        fix: fill(t.headingFix, lang),
      },
    },
    verdict: verdictText(
      diagnosis,
      lang,
      top !== undefined && after.decisions.get(top.id)?.status === 'confirmed',
    ),
    secret: {
      show: secretKinds.length > 0,
      text: fill(t.secretBanner, lang, { kinds: secretKinds.join(', ') }),
    },
    notices: noticeTexts(diagnosis, lang),
    hasSignals: signals.length > 0,
    signals,
    distinguish: { show: Boolean(question), text: question ? fill(t.distinguish, lang, { question }) : '' },
    causes,
    alsoFound: {
      show: alsoFound.length > 0,
      heading: fill(LIVE_CHECK_TEXT.alsoFound, lang),
      items: alsoFound,
    },
    checks: liveChecksData(section, lang, { detail: live, verdicts: false, stepsShownElsewhere }),
    shortened: { show: shortened, text: fill(t.shortened, lang) },
    feedback: { show: state.feedback !== 'none', text: feedbackText },
    card: { id: cardId, causes: state.causes, feedback: state.feedback, checks: state.checks },
    buttons: {
      any:
        liveButtons.checks.show ||
        liveButtons.loginFailures.show ||
        total > detail.topCauses ||
        state.feedback === 'none',
      checks: liveButtons.checks,
      loginFailures: liveButtons.loginFailures,
      causes: {
        show: total > detail.topCauses,
        title:
          state.causes === 'all'
            ? fill(t.showFewer, lang)
            : fill(t.showAll, lang, { count: Math.min(total, MAX_SHOWN_CAUSES) }),
        verb: state.causes === 'all' ? 'causes.top' : 'causes.all',
      },
      feedback: { show: state.feedback === 'none' },
      helpful: { title: fill(t.helpful, lang) },
      notHelpful: { title: fill(t.notHelpful, lang) },
    },
  };
}

/** The answer to a paste: verdict, signals, ranked causes with evidence and fixes, and the buttons. */
export function diagnosisCard(input: DiagnosisCardInput): AdaptiveCardJson {
  const levels = Math.max(DETAILS.length, LIVE_DETAILS.length);
  let card: AdaptiveCardJson | undefined;
  for (let level = 0; level < levels; level++) {
    const detail = DETAILS[Math.min(level, DETAILS.length - 1)]!;
    const live = LIVE_DETAILS[Math.min(level, LIVE_DETAILS.length - 1)]!;
    card = bind('diagnosis', cardData(input, detail, live, level > 0)).card;
    if (cardBytes(card) <= MAX_CARD_BYTES) return card;
  }
  // The last level keeps a handful of short lines per cause; it fits unless the knowledge base itself explodes.
  return card!;
}
