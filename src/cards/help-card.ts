import type { Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { STRINGS } from './strings';
import { bind } from './templates';

export function helpCard(lang: Lang): AdaptiveCardJson {
  const s = STRINGS[lang];
  return bind('help', {
    appName: s.appName,
    title: s.help.title,
    intro: s.help.intro,
    pasteHeading: s.help.pasteHeading,
    pasteKinds: s.help.pasteKinds.map((text) => ({ text })),
    commandsHeading: s.help.commandsHeading,
    commands: s.help.commands.map((c) => ({ command: c.command, text: c.text })),
    channels: s.help.channels,
    privacy: s.help.privacy,
  }).card;
}
