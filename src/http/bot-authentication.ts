import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type ConnectorClientOptions,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import { CallerIdConstants } from 'botframework-schema';
import type { BotAuth } from '../config';
import { ConnectorClients } from './connector-clients';
import { quietly } from './quiet-console';
import { VerifiedTokens } from './verified-tokens';

/**
 * The Bot Framework check of a request, done by us before the adapter sees it: botbuilder's own
 * `CloudAdapter.process` prints every refused token's stack trace with `console.error`, and an attacker can
 * fill the log with those. Here a refusal is one value the server logs as one line.
 * A request whose token was verified in full before is accepted again without the signature check, until
 * the token expires (verified-tokens.ts); accepted requests reply through one connector client per service
 * URL (connector-clients.ts).
 */

export type Authentication =
  | { readonly kind: 'accepted'; readonly result: AuthenticateRequestResult }
  | { readonly kind: 'refused'; readonly reason: string };

export interface BotAuthenticator {
  /** The options the TeamsAdapter must be built with, so that it and this check agree. */
  readonly adapterOptions: ConfigurationBotFrameworkAuthenticationOptions;
  authenticate(activity: Activity, authorization: string | undefined): Promise<Authentication>;
}

export interface AuthenticatorOptions {
  /** Where the Bot Connector's signing keys are published; only tests point it at loopback. */
  readonly openIdMetadataUrl?: string;
  readonly connector?: ConnectorClientOptions;
  /** Where the bot's own tokens for replies come from; only benchmarks replace Entra ID with a local source. */
  readonly credentials?: ServiceClientCredentialsFactory;
  /** Remembered verifications (tests pass their own to see expiry and bounds at work). */
  readonly verified?: VerifiedTokens;
  readonly clients?: ConnectorClients;
}

/** Adapter settings for a configured bot; local mode has none, which makes botbuilder accept anyone. */
export function adapterOptionsFor(
  auth: BotAuth,
  openIdMetadataUrl?: string,
): ConfigurationBotFrameworkAuthenticationOptions {
  if (auth.mode === 'local') return {};
  return {
    MicrosoftAppId: auth.appId,
    MicrosoftAppType: auth.appType,
    ...(auth.appPassword !== undefined ? { MicrosoftAppPassword: auth.appPassword } : {}),
    ...(auth.tenantId !== undefined ? { MicrosoftAppTenantId: auth.tenantId } : {}),
    // Naming one endpoint makes botbuilder expect all of them (it drops its public-cloud defaults).
    ...(openIdMetadataUrl !== undefined
      ? {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions;
}

const MAX_REASON_CHARS = 200;

export function createBotAuthenticator(auth: BotAuth, options: AuthenticatorOptions = {}): BotAuthenticator {
  const adapterOptions = adapterOptionsFor(auth, options.openIdMetadataUrl);
  const check = new ConfigurationBotFrameworkAuthentication(
    adapterOptions,
    options.credentials,
    undefined,
    undefined,
    options.connector,
  );
  const verified = options.verified ?? new VerifiedTokens();
  const clients = options.clients ?? new ConnectorClients();
  /** The result, replying through the shared connector clients. */
  const sharing = (result: AuthenticateRequestResult): AuthenticateRequestResult => {
    const { connectorFactory, claimsIdentity } = result;
    const appId =
      claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
      claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim);
    return connectorFactory && appId
      ? { ...result, connectorFactory: clients.factory(appId, connectorFactory) }
      : result;
  };
  return {
    adapterOptions,
    async authenticate(activity, authorization) {
      // A configured bot never accepts a request without a token, whatever botbuilder would decide.
      if (auth.mode === 'bot-framework' && !authorization?.trim())
        return { kind: 'refused', reason: 'no Authorization header' };
      const request = {
        authorization: authorization ?? '',
        channelId: activity.channelId ?? '',
        serviceUrl: activity.serviceUrl ?? '',
      };
      const known = auth.mode === 'bot-framework' ? verified.find(request) : undefined;
      if (known) return { kind: 'accepted', result: known };
      try {
        const result = sharing(await quietly(() => check.authenticateRequest(activity, authorization ?? '')));
        if (auth.mode === 'bot-framework') verified.remember(request, result);
        return { kind: 'accepted', result };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { kind: 'refused', reason: message.split('\n')[0]?.slice(0, MAX_REASON_CHARS) ?? '' };
      }
    },
  };
}
