import type { TokenCredential } from '@azure/core-auth';
import type { CloudEndpoints } from './clouds';

/**
 * Trust for TLS connections to Azure. Production never sets it (the system store applies); tests trust only
 * the fake's own certificate this way, so nothing ever disables certificate verification.
 */
export interface TlsTrust {
  /** PEM certificate(s) to trust instead of the default store. */
  readonly ca: string;
}

/** What every Azure client in src/azure/ is built from. */
export interface AzureConnection {
  readonly endpoints: CloudEndpoints;
  readonly credential: TokenCredential;
  readonly tls?: TlsTrust;
}
