import { fork, type ChildProcess } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import { readdirSync, readFileSync } from 'node:fs';
import type { ClientRequest } from 'node:http';
import { join } from 'node:path';
import { DEFAULT_FEEDBACK_RETENTION, type Config } from '../../src/config';
import { startServer } from '../../src/server';
import { silentLogger } from '../../src/bot/log';
import { LocalReplyCredentials } from '../fakes/teams/local-reply-credentials';
import { startAzurite } from '../integration/server/azurite';
import { BotFrameworkIssuer } from '../integration/server/bot-framework-issuer';
import { isDriverMessage, type DriverMessage, type RunOrder } from './load-protocol';

/**
 * `npm run bench:load`: the production server with authentication on (tokens signed here, OpenID metadata and
 * keys on loopback) and its state in Azure Blob Storage (Azurite, in memory, its own process), 10,000 Teams
 * messages carrying real pastes at concurrency 64. The Teams side — the load generator and the loopback
 * connector that captures the replies — runs in a third process (load-driver.ts), so this process is the
 * server alone: its resident memory and CPU time are the bot's. Every activity must get exactly one reply,
 * an Adaptive Card. Measures POST-to-reply latency, throughput, and CPU time per activity of each process.
 * Azurite's cost per blob create grows with the number of blobs it holds (see azurite-name-first.ts), which
 * Azure Blob Storage's does not: by default it finds blobs by name first, so that growth is gone;
 * LOAD_STORE_LOOKUPS=as-is measures the unchanged emulator.
 * Ends with {"bench":"load","errors":…,"p99_ms":…,"per_s":…,"rss_mb_before":…,"rss_mb_after":…,
 * "server_cpu_ms_per_activity":…,"store_requests_per_activity":…} (the bot's requests to Blob Storage while
 * measured, per activity).
 */

const TOTAL = Number(process.env.LOAD_TOTAL ?? 10_000);
const CONCURRENCY = 64;
/**
 * `name-first` (the default): Azurite with its blob lookups by name first (azurite-name-first.ts), so that a
 * create does not scan every blob already stored: what the bot costs, without an emulator cost that grows with
 * the number of blobs and that the real service does not have. `as-is`: Azurite unchanged.
 */
const STORE_LOOKUPS = process.env.LOAD_STORE_LOOKUPS === 'as-is' ? 'as-is' : 'name-first';
const APP_ID = '11111111-2222-3333-4444-555555555555';

const rssMb = (): number => Math.round((process.memoryUsage().rss / (1024 * 1024)) * 10) / 10;
const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** CPU time (user + system, ms) of a child process so far, from /proc; NaN where there is no /proc. */
function processCpuMs(pid: number): number {
  try {
    // Fields after the command name: state is the first, utime and stime the 12th and 13th (clock ticks).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
  } catch {
    return NaN;
  }
}

