import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Connector's side of authentication, on loopback: OpenID metadata and signing keys (with Teams'
 * endorsement) as https://login.botframework.com publishes them, and tokens signed with those keys the way
 * the connector signs the requests it sends to a bot. Tokens are RS256 JWTs made with node:crypto.
 */

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomUUID(), privateKey, publicKey };
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A compact JWS over `claims`, signed by `key` (or by another key while claiming `key`'s id). */
export function signToken(
  claims: Readonly<Record<string, unknown>>,
  key: SigningKey,
  options: { readonly signWith?: SigningKey; readonly kid?: string } = {},
): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: options.kid ?? key.kid };
  const input = `${b64url(header)}.${b64url(claims)}`;
  const signature = sign('sha256', Buffer.from(input), (options.signWith ?? key).privateKey);
  return `${input}.${signature.toString('base64url')}`;
}

export interface ChannelTokenOptions {
  readonly appId: string;
  readonly serviceUrl: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds from now; negative for an expired token. */
  readonly expiresIn?: number;
}

/** The claims the connector puts into a token for a bot: issuer, audience (the bot's app id), service URL. */
export function channelClaims(options: ChannelTokenOptions): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: options.issuer ?? CHANNEL_ISSUER,
    aud: options.audience ?? options.appId,
    serviceurl: options.serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + (options.expiresIn ?? 3600),
  };
}

export class BotFrameworkIssuer {
  readonly key = newSigningKey();
  /** How many times the metadata document was fetched. */
  metadataRequests = 0;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  get metadataUrl(): string {
    return `${this.origin}/v1/.well-known/openidconfiguration`;
  }

  static async start(): Promise<BotFrameworkIssuer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const issuer = new BotFrameworkIssuer(server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => {
      const send = (body: unknown): void => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/v1/.well-known/openidconfiguration') {
        issuer.metadataRequests++;
        send({
          issuer: CHANNEL_ISSUER,
          authorization_endpoint: 'https://invalid.botframework.com',
          jwks_uri: `${issuer.origin}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      } else if (req.url === '/v1/.well-known/keys') {
        const jwk = issuer.key.publicKey.export({ format: 'jwk' });
        send({ keys: [{ ...jwk, kid: issuer.key.kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] }] });
      } else {
        res.writeHead(404).end();
      }
    });
    return issuer;
  }

  token(options: ChannelTokenOptions): string {
    return signToken(channelClaims(options), this.key);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
