import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startCommand } from '../../src/app-package/start-command';
import { channelThread, message, personalChat, type Conversation } from '../fakes/teams/activities';
import { LoopbackConnector } from '../fakes/teams/connector';
import { corpusPastes } from '../fakes/teams/pastes';
import { listeningUrl } from '../support/listening-url';

/**
 * `npm run bench:bot`: the compiled server (dist/src/server.js, as `npm start` runs it, in local mode) in its
 * own process, a loopback connector, and corpus pastes posted as Teams messages from this process. Measures
 * the time from POST to the reply reaching the connector, the throughput, and whether the bot's memory stays
 * flat once its bounded stores are full. No live checks.
 * Ends with one JSON line: {"bench":"bot","p50_ms":…,"p99_ms":…,"per_s":…,"rss_mb_growth":…}
 */

// More than the card store holds (1,000), and long enough for V8 to settle its heap size.
const WARMUP = 2_000;
const MEASURED = 5_000;
// Two in flight keep the bot's one core busy (one request is processed while the other travels); more only queues.
const CONCURRENCY = 2;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Resident memory of a process, from /proc (Linux, like CI). */
function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** Starts the bot like `npm start` (same Node flags) on an ephemeral loopback port; waits for its "listening" log line. */
async function startBot(): Promise<{ child: ChildProcess; endpoint: string }> {
  const { nodeFlags, server } = startCommand();
  const child = spawn(process.execPath, [...nodeFlags, server], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BOT_ID: '', BOT_PASSWORD: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      // Keep draining: a full pipe would block the bot's logging.
      if (output.length > 100_000) return;
      output += chunk.toString();
      const url = listeningUrl(output);
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the bot exited (${String(code)}):\n${output}`)));
  });
  return { child, endpoint };
}

async function main(): Promise<void> {
  const connector = await LoopbackConnector.start({ keep: false });
  const bot = await startBot();
  const pid = bot.child.pid ?? 0;
  const endpoint = bot.endpoint;
  const pastes = corpusPastes();
  const conversations: Conversation[] = [
    ...Array.from({ length: 8 }, personalChat),
    ...Array.from({ length: 8 }, channelThread),
  ];
  const waiting = new Map<string, (at: number) => void>();
  connector.onCapture((captured) => waiting.get(captured.targetId ?? '')?.(captured.receivedAt));

  let sequence = 0;
  async function one(): Promise<number> {
    const n = sequence++;
    const conversation = conversations[n % conversations.length]!;
    const activity = message({
      serviceUrl: connector.serviceUrl,
      conversation,
      text: pastes[n % pastes.length]!.text,
      mentionBot: conversation.conversationType !== 'personal',
      id: `bench-${n}`,
    });
    const replied = new Promise<number>((resolve) => waiting.set(activity.id, resolve));
    const started = performance.now();
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`POST answered ${response.status}`);
    const at = await replied;
    waiting.delete(activity.id);
    return at - started;
  }

  async function run(count: number): Promise<number[]> {
    const latencies: number[] = [];
    let remaining = count;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (remaining > 0) {
          remaining--;
          latencies.push(await one());
        }
      }),
    );
    return latencies;
  }

  await run(WARMUP);
  const rssBefore = rssMb(pid);
  const started = performance.now();
  const latencies = (await run(MEASURED)).sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = rssMb(pid);
  const exited = new Promise((resolve) => bot.child.once('exit', resolve));
  bot.child.kill('SIGTERM');
  await exited;
  await connector.close();

  const result = {
    bench: 'bot',
    p50_ms: Number(percentile(latencies, 50).toFixed(2)),
    p99_ms: Number(percentile(latencies, 99).toFixed(2)),
    per_s: Math.round(MEASURED / seconds),
    rss_mb_growth: Number((rssAfter - rssBefore).toFixed(1)),
  };
  process.stderr.write(
    `${MEASURED} messages (after ${WARMUP} warm-up), ${CONCURRENCY} in flight: p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, ` +
      `${result.per_s}/s, RSS ${rssBefore.toFixed(1)} → ${rssAfter.toFixed(1)} MB\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:bot failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
