import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { message, personalChat, type Conversation } from '../fakes/teams/activities';
import { LoopbackConnector } from '../fakes/teams/connector';
import { corpusPastes } from '../fakes/teams/pastes';
import { isParentMessage, type DriverMessage, type DriverResult, type RunOrder } from './load-protocol';

/**
 * The Teams side of `npm run bench:load`, in its own process (forked by load.ts): the loopback Bot Connector
 * that captures the bot's replies, and the load generator that posts activities to the bot. Out of the
 * server's process so that neither shares the server's event loop, heap or CPU time: the figures of the
 * server process are then the bot's own.
 */

function tell(message: DriverMessage): void {
  process.send?.(message);
}

function nextOrder<K extends 'run' | 'go' | 'stop'>(kind: K): Promise<Extract<RunOrder, { kind: K }>> {
  return new Promise((resolve) => {
    const listen = (raw: unknown): void => {
      if (!isParentMessage(raw) || raw.kind !== kind) return;
      process.off('message', listen);
      resolve(raw as Extract<RunOrder, { kind: K }>);
    };
    process.on('message', listen);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  // The server process is gone (it failed or was stopped): nothing is left to drive.
  process.once('disconnect', () => process.exit(1));
  const connector = await LoopbackConnector.start({ keep: false });
  tell({ kind: 'ready', serviceUrl: connector.serviceUrl });
  const order = await nextOrder('run');
  const pastes = corpusPastes();
  const conversations: Conversation[] = Array.from({ length: 200 }, () => personalChat());

  // Replies are matched to their activity by conversation and replyToId; each must come exactly once.
  const waiting = new Map<string, () => void>();
  const replies = new Map<string, number>();
  let strayReplies = 0;
  connector.onCapture((captured) => {
    const key = `${captured.conversationId}/${captured.targetId ?? ''}`;
    const count = (replies.get(key) ?? 0) + 1;
    replies.set(key, count);
    const card = (captured.activity['attachments'] as { contentType?: unknown }[] | undefined)?.[0];
    if (captured.operation !== 'reply' || card?.contentType !== 'application/vnd.microsoft.card.adaptive')
      strayReplies++;
    waiting.get(key)?.();
  });

  // Plain node:http on kept-alive connections, as a Bot Connector would send.
  const agent = new Agent({ keepAlive: true, maxSockets: order.concurrency });
  const endpoint = new URL(order.endpoint);
  const post = (body: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request(
        endpoint,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${order.token}`,
          },
        },
        (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
          res.once('error', reject);
        },
      );
      req.once('error', reject);
      req.end(body);
    });

  const latencies: number[] = [];
  // The slowest activity and when it was sent, in seconds from the start of the measured run.
  let slowest = { ms: 0, atS: 0 };
  let runStarted = performance.now();
  let errors = 0;
  let sent = 0;
  const send = async (i: number): Promise<void> => {
    const conversation = conversations[i % conversations.length] as Conversation;
    const paste = pastes[i % pastes.length];
    const id = randomUUID();
    const activity = message({
      serviceUrl: connector.serviceUrl,
      conversation,
      text: paste?.text ?? 'help',
      id,
    });
    const key = `${conversation.id}/${id}`;
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const replied = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('no reply within 30 s')), 30_000);
      waiting.set(key, () => resolve());
    });
    // Observed at once: a failed POST leaves this promise behind.
    replied.catch(() => undefined);
    sent++;
    try {
      const status = await post(JSON.stringify(activity));
      if (status !== 200) throw new Error(`HTTP ${status}`);
      await replied;
      const latency = performance.now() - started;
      latencies.push(latency);
      if (latency > slowest.ms) slowest = { ms: latency, atS: (started - runStarted) / 1000 };
    } catch (error) {
      errors++;
      if (errors <= 5)
        process.stderr.write(`activity ${i}: ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      clearTimeout(timer);
      waiting.delete(key);
    }
  };

  // Warm up the code paths and the key cache one activity at a time, then the connection pools (to the bot,
  // and the bot's to the store and the connector) at full concurrency; measure when the server process says so.
  for (let i = 0; i < order.concurrency; i++) await send(i);
  for (let round = 0; round < 2; round++)
    await Promise.all(Array.from({ length: order.concurrency }, (_, i) => send(i)));
  latencies.length = 0;
  slowest = { ms: 0, atS: 0 };
  tell({ kind: 'warmed' });
  await nextOrder('go');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  runStarted = started;
  let next = 0;
  await Promise.all(
    Array.from({ length: order.concurrency }, async () => {
      while (next < order.total) await send(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // Late duplicates would arrive now.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const duplicates = [...replies.values()].filter((n) => n > 1).length;
  latencies.sort((a, b) => a - b);
  const result: DriverResult = {
    kind: 'done',
    seconds,
    errors,
    duplicates,
    strayReplies,
    sent,
    repliedTo: replies.size,
    measured: latencies.length,
    p50Ms: percentile(latencies, 50),
    p90Ms: percentile(latencies, 90),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? NaN,
    slowestSentAtS: slowest.atS,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
  tell(result);
  await nextOrder('stop');
  agent.destroy();
  await connector.close();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load driver failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
