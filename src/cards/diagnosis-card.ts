import type { Diagnosis, NotAcrReason, RankedCause } from '../diagnosis/types';
import { CHECK_TITLES, fill, type Lang } from '../knowledge';
import { formatNumber, plural } from '../knowledge/plural';
import { cardBytes, MAX_CARD_BYTES, type AdaptiveCardJson } from './adaptive-card';
import type { CardState, LiveChecksSection } from './card-state';
import { causesAfterChecks, type CauseDecision } from './causes-after-checks';
import { confidenceView } from './confidence';
import { safeDocLinks } from './doc-links';
import { factRuns } from './facts-data';
import { firstSentence, inlineRuns, type Run } from './inline-runs';
import { causeTitle, knownCause } from './known-causes';
import { LIVE_DETAILS, liveCheckButtons, liveChecksData, type LiveDetail } from './live-checks-data';
import { clip, plainLineKeepingEnds, plainLines } from './plain-text';
import { leakedSecret, rotation } from './secret-rotation';
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
  /** The language to draw in: the card's own (`state.lang`) wins, so a press never flips a shared card. */
  readonly lang: Lang;
  readonly state: CardState;
  readonly liveChecks: LiveChecksSection;
}

/**
 * The card's first view answers in five seconds: the verdict, how sure, the facts found, why the first cause,
 * its strongest line from the paste and its first fix. Everything else is in "Details", folded on the client
 * (Action.ToggleVisibility), so unfolding needs no round trip and changes nobody else's view.
 */

/** Causes under this confidence are listed only under "All causes". */
const UNLIKELY = 0.05;
/** "All causes" means every cause the engine ranked, up to this many. */
const MAX_CAUSES = 10;
const COMMAND_LINES = 12;
const WHY_CHARS = 240;
/** The evidence line of the first view; Details shows the lines at full length. */
const FIRST_EVIDENCE_CHARS = 180;

/** How much a card shows; it steps down these levels until it fits a Teams message. */
interface Detail {
  readonly evidenceChars: number;
  /** Evidence lines in Details, after the one in the first view. */
  readonly moreEvidence: number;
  /** Fix steps of the first cause, the first one included. */
  readonly steps: number;
  readonly commandChars: number;
  readonly textChars: number;
  readonly causes: number;
  readonly docs: number;
}

const DETAILS: readonly Detail[] = [
  { evidenceChars: 300, moreEvidence: 3, steps: 6, commandChars: 1200, textChars: 1500, causes: 10, docs: 3 },
  { evidenceChars: 200, moreEvidence: 2, steps: 4, commandChars: 600, textChars: 600, causes: 10, docs: 2 },
  { evidenceChars: 160, moreEvidence: 1, steps: 3, commandChars: 400, textChars: 400, causes: 8, docs: 1 },
  { evidenceChars: 120, moreEvidence: 0, steps: 2, commandChars: 300, textChars: 300, causes: 5, docs: 0 },
  { evidenceChars: 80, moreEvidence: 0, steps: 1, commandChars: 200, textChars: 200, causes: 3, docs: 0 },
];

interface StepView {
  readonly number: string;
  readonly runs: readonly Run[];
  readonly command: string;
  readonly hasCommand: boolean;
}

function stepViews(cause: RankedCause, decided: CauseDecision | undefined, lang: Lang, detail: Detail) {
  // Steps from live checks carry the values found in Azure; they replace the paste's generic ones.
  if (decided && decided.steps.length > 0)
    return decided.steps.map((s): StepView => ({
      number: s.number,
      runs: inlineRuns(s.text),
      command: s.command,
      hasCommand: s.hasCommand,
    }));
  return cause.fix.slice(0, detail.steps).map((step, i): StepView => {
    const command = step.command
      ? clip(plainLines(step.command, COMMAND_LINES, detail.commandChars).text, detail.commandChars).text
      : '';
    return {
      number: String(i + 1),
      runs: inlineRuns(step.text[lang], detail.textChars),
      command,
      hasCommand: command !== '',
    };
  });
}

interface CauseLine {
  readonly rank: string;
  readonly title: readonly Run[];
  readonly confidence: string;
  readonly color: string;
  readonly decided: readonly { readonly text: string }[];
}

