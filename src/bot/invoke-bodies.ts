import { randomUUID } from 'node:crypto';
import { LIVE_CHECK_STRINGS, type AdaptiveCardJson } from '../cards';
import type { TeamsSsoApp } from '../config';
import type { Lang } from '../knowledge';

/**
 * The bodies of an `adaptiveCard/action` invoke response (Universal Actions): a card, a sign-in request, or
 * "the single sign-on token could not be used" (412), after which Teams falls back to the sign-in button.
 */
export type InvokeBody =
  | {
      readonly statusCode: 200;
      readonly type: 'application/vnd.microsoft.card.adaptive';
      readonly value: AdaptiveCardJson;
    }
  | {
      readonly statusCode: 401;
      readonly type: 'application/vnd.microsoft.activity.loginRequest';
      readonly value: OAuthCardValue;
    }
  | {
      readonly statusCode: 412;
      readonly type: 'application/vnd.microsoft.error.preconditionFailed';
      readonly value: { readonly code: '412'; readonly message: string };
    };

export interface OAuthCardValue {
  readonly text: string;
  readonly connectionName: string;
  /** Asks the Teams client for a single sign-on token for `uri` (the manifest's webApplicationInfo.resource). */
  readonly tokenExchangeResource: { readonly id: string; readonly uri: string };
  /** The nominal sign-in, for clients that cannot do single sign-on: here, the consent page of Entra ID. */
  readonly buttons: readonly [
    { readonly type: 'signin'; readonly title: string; readonly text: string; readonly value: string },
  ];
}

/**
 * The Azure Bot's OAuth connection setting (infra/main.bicep creates it). Teams echoes the name back with the
 * token; the bot exchanges the token itself (on-behalf-of) and does not call the Bot Framework token service.
 */
export const SSO_CONNECTION_NAME = 'acr-doctor-sso';

export function cardBody(card: AdaptiveCardJson): InvokeBody {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

export function loginRequestBody(app: TeamsSsoApp, signInUrl: string, lang: Lang): InvokeBody {
  const s = LIVE_CHECK_STRINGS[lang].signIn;
  return {
    statusCode: 401,
    type: 'application/vnd.microsoft.activity.loginRequest',
    value: {
      text: s.text,
      connectionName: SSO_CONNECTION_NAME,
      tokenExchangeResource: { id: randomUUID(), uri: app.resource },
      buttons: [{ type: 'signin', title: s.button, text: s.button, value: signInUrl }],
    },
  };
}

export function preconditionFailedBody(): InvokeBody {
  return {
    statusCode: 412,
    type: 'application/vnd.microsoft.error.preconditionFailed',
    value: { code: '412', message: 'The sign-in token could not be exchanged for Azure access.' },
  };
}
