import { cardButtons, cardText, visibleTexts, type VisibleText } from '../../fakes/teams/card-reading';

/** What a card shows before anyone unfolds anything: the `first` view of card-reading.ts. */
export function firstViewTexts(card: unknown): VisibleText[] {
  return visibleTexts(card, 'first');
}

/** The first view's text as one string; TextRuns of one RichTextBlock run together as they render. */
export function firstViewText(card: unknown): string {
  return cardText(card, 'first');
}

/** Buttons a person sees without opening anything, as type and title. */
export function visibleButtons(card: unknown): Array<{ readonly type: string; readonly title: string }> {
  return cardButtons(card, 'first').map(({ type, title }) => ({ type, title }));
}
