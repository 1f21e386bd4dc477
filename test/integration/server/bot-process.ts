import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * The production server (src/server.ts, its own `main`) as a separate Node process, configured only through
 * its environment like a deployed instance, so that two of them can share one store and one can be stopped
 * with SIGTERM and started again.
 */

const ROOT = join(__dirname, '..', '..', '..');

export interface BotProcess {
  readonly url: string;
  /** Every JSON log line the process wrote to stdout or stderr. */
  readonly lines: Array<Record<string, unknown>>;
  /** Everything else it wrote (must stay empty: no stack traces, no warnings). */
  readonly otherOutput: string[];
  post(activity: unknown): Promise<{ status: number; body: unknown }>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends SIGKILL (an instance that dies: nothing of it runs to the end) and resolves when it is gone. */
  kill(): Promise<void>;
}

export async function startBotProcess(env: Readonly<Record<string, string>>): Promise<BotProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--disable-warning=DEP0111', '--import', 'tsx', join(ROOT, 'src', 'server.ts')],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        ...env,
      },
    },
  );
  const lines: Array<Record<string, unknown>> = [];
  const otherOutput: string[] = [];
  const read = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        otherOutput.push(line);
      }
    }
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const listening = lines.find((l) => l['event'] === 'listening' || l['msg'] === 'listening');
      if (typeof listening?.['url'] === 'string') {
        clearInterval(timer);
        resolve(listening['url'].replace(/\/api\/messages$/, ''));
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`the bot exited with ${code}: ${JSON.stringify(lines)} ${otherOutput.join('\n')}`));
    });
  });
  return {
    url,
    lines,
    otherOutput,
    post: async (activity) => {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
