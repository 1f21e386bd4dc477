import { DEFAULT_RATE_LIMIT, type LiveChecksSetting } from '../config';
import {
  createLiveCheckService,
  createRateLimiter,
  createWindowRateLimiter,
  sharedFromLocal,
  systemClock,
  type AzureSettings,
  type Clock,
  type LiveCheckService,
  type SharedRateLimiter,
  type TlsTrust,
  type TokenCredential,
} from '../live-checks';
import { memoryExpiringRecords, type StateStore } from '../state';
import { ReportStore } from './report-store';
import { createRunClaims, runClaimTtlMs, type RunClaims } from './run-claims';

/**
 * What live checks need across card actions: the configuration, one rate limiter for all users, the reports
 * cards show, and the live-check service (made once, so the local developer credential's token cache
 * serves every run). With shared state (Azure Blob Storage) the rate limit, the reports and the runs under
 * way live there, so they hold across instances; in memory they are this process's own, as for one instance.
 */
export interface LiveCheckRuntime {
  readonly setting: LiveChecksSetting;
  readonly limiter: SharedRateLimiter;
  readonly clock: Clock;
  readonly reports: ReportStore;
  /** The runs under way, one per card, on every instance sharing the state store (run-claims.ts). */
  readonly runs: RunClaims;
  /** Trust for the Azure endpoints' certificates; only tests set it (for their loopback fake of Azure). */
  readonly tls?: TlsTrust;
  /** The live-check workflow for these settings. */
  service(settings: AzureSettings): LiveCheckService;
  localCredential(settings: AzureSettings): TokenCredential;
}

export interface LiveCheckRuntimeOptions {
  readonly clock?: Clock;
  readonly tls?: TlsTrust;
  /** The bot's state store; when it is shared (`blob`), rate limits and reports live in it. Runs under way
   * are claimed in its expiring records (this process's memory without one). */
  readonly state?: StateStore;
}

export function createLiveCheckRuntime(
  setting: LiveChecksSetting,
  options: LiveCheckRuntimeOptions = {},
): LiveCheckRuntime {
  const clock = options.clock ?? systemClock;
  const rate = setting.kind === 'configured' ? setting.settings.rateLimit : DEFAULT_RATE_LIMIT;
  const shared = options.state?.kind === 'blob' ? options.state : undefined;
  let made: { readonly settings: AzureSettings; readonly service: LiveCheckService } | undefined;
  const service = (settings: AzureSettings): LiveCheckService => {
    if (made?.settings !== settings)
      made = {
        settings,
        service: createLiveCheckService({ settings, clock, ...(options.tls ? { tls: options.tls } : {}) }),
      };
    return made.service;
  };
  return {
    setting,
    clock,
    limiter: shared
      ? createWindowRateLimiter({ ...rate, clock, counters: shared.expiring, scope: 'live-checks' })
      : sharedFromLocal(createRateLimiter({ ...rate, clock })),
    reports: new ReportStore({ now: () => clock.now(), ...(shared ? { shared: shared.storage } : {}) }),
    runs: createRunClaims(options.state?.expiring ?? memoryExpiringRecords(), runClaimTtlMs(setting), clock),
    ...(options.tls ? { tls: options.tls } : {}),
    service,
    localCredential: (settings) => service(settings).localCredential(),
  };
}
