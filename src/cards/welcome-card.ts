import type { Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { STRINGS } from './strings';
import { bind } from './templates';

/** `personal`: a one-to-one chat, where any message is a paste; `shared`: a team or group chat, where people mention the bot. */
export type WelcomeAudience = 'personal' | 'shared';

export function welcomeCard(lang: Lang, audience: WelcomeAudience): AdaptiveCardJson {
  const s = STRINGS[lang];
  return bind('welcome', {
    appName: s.appName,
    title: s.welcome.title,
    body: audience === 'personal' ? s.welcome.personal : s.welcome.team,
    more: s.welcome.more,
  }).card;
}
