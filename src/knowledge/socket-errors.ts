/**
 * Windows reports a failed connection in the system's own words, in the language of its user interface: Go on
 * Windows (`dial tcp …: connectex: …`, `lookup …: getaddrinfow: …`, `read tcp …: wsarecv: …`), .NET's
 * SocketException, Java, Python (`[WinError 10061] …`) and Rust (`… (os error 11001)`) all print the text that
 * FormatMessage gives for the Winsock error. The rules know the POSIX words of the same failures ("connection
 * refused", "no such host"); this table lets the normaliser add them to a line that says the same in Windows'
 * words, in English or in the interface languages below.
 *
 * `messages` are lower-case fragments of the system message that stay the same across Windows releases (the
 * whole sentence sometimes changes its punctuation or a word such as コンピュータ/コンピューター). Every one was
 * checked against real output quoted in public code and logs; a language is left out where it could not be.
 */

export type WinsockError =
  | 'WSAETIMEDOUT'
  | 'WSAECONNREFUSED'
  | 'WSAECONNRESET'
  | 'WSAECONNABORTED'
  | 'WSAENETUNREACH'
  | 'WSAEHOSTUNREACH'
  | 'WSAHOST_NOT_FOUND'
  | 'WSATRY_AGAIN'
  | 'WSANO_DATA';

/** Windows interface languages whose messages are listed (BCP 47 tags). */
export type WindowsLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'ru' | 'ja' | 'ko' | 'zh-Hans';

export interface SocketErrorText {
  readonly error: WinsockError;
  /** The error's number, as Python (`[WinError n]`), Rust (`os error n`) and .NET (`SocketException (n)`) print it. */
  readonly code: number;
  /** What the failure is in POSIX's words (strerror), which the rules read. */
  readonly posix: string;
  /** What Go prints on Linux after the failing call (`connect: `, `read: `) or for a failed lookup. */
  readonly goLinux: {
    readonly connect: string;
    readonly read: string;
    readonly write: string;
    readonly lookup: string;
  };
  readonly messages: Readonly<Partial<Record<WindowsLanguage, readonly string[]>>>;
}

function goWords(posix: string): SocketErrorText['goLinux'] {
  return { connect: `connect: ${posix}`, read: `read: ${posix}`, write: `write: ${posix}`, lookup: posix };
}

export const SOCKET_ERRORS: readonly SocketErrorText[] = [
  {
    error: 'WSAETIMEDOUT',
    code: 10060,
    posix: 'connection timed out',
    goLinux: goWords('connection timed out'),
    messages: {
      en: ['connected party did not properly respond after a period of time'],
      de: ['gegenstelle nach einer bestimmten zeitspanne nicht richtig reagiert'],
      ru: ['попытка установить соединение была безуспешной'],
      ja: ['一定の時間を過ぎても正しく応答しなかったため'],
      'zh-Hans': ['由于连接方在一段时间后没有正确答复'],
    },
  },
  {
    error: 'WSAECONNREFUSED',
    code: 10061,
    posix: 'connection refused',
    goLinux: goWords('connection refused'),
    messages: {
      en: ['because the target machine actively refused it'],
      de: ['da der zielcomputer die verbindung verweigerte'],
      fr: ["l'ordinateur cible l'a expressément refusée"],
      es: ['el equipo de destino denegó expresamente'],
      pt: ['máquina de destino as recusou ativamente'],
      ru: ['конечный компьютер отверг запрос на подключение'],
      ja: ['対象のコンピューターによって拒否されたため'],
      ko: ['대상 컴퓨터에서 연결을 거부했으므로'],
      'zh-Hans': ['由于目标计算机积极拒绝'],
    },
  },
  {
    error: 'WSAECONNRESET',
    code: 10054,
    posix: 'connection reset by peer',
    goLinux: goWords('connection reset by peer'),
    messages: {
      en: ['an existing connection was forcibly closed by the remote host'],
      de: ['eine vorhandene verbindung wurde vom remotehost geschlossen'],
      ru: ['удаленный хост принудительно разорвал существующее подключение'],
      ja: ['既存の接続はリモート ホストに強制的に切断されました'],
      'zh-Hans': ['远程主机强迫关闭了一个现有的连接'],
    },
  },
  {
    error: 'WSAECONNABORTED',
    code: 10053,
    posix: 'software caused connection abort',
    goLinux: goWords('software caused connection abort'),
    messages: {
      en: ['an established connection was aborted by the software in your host machine'],
      ja: ['ソウトウェアによって中止されました'],
      'zh-Hans': ['你的主机中的软件中止了一个已建立的连接'],
    },
  },
  {
    error: 'WSAENETUNREACH',
    code: 10051,
    posix: 'network is unreachable',
    goLinux: goWords('network is unreachable'),
    messages: {
      en: ['a socket operation was attempted to an unreachable network'],
      'zh-Hans': ['向一个无法连接的网络尝试了一个套接字操作'],
    },
  },
  {
    error: 'WSAEHOSTUNREACH',
    code: 10065,
    posix: 'no route to host',
    goLinux: goWords('no route to host'),
    messages: {
      en: ['a socket operation was attempted to an unreachable host'],
      'zh-Hans': ['套接字操作尝试一个无法连接的主机'],
    },
  },
  {
    error: 'WSAHOST_NOT_FOUND',
    code: 11001,
    posix: 'name or service not known',
    goLinux: goWords('no such host'),
    messages: {
      en: ['no such host is known'],
      de: ['der angegebene host ist unbekannt'],
      fr: ['hôte inconnu'],
      es: ['no se conoce ese host'],
      pt: ['este host não é conhecido'],
      it: ['host sconosciuto'],
      ru: ['этот хост неизвестен'],
      ja: ['そのようなホストは不明です'],
      ko: ['알려진 호스트가 없습니다'],
      'zh-Hans': ['不知道这样的主机'],
    },
  },
  {
    error: 'WSATRY_AGAIN',
    code: 11002,
    posix: 'temporary failure in name resolution',
    goLinux: goWords('temporary failure in name resolution'),
    messages: {
      en: ['this is usually a temporary error during hostname resolution'],
      'zh-Hans': ['这是在主机名解析时通常出现的暂时错误'],
    },
  },
  {
    // A name that exists without an address record (a private DNS zone missing the registry's A record).
    error: 'WSANO_DATA',
    code: 11004,
    posix: 'name or service not known',
    goLinux: goWords('no such host'),
    messages: {
      en: ['the requested name is valid, but no data of the requested type was found'],
      'zh-Hans': ['找不到请求的类型的数据'],
    },
  },
];
