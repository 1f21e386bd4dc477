import { listeningUrl } from '../support/listening-url';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { stopProcessGroup } from './process-group';

/**
 * The bot as its own process, started from the TypeScript sources (no build needed), so that it reads its
 * environment as production does: the local developer credential (DefaultAzureCredential) reads AZURE_*,
 * and NODE_EXTRA_CA_CERTS, which Node reads only at start-up, makes it trust a fake Azure's certificate.
 */
export interface BotProcess {
  /** e.g. http://127.0.0.1:41234/api/messages */
  readonly endpoint: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

export async function startBotProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<BotProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', join(ROOT, 'src', 'server.ts')],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        BOT_ID: '',
        BOT_PASSWORD: '',
        BOT_TENANT_ID: '',
        PORT: '0',
        HOST: '127.0.0.1',
        ...env,
      },
    },
  );
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A bot that never said it was listening must not outlive the test run.
      void stopProcessGroup(child).finally(() =>
        reject(new Error(`the bot did not start within ${timeoutMs} ms:\n${output}`)),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      // Keep draining whatever is written, but keep only the start: a full pipe would block the bot.
      if (output.length < 200_000) output += chunk.toString();
      const url = listeningUrl(output);
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${String(code)}):\n${output}`));
    });
  });
  return {
    endpoint,
    stop: () => stopProcessGroup(child),
  };
}
