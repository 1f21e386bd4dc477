import type { CheckReport } from '../checks/types';
import { causeById, type CauseId } from '../knowledge';
import { fill, type Lang } from '../knowledge/text';
import type { AdaptiveCardJson } from './adaptive-card';
import { BOT_STRINGS as S } from './text/bot';
import { executeAction, literalRuns } from './bot-cards';

/**
 * Live-check results in a channel belong to the person who ran them (they were read with that person's
 * Azure permissions). The message everyone sees keeps the diagnosis, says whose permissions were used and,
 * if that person chose to share it, one line of outcome; a `refresh` naming only that person makes their
 * Teams client fetch their own view with the full results (Universal Actions user-specific views).
 */
export const VIEW_VERB = 'checks.view';
export const SHARE_VERB = 'checks.share';

export interface PublicView {
  readonly cardId: string;
  readonly lang: Lang;
  /** The Teams user id (`29:…`) of the person who ran the checks. */
  readonly userId: string;
  /** Their display name as Teams gave it; shown literally. */
  readonly name?: string;
  /** The one line they chose to share. */
  readonly outcome?: string;
}

function note(view: PublicView): unknown[] {
  const { lang } = view;
  const said = view.name
    ? (() => {
        const [before, after] = S.privateRun[lang].split('{name}');
        return literalRuns([
          { text: before ?? '' },
          { text: view.name, literal: true },
          { text: after ?? '' },
        ]);
      })()
    : { type: 'TextBlock', text: S.privateRunUnnamed[lang], wrap: true, isSubtle: true, size: 'Small' };
  const shared = view.outcome
    ? [
        // A TextRun: the name (from Teams) and the outcome are shown as written, never as markdown.
        literalRuns([
          {
            text: fill(S.sharedOutcome, lang, { name: view.name ?? S.someone[lang], outcome: view.outcome }),
          },
        ]),
      ]
    : [];
  return [{ type: 'Container', separator: true, spacing: 'Medium', items: [said, ...shared] }];
}

/** The card for everyone: the base card, whose permissions, the shared outcome, and the presser's refresh. */
export function publicResultsCard(base: AdaptiveCardJson, view: PublicView): AdaptiveCardJson {
  return {
    ...base,
    body: [...base.body, ...note(view)],
    refresh: {
      action: { type: 'Action.Execute', title: 'refresh', verb: VIEW_VERB, data: { id: view.cardId } },
      userIds: [view.userId],
    },
  };
}

/** The presser's own view: their results card, a line that only they see it, and the share button. */
export function privateResultsCard(results: AdaptiveCardJson, cardId: string, lang: Lang): AdaptiveCardJson {
  return {
    ...results,
    body: [
      ...results.body,
      {
        type: 'Container',
        separator: true,
        spacing: 'Medium',
        items: [
          { type: 'TextBlock', text: S.privateYours[lang], wrap: true, isSubtle: true, size: 'Small' },
          { type: 'ActionSet', actions: [executeAction(S.shareOutcome[lang], SHARE_VERB, { id: cardId })] },
        ],
      },
    ],
  };
}

/** One line: the cause a check confirmed, or how many checks found a problem. */
export function outcomeLine(report: CheckReport, lang: Lang): string {
  const confirmed = report.results.flatMap((r) => r.verdicts).find((v) => v.verdict === 'confirmed');
  if (confirmed)
    return fill(S.outcomeConfirmed, lang, { cause: causeById(confirmed.cause as CauseId).title[lang] });
  const failed = report.results.filter((r) => r.status === 'fail').length;
  return fill(S.outcomeOpen, lang, { failed, total: report.results.length });
}