/** This process's children (the driver and Azurite), from /proc. */
function childPids(): number[] {
  try {
    return readdirSync('/proc/self/task').flatMap((task) =>
      readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function startDriver(): {
  child: ChildProcess;
  next: <K extends DriverMessage['kind']>(kind: K) => Promise<Extract<DriverMessage, { kind: K }>>;
} {
  // Not this process's flags (--cpu-prof, heap limits): the driver is not what is measured.
  const child = fork(join(__dirname, 'load-driver.js'), [], {
    execArgv: ['--disable-warning=DEP0111'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code) => reject(new Error(`the load driver exited with ${code}`))),
  );
  exited.catch(() => undefined);
  const next = <K extends DriverMessage['kind']>(kind: K): Promise<Extract<DriverMessage, { kind: K }>> =>
    Promise.race([
      exited,
      new Promise<Extract<DriverMessage, { kind: K }>>((resolve) => {
        const listen = (raw: unknown): void => {
          if (!isDriverMessage(raw) || raw.kind !== kind) return;
          child.off('message', listen);
          resolve(raw as Extract<DriverMessage, { kind: K }>);
        };
        child.on('message', listen);
      }),
    ]);
  return { child, next };
}

async function main(): Promise<void> {
  const driver = startDriver();
  const [azurite, issuer, ready] = await Promise.all([
    startAzurite(STORE_LOOKUPS === 'name-first' ? { preload: join(__dirname, 'azurite-name-first.js') } : {}),
    BotFrameworkIssuer.start(),
    driver.next('ready'),
  ]);
  const order = (message: RunOrder): void => void driver.child.send(message);
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    auth: { mode: 'bot-framework', appId: APP_ID, appType: 'MultiTenant', appPassword: 'not-used-here' },
    feedback: { kind: 'memory' },
    feedbackRetention: DEFAULT_FEEDBACK_RETENTION,
    liveChecks: { kind: 'not-configured', missing: [] },
    state: { kind: 'blob', connectionString: azurite.connectionString, container: 'bench-load' },
    telemetry: { kind: 'off' },
    logLevel: 'info',
  };
  const server = await startServer(config, {
    log: silentLogger,
    botOpenIdMetadataUrl: issuer.metadataUrl,
    botCredentials: new LocalReplyCredentials(APP_ID),
  });
  const token = issuer.token({ appId: APP_ID, serviceUrl: ready.serviceUrl });

  // Requests the bot makes to the store (Azurite) while measured: the state's cost per activity.
  const storeHost = new URL(/BlobEndpoint=([^;]+)/.exec(azurite.connectionString)?.[1] ?? 'http://x').host;
  const connectorHost = new URL(ready.serviceUrl).host;
  let storeRequests = 0;
  let connectorRequests = 0;
  let counting = false;
  // How long the bot's requests to the store and to the connector take, from start to the end of the answer.
  const startedAt = new WeakMap<ClientRequest, number>();
  const slowest = { store: 0, connector: 0 };
  subscribe('http.client.request.start', (message) => {
    const { request: sent } = message as { request: ClientRequest };
    if (!counting) return;
    const host = sent.getHeader('host');
    if (host === storeHost) storeRequests++;
    else if (host === connectorHost) connectorRequests++;
    startedAt.set(sent, performance.now());
  });
  subscribe('http.client.response.finish', (message) => {
    const { request: sent } = message as { request: ClientRequest };
    const started = startedAt.get(sent);
    if (started === undefined) return;
    const ms = performance.now() - started;
    const host = sent.getHeader('host');
    if (host === storeHost) slowest.store = Math.max(slowest.store, ms);
    else if (host === connectorHost) slowest.connector = Math.max(slowest.connector, ms);
  });

  // The driver warms up the code paths and the key cache, then measures when told to.
  order({
    kind: 'run',
    endpoint: `${server.url}/api/messages`,
    token,
    total: TOTAL,
    concurrency: CONCURRENCY,
  });
  await driver.next('warmed');
  const storePids = childPids().filter((pid) => pid !== driver.child.pid);
  const storeCpu = (): number => storePids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const rssBefore = rssMb();
  const cpuBefore = process.cpuUsage();
  const storeCpuBefore = storeCpu();
  counting = true;
  order({ kind: 'go' });
  const result = await driver.next('done');
  const cpu = process.cpuUsage(cpuBefore);
  const storeCpuMs = storeCpu() - storeCpuBefore;
  counting = false;
  const rssAfter = rssMb();
  // What is still reachable, once garbage is collected (run with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterGc = round(process.memoryUsage().heapUsed / (1024 * 1024));

  // Exactly one reply each: no failure, no duplicate, no reply that is not a card answering an activity,
  // and as many activities answered as were sent.
  const missing = Math.abs(result.sent - result.repliedTo);
  const errors = result.errors + result.duplicates + result.strayReplies + missing;
  const figures = {
    bench: 'load',
    activities: TOTAL,
    concurrency: CONCURRENCY,
    store_lookups: STORE_LOOKUPS,
    errors,
    duplicate_replies: result.duplicates,
    p50_ms: round(result.p50Ms),
    p90_ms: round(result.p90Ms),
    p99_ms: round(result.p99Ms),
    max_ms: round(result.maxMs),
    max_sent_at_s: round(result.slowestSentAtS),
    per_s: Math.round(TOTAL / result.seconds),
    rss_mb_before: rssBefore,
    rss_mb_after: rssAfter,
    heap_mb_after_gc: heapAfterGc,
    server_cpu_ms_per_activity: round((cpu.user + cpu.system) / 1000 / TOTAL, 2),
    store_cpu_ms_per_activity: round(storeCpuMs / TOTAL, 2),
    driver_cpu_ms_per_activity: round(result.cpuMs / TOTAL, 2),
    store_requests_per_activity: round(storeRequests / TOTAL, 2),
    connector_requests_per_activity: round(connectorRequests / TOTAL, 2),
    // Requests beyond one per activity: retries (an attempt timed out, a connection failed).
    store_requests_extra: storeRequests - TOTAL,
    connector_requests_extra: connectorRequests - TOTAL,
    slowest_store_request_ms: Math.round(slowest.store),
    slowest_connector_request_ms: Math.round(slowest.connector),
  };
  process.stdout.write(
    '\n| activities | concurrency | errors | p50 ms | p99 ms | per s | RSS before MB | RSS after MB | server CPU ms/activity |\n',
  );
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
  process.stdout.write(
    `| ${TOTAL} | ${CONCURRENCY} | ${errors} | ${figures.p50_ms} | ${figures.p99_ms} | ${figures.per_s} | ${rssBefore} | ${rssAfter} | ${figures.server_cpu_ms_per_activity} |\n\n`,
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  order({ kind: 'stop' });
  await server.close();
  await Promise.all([issuer.close(), azurite.stop()]);
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
