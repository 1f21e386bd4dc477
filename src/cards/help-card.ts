import { fill, type Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { bind } from './templates';
import { DIAGNOSIS_TEXT } from './text/diagnosis';
import { HELP_COMMANDS, HELP_PASTE_KINDS, HELP_TEXT } from './text/messages';

export function helpCard(lang: Lang): AdaptiveCardJson {
  return bind('help', {
    appName: fill(DIAGNOSIS_TEXT.appName, lang),
    title: fill(HELP_TEXT.title, lang),
    intro: fill(HELP_TEXT.intro, lang),
    pasteHeading: fill(HELP_TEXT.pasteHeading, lang),
    pasteKinds: HELP_PASTE_KINDS.map((text) => ({ text: text[lang] })),
    commandsHeading: fill(HELP_TEXT.commandsHeading, lang),
    commands: HELP_COMMANDS.map((c) => ({ command: c.command[lang], text: c.text[lang] })),
    channels: fill(HELP_TEXT.channels, lang),
    privacy: fill(HELP_TEXT.privacy, lang),
  }).card;
}
