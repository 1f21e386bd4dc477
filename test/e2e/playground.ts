import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopProcessGroup } from './process-group';

/**
 * The Microsoft 365 Agents Playground (a Teams-like web client) as a child process, in its own process group
 * and working directory (it writes devTools/ logs there), so stopping it leaves nothing behind.
 */
export interface RunningPlayground {
  readonly url: string;
  stop(): Promise<void>;
}

const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

export async function startPlayground(botEndpoint: string, timeoutMs = 60_000): Promise<RunningPlayground> {
  const cwd = mkdtempSync(join(tmpdir(), 'acr-doctor-playground-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, 'start', '-e', botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', '0'],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', BROWSER: 'none' },
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the playground did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (${String(code)}):\n${output}`));
    });
  });
  return {
    url: `http://localhost:${port}`,
    stop: async () => {
      await stopProcessGroup(child);
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
