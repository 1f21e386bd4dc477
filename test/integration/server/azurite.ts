import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';

/**
 * Azurite's Blob service, in memory on a free loopback port, as a child process of the test: the real
 * Azure Storage protocol that botbuilder-azure-blobs speaks, with nothing written to disk.
 */

const ROOT = join(__dirname, '..', '..', '..');
// Azurite's documented development account; it exists only inside Azurite.
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  readonly connectionString: string;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** A module Azurite's process loads first (node --require); only benchmarks use one (bench/azurite-name-first). */
  readonly preload?: string;
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.preload !== undefined ? ['--require', options.preload] : []),
      join(dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js'),
      '--inMemoryPersistence',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--skipApiVersionCheck',
      '--disableProductStyleUrl',
      '--disableTelemetry',
      // No access log: a line per request would cost Azurite and this process CPU on every store call.
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT, env: { PATH: process.env.PATH ?? '' } },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
    };
    const timer = setTimeout(() => reject(new Error(`Azurite did not start:\n${output}`)), 20_000);
    const watch = (chunk: Buffer): void => {
      collect(chunk);
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      // Started: later output is drained, not kept (a long run would otherwise grow this string).
      child.stdout?.off('data', watch);
      child.stderr?.off('data', collect);
      child.stdout?.resume();
      child.stderr?.resume();
      resolve(Number(match[1]));
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code}:\n${output}`));
    });
  });
  return {
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};` +
      `BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
