import { ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';

/**
 * The bot's own token for its replies, which Entra ID would issue: a fixed string, for a bot whose inbound
 * requests are authenticated (a loopback issuer signs them) while its replies go to a loopback connector that
 * does not check them.
 */
export class LocalReplyCredentials extends ServiceClientCredentialsFactory {
  /** How many credentials botbuilder asked for (one per connector client it made). */
  created = 0;

  constructor(private readonly appId: string) {
    super();
  }

  isValidAppId(appId: string): Promise<boolean> {
    return Promise.resolve(appId === this.appId);
  }

  isAuthenticationDisabled(): Promise<boolean> {
    return Promise.resolve(false);
  }

  createCredentials(): Promise<ServiceClientCredentials> {
    this.created++;
    return Promise.resolve({
      signRequest: (request: { headers: { set(name: string, value: string): void } }) => {
        request.headers.set('authorization', 'Bearer local-reply-token');
        return Promise.resolve(request);
      },
    } as unknown as ServiceClientCredentials);
  }
}
