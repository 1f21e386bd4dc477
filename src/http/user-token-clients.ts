import {
  AuthenticationConstants,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type UserTokenClient,
} from 'botframework-connector';

/**
 * botbuilder makes a user-token client (credentials and an HTTP client for the Bot Framework token service)
 * for every turn, before the bot runs, whether or not the turn signs anyone in; this bot never asks that
 * service for a user's token. The client depends only on the bot's app id, so one per app id is made, when a
 * turn first needs it, and shared afterwards. Bounded: app ids come from verified tokens, so there is one.
 */

const MAX_CLIENTS = 16;

export function shareUserTokenClients(authentication: BotFrameworkAuthentication): void {
  const make = authentication.createUserTokenClient.bind(authentication);
  const clients = new Map<string, Promise<UserTokenClient>>();
  authentication.createUserTokenClient = (identity: ClaimsIdentity): Promise<UserTokenClient> => {
    const appId =
      identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
      identity.getClaimValue(AuthenticationConstants.AppIdClaim);
    if (!appId) return make(identity);
    const known = clients.get(appId);
    if (known) return known;
    const made = make(identity);
    clients.set(appId, made);
    // One that could not be made is not kept.
    made.catch(() => {
      if (clients.get(appId) === made) clients.delete(appId);
    });
    for (const oldest of clients.keys()) {
      if (clients.size <= MAX_CLIENTS) break;
      clients.delete(oldest);
    }
    return made;
  };
}
