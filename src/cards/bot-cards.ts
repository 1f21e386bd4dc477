import { FAMILY_IDS, FAMILY_TITLES } from '../knowledge/families';
import { fill, type Lang } from '../knowledge/text';
import type { AdaptiveCardJson } from './adaptive-card';
import { BOT_STRINGS as S } from './text/bot';
import { plainLine } from './plain-text';

/**
 * Cards of the bot's own surfaces, built as data: every text here is either a catalogue string (TextBlock)
 * or text from a person or from Azure (a TextRun, which parses no markdown). Card ids and verbs are the only
 * other values, and they come from the bot.
 */

type Element = Readonly<Record<string, unknown>>;

function card(body: readonly Element[], extra: Record<string, unknown> = {}): AdaptiveCardJson {
  return { type: 'AdaptiveCard', version: '1.5', body, ...extra };
}

function header(lang: Lang, title: string): Element[] {
  return [
    { type: 'TextBlock', text: S.appName[lang], size: 'Small', weight: 'Bolder', color: 'Accent' },
    { type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true, spacing: 'Small' },
  ];
}

function paragraph(text: string, subtle = false): Element {
  return { type: 'TextBlock', text, wrap: true, spacing: 'Small', ...(subtle ? { isSubtle: true } : {}) };
}

/** Literal text (names from Teams or Azure, user notes): a TextRun parses no markdown. */
export function literalRuns(parts: ReadonlyArray<{ text: string; literal?: boolean }>): Element {
  return {
    type: 'RichTextBlock',
    spacing: 'Small',
    inlines: parts.map((p) =>
      p.literal
        ? { type: 'TextRun', text: plainLine(p.text, 120).text, fontType: 'Monospace' }
        : { type: 'TextRun', text: p.text },
    ),
  };
}

/** An Action.Execute in an ActionSet, with the Action.Submit fallback for clients without Universal Actions. */
export function executeAction(title: string, verb: string, data: Record<string, unknown>): Element {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    fallback: { type: 'Action.Submit', title, data: { ...data, verb } },
  };
}

/** The welcome in a team or group chat: what the bot listens for, and how to make it stop. */
export function listeningWelcomeCard(lang: Lang): AdaptiveCardJson {
  return card([
    ...header(lang, S.welcomeTitle[lang]),
    paragraph(S.welcomeListens[lang]),
    paragraph(S.welcomeMention[lang]),
    paragraph(S.welcomeQuiet[lang], true),
  ]);
}

export type NoticeKind =
  | 'quiet'
  | 'listen'
  | 'setting-not-saved'
  | 'file-wrong-type'
  | 'file-unreadable'
  | 'file-in-channel'
  | 'dialog-nothing';

/** A short card that says one thing. */
export function noticeCard(lang: Lang, kind: NoticeKind): AdaptiveCardJson {
  switch (kind) {
    case 'quiet':
      return card([...header(lang, S.quietTitle[lang]), paragraph(S.quietBody[lang])]);
    case 'listen':
      return card([...header(lang, S.listenTitle[lang]), paragraph(S.listenBody[lang])]);
    case 'setting-not-saved':
      return card([...header(lang, S.quietTitle[lang]), paragraph(S.settingNotSaved[lang])]);
    case 'file-wrong-type':
      return card([...header(lang, S.fileTitle[lang]), paragraph(S.fileWrongType[lang])]);
    case 'file-unreadable':
      return card([...header(lang, S.fileTitle[lang]), paragraph(S.fileUnreadable[lang])]);
    case 'file-in-channel':
      return card([...header(lang, S.fileTitle[lang]), paragraph(S.fileInChannel[lang])]);
    case 'dialog-nothing':
      return card([...header(lang, S.dialogNothingTitle[lang]), paragraph(S.dialogNothingBody[lang])]);
  }
}

export function fileTooLargeCard(lang: Lang, limitKb: number): AdaptiveCardJson {
  return card([
    ...header(lang, S.fileTitle[lang]),
    paragraph(fill(S.fileTooLarge, lang, { limit: limitKb })),
  ]);
}

/** Said after a diagnosis when the message was about as long as Teams lets a message be. */
export function messageCutCard(lang: Lang, limitKb: number): AdaptiveCardJson {
  return card([paragraph(fill(S.messageCut, lang, { limit: limitKb }), true)]);
}

export const SAMPLE_VERB = 'sample.try';

/** Chit-chat ("hi there", "thanks!"): a friendly word and a sample to try. */
export function chitChatCard(lang: Lang): AdaptiveCardJson {
  return card([
    ...header(lang, S.chatTitle[lang]),
    paragraph(S.chatBody[lang]),
    {
      type: 'ActionSet',
      actions: [executeAction(S.trySample[lang], SAMPLE_VERB, { sample: 'az-acr-login-403' })],
    },
  ]);
}

