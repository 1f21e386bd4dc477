import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/**
 * One Bot Connector client per app, audience and service URL, instead of one per turn. botbuilder's factory
 * builds a new client (credentials, HTTP pipeline, serializer) for every activity; the client holds nothing
 * of a turn — its credentials fetch and renew the bot's own token as needed — so turns to the same
 * service URL share one. Service URLs reach this only from activities whose token names them (the
 * `serviceurl` claim), so there are a handful (Teams' regions); the map is bounded all the same.
 */

export const DEFAULT_CONNECTOR_CLIENTS = 64;

export class ConnectorClients {
  // Insertion order is age order: the oldest client is dropped first.
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly capacity: number = DEFAULT_CONNECTOR_CLIENTS) {}

  get size(): number {
    return this.clients.size;
  }

  /** A factory that hands out the shared clients, making them with `inner` (botbuilder's) when missing. */
  factory(appId: string, inner: ConnectorFactory): ConnectorFactory {
    return new SharedConnectorFactory(this, appId, inner);
  }

  /** @internal */ client(
    appId: string,
    serviceUrl: string,
    audience: string | undefined,
    make: () => Promise<ConnectorClient>,
  ): Promise<ConnectorClient> {
    const key = `${appId}\n${audience ?? ''}\n${serviceUrl}`;
    const known = this.clients.get(key);
    if (known) return known;
    const made = make();
    this.clients.set(key, made);
    // A client that could not be made is not kept: the next turn tries again.
    made.catch(() => {
      if (this.clients.get(key) === made) this.clients.delete(key);
    });
    for (const oldest of this.clients.keys()) {
      if (this.clients.size <= this.capacity) break;
      this.clients.delete(oldest);
    }
    return made;
  }
}

class SharedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly clients: ConnectorClients,
    private readonly appId: string,
    private readonly inner: ConnectorFactory,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.client(this.appId, serviceUrl, audience, () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}
