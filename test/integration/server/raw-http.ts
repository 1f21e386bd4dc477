import { connect, type Socket } from 'node:net';

/**
 * HTTP/1.1 written by hand on a socket, for what fetch cannot do: a Content-Length that is a lie, a body
 * sent slowly, a connection held open. Resolves with the status code (0 when the server closed without
 * answering) and whether the server closed the connection.
 */
export interface RawAnswer {
  readonly status: number;
  readonly text: string;
  readonly closed: boolean;
  /** Milliseconds from the first byte sent to the answer (or close). */
  readonly afterMs: number;
}

export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

export async function rawRequest(
  port: number,
  head: readonly string[],
  body: readonly (string | Buffer)[] = [],
  options: { readonly gapMs?: number; readonly waitMs?: number } = {},
): Promise<RawAnswer> {
  const socket = await openSocket(port);
  const started = performance.now();
  let received = '';
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const answer = new Promise<RawAnswer>((resolve) => {
    const finish = (): void => {
      clearTimeout(timer);
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
      resolve({
        status: status ? Number(status) : 0,
        text: received,
        closed,
        afterMs: performance.now() - started,
      });
    };
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      if (received.includes('\r\n\r\n')) setTimeout(finish, 20).unref();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      finish();
    });
    timer = setTimeout(finish, options.waitMs ?? 5000);
  });
  socket.write(`${head.join('\r\n')}\r\n\r\n`);
  void (async () => {
    for (const chunk of body) {
      if (socket.destroyed) return;
      if (options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
      if (!socket.destroyed) socket.write(chunk);
    }
  })();
  const result = await answer;
  socket.destroy();
  return result;
}
