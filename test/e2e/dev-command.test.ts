import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { message, personalChat } from '../fakes/teams/activities';
import { cardText } from '../fakes/teams/card-reading';
import { LoopbackConnector } from '../fakes/teams/connector';

/**
 * `npm run dev`, started exactly as the README says (it builds, then runs dist/src/app-package/dev.js, which
 * starts the bot and the Agents Playground), and stopped as a person does, with Ctrl-C: SIGINT to the
 * terminal's foreground process group. In between, one message goes to the bot's endpoint over HTTP the way
 * the playground posts it (a Teams activity whose serviceUrl is a loopback connector, here ours, so the
 * reply can be read), and a diagnosis card comes back. At the end no process it started is left.
 *
 * The playground is included: it is half of what `npm run dev` is for, and the runner stops everything
 * when it fails to start. dev.js gives it the README's fixed address, http://localhost:56150 (the other
 * end-to-end tests start theirs on a free port), so the test runs only when 56150 is free and otherwise
 * says so and skips: a developer's own `npm run dev` must not make the suite fail. The bot itself gets
 * PORT=0 (any free port), which the runner passes through; its endpoint is read from its "listening" line.
 */
const PLAYGROUND_PORT = 56150;
const ROOT = join(__dirname, '..', '..');
// The build (tsc) runs inside `npm run dev`: slow on a busy machine.
const START_TIMEOUT_MS = 240_000;
jest.setTimeout(START_TIMEOUT_MS + 60_000);

/** Whether a port can be bound on every interface right now (synchronous, so the test can be skipped). */
function portIsFree(port: number): boolean {
  const probe = `require('net').createServer().once('error', () => process.exit(1)).listen(${port}, function () { this.close(() => process.exit(0)); })`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 10_000 }).status === 0;
}

/** Every process below `root` now (Linux /proc): the runner's children are in their own process groups. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [pid, ppid] of parentOf)
      if (ppid === parent) {
        found.push(pid);
        queue.push(pid);
      }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface DevRun {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output: string;
}

function startDev(): DevRun {
  const child = spawn('npm', ['run', 'dev'], {
    cwd: ROOT,
    // Its own process group, like a terminal's foreground job: Ctrl-C is SIGINT to the whole group.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', BOT_ID: '', BOT_PASSWORD: '', LIVE_CHECKS_DEMO: '' },
  });
  const run: DevRun = {
    child,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    output: '',
  };
  const keep = (chunk: Buffer): void => {
    // Keep draining, keep only the start: a full pipe would block the runner.
    if (run.output.length < 400_000) run.output += chunk.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return run;
}

/** Resolves with the first match of `pattern` in the run's output, or fails when the runner ends first. */
function waitFor(run: DevRun, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = pattern.exec(run.output);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (run.child.exitCode !== null || Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(
          new Error(
            `npm run dev: no ${String(pattern)} (exit ${String(run.child.exitCode)}):\n${run.output}`,
          ),
        );
      }
    }, 100);
  });
}

/** The bot's JSON "listening" line, as the runner prints it (prefixed with "[bot] "): its endpoint. */
function botEndpoint(output: string): string | undefined {
  for (const line of output.split('\n')) {
    const json = line.replace(/^\[bot\] /, '');
    if (!line.startsWith('[bot] ') || !json.includes('"listening"')) continue;
    try {
      const entry = JSON.parse(json) as { event?: unknown; url?: unknown };
      if (entry.event === 'listening' && typeof entry.url === 'string') return entry.url;
    } catch {
      // not a log line of ours
    }
  }
  return undefined;
}

const PASTE = [
  '$ docker pull contoso.azurecr.io/team-a/api:1.4.2',
  'Error response from daemon: Head "https://contoso.azurecr.io/v2/team-a/api/manifests/1.4.2": denied: ' +
    "client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
].join('\n');

const free = portIsFree(PLAYGROUND_PORT);
if (!free)
  console.log(
    `npm run dev test skipped: port ${PLAYGROUND_PORT} is in use (is a playground already running?)`,
  );

let run: DevRun | undefined;
let started: number[] = [];
let connector: LoopbackConnector | undefined;

afterAll(async () => {
  await connector?.close();
  if (!run) return;
  // Only if the test failed half-way: end what it started, by id (the runner's group, then each process).
  if (run.child.exitCode === null && run.child.pid !== undefined) {
    started = [...new Set([...started, ...descendants(run.child.pid)])];
    try {
      process.kill(-run.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const pid of started)
    if (alive(pid))
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
});

(free ? it : it.skip)(
  'npm run dev starts the bot and the playground, answers a paste with a card, and Ctrl-C leaves nothing running',
  async () => {
    connector = await LoopbackConnector.start();
    run = startDev();
    const dev = run;

    // The runner prints its banner once both are up; the bot said where it listens before that.
    const banner = await waitFor(dev, /Open http:\/\/localhost:(\d+)/, START_TIMEOUT_MS);
    expect(Number(banner[1])).toBe(PLAYGROUND_PORT);
    const endpoint = botEndpoint(dev.output);
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/messages$/);
    expect(dev.output).toContain(`Bot endpoint: ${endpoint!}`);
    started = descendants(dev.child.pid!);

    // The playground serves its chat page.
    const page = await fetch(`http://localhost:${PLAYGROUND_PORT}/`);
    expect(page.status).toBe(200);

    // One message, posted as the playground posts it; the reply reaches the connector named in serviceUrl.
    const activity = message({ serviceUrl: connector.serviceUrl, conversation: personalChat(), text: PASTE });
    const posted = await fetch(endpoint!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(posted.status).toBe(200);
    const reply = await connector.waitFor(
      (c) => c.conversationId === (activity['conversation'] as { id: string }).id,
      30_000,
    );
    const attachment = (reply.activity['attachments'] as Array<{ contentType: string; content: unknown }>)[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(attachment?.content)).toMatch(/203\.0\.113\.7/);

    // Ctrl-C: SIGINT to the whole foreground group (npm, its shell, the runner). The runner stops the bot
    // and the playground, each in its own group, and everyone exits.
    process.kill(-dev.child.pid!, 'SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      dev.exited,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 30_000))),
    ]);
    clearTimeout(timer);
    expect(code).not.toBe('timeout');
    expect(dev.output).toContain('Stopping the bot and the playground');
    // Every process that was running below npm is gone, and so are the two servers.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(started.filter(alive)).toEqual([]);
    await expect(fetch(endpoint!.replace('/api/messages', '/healthz'))).rejects.toThrow();
    expect(portIsFree(PLAYGROUND_PORT)).toBe(true);
  },
);
