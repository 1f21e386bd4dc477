import { generate } from 'selfsigned';

export interface FakeTls {
  readonly key: string;
  /** Self-signed, for 127.0.0.1 and localhost; clients trust exactly this certificate (TlsTrust.ca). */
  readonly cert: string;
}

let pending: Promise<FakeTls> | undefined;

/** One certificate per process: generating keys is the slowest part of starting the fake. */
export function fakeTls(): Promise<FakeTls> {
  pending ??= generate([{ name: 'commonName', value: 'acr-doctor fake Azure' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return pending;
}
