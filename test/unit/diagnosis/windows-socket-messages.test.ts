/**
 * Windows says a connection failed in its own words and in its user's language; the engine reads those lines as
 * it reads the same failure in POSIX's words.
 */
import { diagnose } from '../../../src/diagnosis';
import { normalise } from '../../../src/diagnosis/normalise';
import { SOCKET_ERRORS } from '../../../src/knowledge/socket-errors';

const DAEMON = 'Error response from daemon: Get "https://contoso.azurecr.io/v2/": ';

function firstCause(text: string): string | undefined {
  return diagnose(text).causes[0]?.id;
}

describe("Go on Windows: the system's message after connectex, wsarecv and getaddrinfow", () => {
  const refused = `${DAEMON}dial tcp 20.1.2.3:443: connect: connection refused`;
  it.each([
    ['English', 'No connection could be made because the target machine actively refused it.'],
    [
      'German',
      'Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte.',
    ],
    [
      'French',
      'Aucune connexion n\u2019a pu être établie car l\u2019ordinateur cible l\u2019a expressément refusée.',
    ],
    ['Russian', 'Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение.'],
    ['Japanese', '対象のコンピューターによって拒否されたため、接続できませんでした。'],
    ['Chinese', '由于目标计算机积极拒绝，无法连接。'],
  ])('a refused connection in %s reads as connection refused', (_language, message) => {
    expect(firstCause(`${DAEMON}dial tcp 20.1.2.3:443: connectex: ${message}`)).toBe(firstCause(refused));
  });

  it.each([
    ['English', 'An existing connection was forcibly closed by the remote host.'],
    ['German', 'Eine vorhandene Verbindung wurde vom Remotehost geschlossen.'],
    ['Russian', 'Удаленный хост принудительно разорвал существующее подключение.'],
  ])('a reset connection in %s reads as connection reset by peer', (_language, message) => {
    const windows = `${DAEMON}read tcp 192.168.1.5:50000->20.1.2.3:443: wsarecv: ${message}`;
    const linux = `${DAEMON}read tcp 192.168.1.5:50000->20.1.2.3:443: read: connection reset by peer`;
    expect(firstCause(windows)).toBe(firstCause(linux));
    expect(firstCause(windows)).toBe('client-egress-blocked-login-server');
  });

  it('a lookup that found no host, in German, reads as no such host', () => {
    const windows = `${DAEMON}dial tcp: lookup contoso.azurecr.io: getaddrinfow: Der angegebene Host ist unbekannt.`;
    expect(firstCause(windows)).toBe(
      firstCause(`${DAEMON}dial tcp: lookup contoso.azurecr.io: no such host`),
    );
    expect(firstCause(windows)).toBe('registry-name-wrong-or-missing');
  });

  it("keeps the user's words on the line", () => {
    const message =
      'Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte.';
    const { lines } = normalise(`dial tcp 20.1.2.3:443: connectex: ${message}`);
    expect(lines).toEqual([`dial tcp 20.1.2.3:443: connect: connection refused (connectex: ${message})`]);
  });
});

describe('other runtimes: the error number or the message', () => {
  it("reads Python's [WinError n] by its number, whatever the language", () => {
    const { lines } = normalise(
      "HTTPSConnectionPool(host='contoso.azurecr.io', port=443): Max retries exceeded with url: /v2/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object>: Failed to establish a new connection: [WinError 10060] 接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。'))",
    );
    expect(lines[0]).toMatch(/\(connection timed out\)$/);
  });

  it(".NET's SocketException in Korean reads as a name not found", () => {
    const { lines } = normalise(
      'System.Net.Http.HttpRequestException: 알려진 호스트가 없습니다. (contoso.azurecr.io:443)',
    );
    expect(lines[0]).toMatch(/\(name or service not known\)$/);
  });

  it("leaves a person's sentence alone when it has no runtime words around it", () => {
    const sentence = 'Пишет, что этот хост неизвестен, подскажите что делать';
    expect(normalise(sentence).lines).toEqual([sentence]);
  });

  it('adds nothing where POSIX words are already there', () => {
    const line = 'connect to contoso.azurecr.io failed: connection refused [WinError 10061]';
    expect(normalise(line).lines).toEqual([line]);
  });
});

describe('the table', () => {
  it.each(SOCKET_ERRORS.map((e) => [e.error, e] as const))(
    '%s has English and lower-case fragments',
    (_id, e) => {
      expect(e.messages.en?.length).toBeGreaterThan(0);
      for (const texts of Object.values(e.messages))
        for (const text of texts ?? []) expect(text).toBe(text.toLowerCase());
    },
  );

  it('gives every error its own number', () => {
    expect(new Set(SOCKET_ERRORS.map((e) => e.code)).size).toBe(SOCKET_ERRORS.length);
  });
});
