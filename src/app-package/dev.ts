import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describeProblems, loadConfig, processEnv } from '../config';
import { startCommand } from './start-command';

/**
 * `npm run dev`: the bot (as `npm start` runs it, in local mode) and the Microsoft 365 Agents Playground, a
 * Teams-like chat at http://localhost:56150 that works offline. Ctrl-C stops both; if either stops, so does
 * the other. No Azure or Teams account is needed.
 */

const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
/** The compiled test fake (dist/test/fakes/azure/demo.js), beside this file's dist/src/app-package/. */
const DEMO_SCRIPT = join(__dirname, '..', '..', 'test', 'fakes', 'azure', 'demo.js');
const STARTUP_TIMEOUT_MS = 60_000;

interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly exited: Promise<number | null>;
}

function run(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv },
): Child {
  // Own process group: Ctrl-C reaches only this runner, which then stops each child in order.
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream)
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, process: child, exited };
}

function waitForLine(child: Child, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${child.name} did not start within ${STARTUP_TIMEOUT_MS / 1000} s`)),
      STARTUP_TIMEOUT_MS,
    );
    for (const stream of [child.process.stdout, child.process.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        const match = pattern.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      });
    }
    void child.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${child.name} exited with code ${String(code)} while starting`));
    });
  });
}

async function stop(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.pid === undefined) return;
  const group = -child.process.pid;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  const killer = setTimeout(() => {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await child.exited;
  clearTimeout(killer);
}

async function main(): Promise<void> {
  const env = processEnv();
  if (env['BOT_ID'])
    process.stdout.write(
      'npm run dev runs the bot in local mode for the playground: BOT_ID and BOT_PASSWORD are ignored.\n',
    );
  // `npm run dev -- --demo [scenario]`: live checks against the built-in fake Azure (a separate process
  // started from the test fakes; the bot only gets its endpoints), every result marked "demo data".
  const demoAt = process.argv.indexOf('--demo');
  const demoName =
    demoAt < 0
      ? undefined
      : process.argv[demoAt + 1]?.startsWith('-') === false
        ? process.argv[demoAt + 1]
        : 'firewall';
  const demoChildren: Child[] = [];
  let demoEnv: Record<string, string> = {};
  if (demoName) {
    const fake = run('fake-azure', process.execPath, [DEMO_SCRIPT, demoName], { env: process.env });
    demoChildren.push(fake);
    try {
      const line = await waitForLine(fake, /^(\{"demo":.*\})$/);
      demoEnv = (JSON.parse(line[1] ?? '{}') as { env?: Record<string, string> }).env ?? {};
    } catch (error) {
      await stop(fake);
      process.stderr.write(`acr-doctor dev: the demo Azure did not start: ${String(error)}\n`);
      process.exit(1);
    }
  }
  const botEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...demoEnv,
    BOT_ID: '',
    BOT_PASSWORD: '',
    BOT_TENANT_ID: '',
    BOT_TYPE: '',
    HOST: '127.0.0.1',
  };
  const config = loadConfig(botEnv);
  if (config.kind === 'invalid') {
    process.stderr.write(
      `acr-doctor: the configuration is not valid:\n${describeProblems(config.problems)}\n`,
    );
    process.exit(1);
  }
  const { nodeFlags, server } = startCommand();
  const bot = run('bot', process.execPath, [...nodeFlags, server], { env: botEnv });
  const children: Child[] = [...demoChildren, bot];
  const workDir = mkdtempSync(join(tmpdir(), 'acr-doctor-playground-'));

  let stopping = false;
  const shutdown = async (code: number, why?: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (why) process.stderr.write(`\n${why}\n`);
    process.stdout.write('Stopping the bot and the playground…\n');
    await Promise.all(children.map(stop));
    rmSync(workDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('exit', () => {
    // Last resort if this process dies without the orderly shutdown.
    for (const child of children)
      if (child.process.exitCode === null && child.process.pid) {
        try {
          process.kill(-child.process.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
  });

  try {
    // The bot logs JSON lines; the "listening" one carries the endpoint (field order is the logger's).
    const listening = await waitForLine(bot, /"event":"listening"/);
    const endpoint = (JSON.parse(listening.input) as { url?: string }).url ?? '';
    const playground = run(
      'playground',
      process.execPath,
      [PLAYGROUND_CLI, 'start', '-e', endpoint, '-c', 'msteams', '--disable-telemetry'],
      // It writes devTools/ logs into its working directory; keep those out of the project.
      { cwd: workDir, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } },
    );
    children.push(playground);
    const port = (await waitForLine(playground, /Listening on (\d+)/))[1];
    for (const child of children)
      void child.exited.then((code) =>
        shutdown(code === 0 ? 0 : 1, `${child.name} stopped (exit code ${String(code)}).`),
      );
    process.stdout.write(
      [
        '',
        '  ACR Doctor is running locally.',
        '',
        `  Open http://localhost:${port ?? '56150'} in your browser: a Teams-like chat with the bot (no account needed).`,
        '  Paste an ACR error there, for example the contents of test/fixtures/samples/az-acr-login-403.txt,',
        '  or type "help". In "Teams Channel" chats, @mention the bot first.',
        demoName
          ? `  Demo mode: live checks run against the built-in fake Azure, scenario "${demoName}" (try the "Try a sample" button after typing hi).`
          : config.config.liveChecks.kind === 'configured' &&
              config.config.liveChecks.identity.mode === 'local-developer'
            ? '  Live checks run with your own Azure sign-in on this machine (az login, or AZURE_* variables).'
            : '  Live checks: start with LIVE_CHECKS_LOCAL_CREDENTIAL=true to run them with your own Azure sign-in (az login).',
        '',
        `  Bot endpoint: ${endpoint}`,
        '  Press Ctrl-C to stop both.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    await shutdown(1, `acr-doctor dev: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (require.main === module) void main();