function causeLine(
  cause: RankedCause,
  index: number,
  decided: CauseDecision | undefined,
  lang: Lang,
  undecided: boolean,
): CauseLine {
  const status = decided?.status;
  const view = confidenceView(cause.confidence, lang, undecided);
  return {
    rank: String(index + 1),
    title: inlineRuns(causeTitle(cause.id, cause.family, lang)),
    confidence:
      status === 'confirmed' || status === 'ruled-out'
        ? CAUSE_STATUS_TEXT[status][lang]
        : `${view.word} · ${view.number}`,
    color: status === 'confirmed' ? 'Attention' : 'Default',
    decided: (decided?.because ?? []).map((text) => ({ text })),
  };
}

/** A verdict line that names the leading cause. */
type VerdictLine = Readonly<Record<Lang, `${string}{title}${string}`>>;

/** The verdict line for each reason a verdict is "not ACR". */
const NOT_ACR_VERDICTS: Readonly<Record<NotAcrReason, VerdictLine>> = {
  'look-alike': DIAGNOSIS_TEXT.verdictNotAcr,
  'no-registry': DIAGNOSIS_TEXT.verdictRegistryNotFailed,
  'other-registry': DIAGNOSIS_TEXT.verdictOtherRegistry,
};

function verdictText(diagnosis: CardDiagnosis, lang: Lang, topConfirmed: boolean): string {
  const t = DIAGNOSIS_TEXT;
  const top = diagnosis.causes[0];
  if (!top) return fill(NOTHING_FOUND_TEXT.title, lang);
  if (!topConfirmed && diagnosis.ambiguity.ambiguous) {
    const titles = diagnosis.ambiguity.candidates.map((id) => {
      const ranked = diagnosis.causes.find((c) => c.id === id);
      return causeTitle(id, ranked?.family ?? 'other', lang);
    });
    const causes = new Intl.ListFormat(lang, { type: 'disjunction' }).format(titles);
    return fill(t.verdictAmbiguous, lang, { causes });
  }
  const title = causeTitle(top.id, top.family, lang);
  if (topConfirmed) return fill(t.verdictConfirmed, lang, { title });
  switch (diagnosis.verdict) {
    case 'acr':
      return fill(t.verdictAcr, lang, { title });
    case 'not-acr':
      // The cause may be ACR's own kind (an expired secret, a proxy's certificate): say why it is not the user's ACR,
      // and still name it.
      return fill(NOT_ACR_VERDICTS[diagnosis.notAcrReason ?? 'look-alike'], lang, { title });
    case 'unknown':
      return fill(t.verdictUnknown, lang, { title });
  }
}

/** What tells an ambiguous paste's candidates apart: the live checks when they can run, else a question. */
function ambiguityRuns(diagnosis: CardDiagnosis, lang: Lang, canRunChecks: boolean): Run[] {
  const { ambiguity } = diagnosis;
  if (!ambiguity.ambiguous) return [];
  if (canRunChecks && ambiguity.checks.length > 0) {
    const checks = ambiguity.checks.map((c) => CHECK_TITLES[c][lang]).join(', ');
    return inlineRuns(fill(DIAGNOSIS_TEXT.ambiguousRunChecks, lang, { checks }));
  }
  return inlineRuns(fill(DIAGNOSIS_TEXT.ambiguousAsk, lang, { question: ambiguity.question[lang] }));
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
      case 'guessed-from-words':
        return [{ text: fill(t.guessedFromWords, lang) }];
      case 'read-from-description':
        return [{ text: fill(t.readFromDescription, lang) }];
      case 'empty':
      case 'no-error-found':
        return [];
    }
  });
}

function secretData(diagnosis: CardDiagnosis, lang: Lang) {
  const kinds = [...new Set(diagnosis.secrets.map((secret) => SECRET_KINDS[secret.kind][lang]))];
  const leaked = leakedSecret(diagnosis);
  const rotate = leaked ? rotation(leaked, diagnosis.signals, lang) : undefined;
  return {
    show: kinds.length > 0,
    text: fill(DIAGNOSIS_TEXT.secretBanner, lang, { kinds: kinds.join(', ') }),
    hasRotation: rotate !== undefined,
    rotationText: rotate?.text ?? '',
    rotationCommand: rotate?.command ?? '',
  };
}

