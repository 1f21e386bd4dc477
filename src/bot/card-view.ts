import {
  diagnosisCard,
  registryCard,
  type AdaptiveCardJson,
  type CardState,
  type LiveChecksSection,
} from '../cards';
import type { Lang } from '../knowledge';
import type { StoredCard } from './card-store';
import type { LiveCheckRuntime } from './live-check-runtime';

/**
 * A stored card (diagnosis or registry) drawn again, in one person's view, with a live-checks section. It
 * keeps the language it was written in (`state.lang`); `lang`, the presser's, is for cards that carry none.
 */
export function drawCard(
  entry: StoredCard,
  cardId: string,
  lang: Lang,
  state: CardState,
  section: LiveChecksSection,
): AdaptiveCardJson {
  const cardLang = state.lang ?? lang;
  return entry.kind === 'registry'
    ? registryCard({
        cardId,
        registry: entry.registry,
        lang: cardLang,
        checks: state.checks,
        liveChecks: section,
      })
    : diagnosisCard({ cardId, diagnosis: entry.diagnosis, lang: cardLang, state, liveChecks: section });
}

/**
 * What the live-checks section of a card shows when it is drawn again for another button: nothing until
 * someone asked for checks; then the run in progress, the latest report, or how to enable live checks.
 */
export function currentSection(
  cardId: string,
  state: CardState,
  runtime: LiveCheckRuntime,
): LiveChecksSection {
  if (state.checks === 'idle') return { kind: 'hidden' };
  if (runtime.setting.kind === 'not-configured')
    return { kind: 'not-configured', missing: runtime.setting.missing };
  const running = runtime.reports.running(cardId);
  if (running)
    return { kind: 'progress', report: running.latest(), ...(running.by ? { by: running.by } : {}) };
  const stored = runtime.reports.latest(cardId);
  if (stored) return { kind: 'report', report: stored.report, ...(stored.by ? { by: stored.by } : {}) };
  return { kind: 'hidden' };
}
