import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { ConnectorClients } from '../../../src/http/connector-clients';

/** Stands in for botbuilder's factory: counts what it was asked to make. */
class CountingFactory extends ConnectorFactory {
  readonly made: string[] = [];
  failNext = false;
  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    this.made.push(`${serviceUrl} ${audience ?? ''}`);
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('no credentials'));
    }
    return Promise.resolve({ serviceUrl } as unknown as ConnectorClient);
  }
}

const EMEA = 'https://smba.example/emea/';
const AMER = 'https://smba.example/amer/';

describe('ConnectorClients', () => {
  it('makes one client per service URL and shares it between turns', async () => {
    const clients = new ConnectorClients();
    const inner = new CountingFactory();
    const first = await clients.factory('app', inner).create(EMEA, 'scope');
    const again = await clients.factory('app', new CountingFactory()).create(EMEA, 'scope');
    expect(again).toBe(first);
    const elsewhere = await clients.factory('app', inner).create(AMER, 'scope');
    expect(elsewhere).not.toBe(first);
    expect(inner.made).toEqual([`${EMEA} scope`, `${AMER} scope`]);
  });

  it('keeps clients of another app or audience apart', async () => {
    const clients = new ConnectorClients();
    const inner = new CountingFactory();
    await clients.factory('app', inner).create(EMEA, 'scope');
    await clients.factory('other-app', inner).create(EMEA, 'scope');
    await clients.factory('app', inner).create(EMEA, 'other-scope');
    expect(inner.made).toHaveLength(3);
  });

  it('does not keep a client that could not be made', async () => {
    const clients = new ConnectorClients();
    const inner = new CountingFactory();
    inner.failNext = true;
    await expect(clients.factory('app', inner).create(EMEA)).rejects.toThrow('no credentials');
    await expect(clients.factory('app', inner).create(EMEA)).resolves.toBeDefined();
    expect(inner.made).toHaveLength(2);
  });

  it('holds at most its capacity', async () => {
    const clients = new ConnectorClients(2);
    const inner = new CountingFactory();
    for (const region of ['a', 'b', 'c'])
      await clients.factory('app', inner).create(`https://smba.example/${region}/`);
    expect(clients.size).toBe(2);
    await clients.factory('app', inner).create('https://smba.example/a/');
    expect(inner.made).toHaveLength(4);
  });
});