function feedbackText(state: CardState, lang: Lang): string {
  const t = DIAGNOSIS_TEXT;
  return fill(
    state.feedback === 'helpful'
      ? t.thanksHelpful
      : state.feedback === 'not-helpful'
        ? t.thanksNotHelpful
        : t.feedbackNotSaved,
    lang,
  );
}

/** `shortened`: the card had to drop detail to fit a Teams message (cut lines alone end in an ellipsis). */
function cardData(input: DiagnosisCardInput, detail: Detail, live: LiveDetail, shortened: boolean) {
  const { state, cardId } = input;
  const lang = state.lang ?? input.lang;
  const t = DIAGNOSIS_TEXT;
  const section = input.liveChecks;
  const report = section.kind === 'report' || section.kind === 'progress' ? section.report : undefined;
  const after = causesAfterChecks(input.diagnosis, report, lang, live);
  const diagnosis = after.diagnosis;
  const causes = diagnosis.causes.slice(0, Math.min(MAX_CAUSES, detail.causes));
  const top = causes[0];
  const topDecision = top ? after.decisions.get(top.id) : undefined;
  const topConfirmed = topDecision?.status === 'confirmed';
  const canRunChecks = diagnosis.signals.registry !== null;

  // The first cause: one line of why, its strongest line from the paste, its first fix.
  const kb = top ? knownCause(top.id) : undefined;
  const { first: why, rest: explanation } = firstSentence(kb?.explanation[lang] ?? '');
  const evidence = top?.evidence ?? [];
  const steps = top ? stepViews(top, topDecision, lang, detail) : [];
  const firstStep = steps[0];
  const hiddenEvidence = Math.max(0, evidence.length - 1 - detail.moreEvidence);

  const lines = causes
    .slice(1)
    .map((c, i) => causeLine(c, i + 1, after.decisions.get(c.id), lang, diagnosis.ambiguity.ambiguous));
  const others = lines.filter(
    (_, i) => causes[i + 1]!.confidence >= UNLIKELY || after.decisions.has(causes[i + 1]!.id),
  );
  const unlikely = lines.filter((line) => !others.includes(line));
  const question = diagnosis.distinguish?.question[lang];
  const expanded = state.causes === 'all';

  const alsoFound = after.alsoFound.map((found) => ({
    title: inlineRuns(causeTitle(found.cause, 'other', lang)),
    decided: found.decision.because.map((text) => ({ text })),
    hasSteps: found.decision.steps.length > 0,
    fixHeading: fill(LIVE_CHECK_TEXT.fixWithValues, lang),
    steps: found.decision.steps,
  }));
  // A check's fix shown under a cause it confirmed is not repeated in the check's own entry.
  const stepsShownElsewhere = new Set([
    ...(topDecision?.stepsFrom ?? []),
    ...after.alsoFound.flatMap((f) => f.decision.stepsFrom),
  ]);
  const liveButtons = liveCheckButtons(section, state, lang);
  const confidence = top ? confidenceView(top.confidence, lang, diagnosis.ambiguity.ambiguous) : undefined;
  const facts = factRuns(diagnosis.signals, lang);
  const docs = kb && topDecision?.status !== 'ruled-out' ? safeDocLinks(kb.docs, lang, detail.docs) : [];

  return {
    appName: fill(t.appName, lang),
    verdict: inlineRuns(verdictText(diagnosis, lang, topConfirmed)),
    confidence: {
      show: confidence !== undefined,
      word: topConfirmed ? CAUSE_STATUS_TEXT.confirmed[lang] : (confidence?.word ?? ''),
      number: topConfirmed ? '' : ` · ${confidence?.number ?? ''}`,
      color: topConfirmed ? 'Good' : (confidence?.color ?? 'Default'),
    },
    secret: secretData(diagnosis, lang),
    notices: noticeTexts(diagnosis, lang),
    facts: { show: facts.length > 0, runs: facts },
    ambiguity: {
      show: diagnosis.ambiguity.ambiguous && !topConfirmed,
      decide: ambiguityRuns(diagnosis, lang, canRunChecks),
    },
    top: {
      show: top !== undefined,
      hasWhy: why !== '',
      whyLabel: fill(t.whyLabel, lang),
      why: inlineRuns(why, WHY_CHARS),
      decided: (topDecision?.because ?? []).map((text) => ({ text })),
      evidence: {
        show: evidence[0] !== undefined && topDecision?.status !== 'ruled-out',
        label: fill(t.evidenceLine, lang, { line: evidence[0]?.line ?? 0 }),
        text: plainLineKeepingEnds(
          evidence[0]?.text ?? '',
          Math.min(FIRST_EVIDENCE_CHARS, detail.evidenceChars),
        ).text,
      },
      fix: {
        show: firstStep !== undefined,
        heading: fill(topDecision?.steps.length ? LIVE_CHECK_TEXT.fixWithValues : t.firstFix, lang),
        runs: firstStep?.runs ?? [],
        command: firstStep?.command ?? '',
        hasCommand: firstStep?.hasCommand ?? false,
      },
    },
    alsoFound: {
      show: alsoFound.length > 0,
      heading: fill(LIVE_CHECK_TEXT.alsoFound, lang),
      items: alsoFound,
    },
    checks: liveChecksData(section, lang, { detail: live, verdicts: false, stepsShownElsewhere }),
    details: {
      visible: expanded,
      about: {
        show: explanation !== '' || evidence.length > 1,
        heading: fill(t.moreAboutCause, lang),
        hasExplanation: explanation !== '',
        explanation: inlineRuns(explanation, detail.textChars),
        evidence: evidence.slice(1, 1 + detail.moreEvidence).map((e) => ({
          line: fill(t.line, lang, { line: e.line }),
          text: plainLineKeepingEnds(e.text, detail.evidenceChars).text,
        })),
        moreEvidence: { show: hiddenEvidence > 0, text: plural(MORE_EVIDENCE, lang, hiddenEvidence) },
      },
      fixes: { show: steps.length > 1, heading: fill(t.moreFixes, lang), steps: steps.slice(1) },
      distinguish: {
        show: Boolean(question) && !diagnosis.ambiguity.ambiguous,
        runs: question ? inlineRuns(fill(t.distinguish, lang, { question })) : [],
      },
      others: { show: others.length > 0, heading: fill(t.otherCauses, lang), items: others },
      docs: { show: docs.length > 0, heading: fill(t.docs, lang), links: docs },
      unlikely: {
        show: unlikely.length > 0,
        visible: expanded,
        button: `${fill(t.allCauses, lang)} (${causes.length})`,
        heading: fill(t.unlikelyCauses, lang),
        items: unlikely,
      },
    },
    shortened: { show: shortened, text: fill(t.shortened, lang) },
    feedback: { show: state.feedback !== 'none', text: feedbackText(state, lang) },
    card: { id: cardId, causes: state.causes, feedback: state.feedback, checks: state.checks, lang },
    buttons: {
      // Live checks need a registry; without one the button would only say so.
      checks: {
        ...liveButtons.checks,
        show: liveButtons.checks.show && (canRunChecks || section.kind !== 'hidden'),
      },
      loginFailures: liveButtons.loginFailures,
      details: { show: true, title: fill(t.details, lang) },
      feedback: {
        show: state.feedback === 'none',
        title: fill(t.feedback, lang),
        helpful: fill(t.helpful, lang),
        notHelpful: fill(t.notHelpful, lang),
      },
    },
  };
}

/** The answer to a paste: the first view, the folded details, and at most three visible buttons. */
export function diagnosisCard(input: DiagnosisCardInput): AdaptiveCardJson {
  const levels = Math.max(DETAILS.length, LIVE_DETAILS.length);
  let card: AdaptiveCardJson | undefined;
  for (let level = 0; level < levels; level++) {
    const detail = DETAILS[Math.min(level, DETAILS.length - 1)]!;
    const live = LIVE_DETAILS[Math.min(level, LIVE_DETAILS.length - 1)]!;
    card = bind('diagnosis', cardData(input, detail, live, level > 0)).card;
    if (cardBytes(card) <= MAX_CARD_BYTES) return card;
  }
  // The last level keeps a handful of short lines; it fits unless the knowledge base itself explodes.
  return card!;
}