/**
 * The dialog of the message action: the diagnosis card, and a button that posts it into the conversation.
 * A dialog cannot answer Universal Actions, so the card's Action.Execute buttons (live checks, feedback) are
 * left out until the card is posted; buttons that work on the client alone (show / hide, links) stay.
 */
export function dialogCard(diagnosis: AdaptiveCardJson, lang: Lang, cardId: string): AdaptiveCardJson {
  const actions = Array.isArray(diagnosis['actions']) ? (diagnosis['actions'] as unknown[]) : [];
  return {
    ...diagnosis,
    body: withoutServerActions(diagnosis.body) as unknown[],
    actions: [
      ...(withoutServerActions(actions) as unknown[]),
      { type: 'Action.Submit', title: S.postInThread[lang], data: { post: true, id: cardId } },
    ],
  };
}

const SERVER_ACTIONS = new Set(['Action.Execute', 'Action.Submit']);

function withoutServerActions(node: unknown): unknown {
  if (Array.isArray(node))
    return node
      .filter((item) => !SERVER_ACTIONS.has((item as { type?: unknown } | null)?.type as string))
      .map(withoutServerActions)
      .filter((item) => {
        // An ActionSet left without actions would be an empty element.
        const e = item as { type?: unknown; actions?: unknown[] } | null;
        return !(e?.type === 'ActionSet' && Array.isArray(e.actions) && e.actions.length === 0);
      });
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'selectAction' && SERVER_ACTIONS.has((value as { type?: unknown } | null)?.type as string))
      continue;
    copy[key] = withoutServerActions(value);
  }
  return copy;
}

export const LABEL_VERB = 'feedback.label';

export interface FeedbackFormInput {
  readonly lang: Lang;
  readonly cardId: string;
  readonly kind: 'helpful' | 'not-helpful';
  /** Helpful: the card's causes, best first, as (id, title). */
  readonly causes: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** Offers to share the card's paste, kept this many days; absent: the form does not offer it. */
  readonly shareForDays?: number;
}

/** Asks which cause helped (Helpful) or what it really was (Not helpful: a family and a note). */
export function feedbackFormCard(input: FeedbackFormInput): AdaptiveCardJson {
  const { lang, kind } = input;
  const choices =
    kind === 'helpful'
      ? input.causes.map((c) => ({ title: c.title, value: `cause:${c.id}` }))
      : [
          // Families in the catalogue's order, "other" last (it is the catalogue's last entry).
          ...FAMILY_IDS.map((id) => ({ title: FAMILY_TITLES[id][lang], value: `family:${id}` })),
          { title: S.notKnown[lang], value: 'unknown' },
        ];
  return card([
    ...header(lang, kind === 'helpful' ? S.helpfulTitle[lang] : S.notHelpfulTitle[lang]),
    paragraph(kind === 'helpful' ? S.helpfulBody[lang] : S.notHelpfulBody[lang]),
    {
      type: 'Input.ChoiceSet',
      id: 'label',
      label: S.causeLabel[lang],
      style: 'compact',
      value: choices[0]?.value ?? 'unknown',
      choices,
    },
    ...(kind === 'not-helpful'
      ? [
          {
            type: 'Input.Text',
            id: 'note',
            label: S.noteLabel[lang],
            placeholder: S.notePlaceholder[lang],
            maxLength: 300,
            isMultiline: true,
          },
        ]
      : []),
    ...(input.shareForDays !== undefined
      ? [
          {
            // Unticked: nothing a person pasted is kept unless they choose so here.
            type: 'Input.Toggle',
            id: 'share',
            title: fill(S.sharePaste, lang, { days: String(input.shareForDays) }),
            value: 'false',
            valueOn: 'true',
            valueOff: 'false',
            wrap: true,
          },
        ]
      : []),
    {
      type: 'ActionSet',
      actions: [executeAction(S.send[lang], LABEL_VERB, { id: input.cardId, vote: kind, lang })],
    },
  ]);
}

/** After a label was recorded, or a second vote refused. */
export function feedbackDoneCard(lang: Lang, already: boolean): AdaptiveCardJson {
  return card([...header(lang, already ? S.alreadyVoted[lang] : S.labelThanks[lang])]);
}

/** Demo mode: every live-check result says, first, that its Azure data is made up. */
export function withDemoBanner(result: AdaptiveCardJson, lang: Lang, scenario: string): AdaptiveCardJson {
  return {
    ...result,
    body: [
      {
        type: 'Container',
        style: 'warning',
        items: [
          {
            type: 'TextBlock',
            text: fill(S.demoBanner, lang, { scenario }),
            wrap: true,
            weight: 'Bolder',
            size: 'Small',
          },
        ],
      },
      ...result.body,
    ],
  };
}
