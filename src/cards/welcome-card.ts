import { fill, type Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { bind } from './templates';
import { DIAGNOSIS_TEXT } from './text/diagnosis';
import { WELCOME_TEXT } from './text/messages';

/** `personal`: a one-to-one chat, where any message is a paste; `shared`: a team or group chat, where people mention the bot. */
export type WelcomeAudience = 'personal' | 'shared';

export function welcomeCard(lang: Lang, audience: WelcomeAudience): AdaptiveCardJson {
  return bind('welcome', {
    appName: fill(DIAGNOSIS_TEXT.appName, lang),
    title: fill(WELCOME_TEXT.title, lang),
    body: fill(audience === 'personal' ? WELCOME_TEXT.personal : WELCOME_TEXT.team, lang),
    more: fill(WELCOME_TEXT.more, lang),
  }).card;
}
